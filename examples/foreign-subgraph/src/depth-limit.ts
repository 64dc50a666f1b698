import { type FragmentDefinitionNode, GraphQLError, Kind, type SelectionSetNode, type ValidationRule } from 'graphql';

/**
 * A validation rule that refuses an operation nested deeper than `max` fields (fragments followed,
 * introspection counted), with `extensions.code` DEPTH_LIMIT_EXCEEDED. A subgraph defends itself as
 * if anyone could reach it: the gateway's limits do not protect it from a caller that bypasses the
 * gateway.
 */
export function depthLimit(max: number): ValidationRule {
  return (context) => {
    const fragments = new Map(
      context
        .getDocument()
        .definitions.filter((node): node is FragmentDefinitionNode => node.kind === Kind.FRAGMENT_DEFINITION)
        .map((node) => [node.name.value, node]),
    );
    const depth = (set: SelectionSetNode, seen: ReadonlySet<string>): number =>
      Math.max(
        0,
        ...set.selections.map((selection) => {
          if (selection.kind === Kind.FIELD)
            return 1 + (selection.selectionSet ? depth(selection.selectionSet, seen) : 0);
          if (selection.kind === Kind.INLINE_FRAGMENT) return depth(selection.selectionSet, seen);
          const fragment = fragments.get(selection.name.value);
          if (!fragment || seen.has(fragment.name.value)) return 0;
          return depth(fragment.selectionSet, new Set([...seen, fragment.name.value]));
        }),
      );
    return {
      OperationDefinition(node) {
        const found = depth(node.selectionSet, new Set());
        if (found > max) {
          context.reportError(
            new GraphQLError(`The operation is nested ${found} fields deep; at most ${max} are allowed.`, {
              nodes: [node],
              extensions: { code: 'DEPTH_LIMIT_EXCEEDED' },
            }),
          );
        }
      },
    };
  };
}
