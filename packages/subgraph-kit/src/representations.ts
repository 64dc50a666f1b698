import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { inspect } from '@kaz/http';
import {
  type DocumentNode,
  type FieldNode,
  GraphQLError,
  type GraphQLSchema,
  Kind,
  type SelectionSetNode,
  valueFromASTUntyped,
} from 'graphql';

/** The longest key value a representation may carry (every key of the hub is a short id or an ARS). */
const MAX_KEY_LENGTH = 256;

/**
 * An Apollo Server plugin that checks every representation of an `_entities` call before anything is
 * resolved: an object whose `__typename` is an entity of this subgraph, with the fields of one of its
 * `@key`s, each key value a string of at most 256 characters (or an object, for a nested key), and no
 * NUL character anywhere. Anything else is refused as a whole with BAD_USER_INPUT (HTTP 400), naming
 * the representation. Without it, a NUL reached PostgreSQL (INTERNAL_SERVER_ERROR), and an unknown
 * type or a missing key threw in `@apollo/subgraph`'s synchronous pass over the representations after
 * earlier ones had started loading, whose failures then went unhandled and ended the process.
 */
export function representationCheck(schema: GraphQLSchema): ApolloServerPlugin<BaseContext> {
  const keys = entityKeys(schema);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request }) {
          if (!operation) return;
          const variables = (request.variables ?? {}) as Record<string, unknown>;
          for (const field of entitiesFields(operation.selectionSet, document)) {
            const argument = field.arguments?.find((arg) => arg.name.value === 'representations');
            if (!argument) continue;
            const representations = valueFromASTUntyped(argument.value, variables) as unknown;
            if (!Array.isArray(representations)) continue;
            representations.forEach((representation, index) => {
              const problem = problemOf(representation, keys);
              if (problem) {
                throw new GraphQLError(`representations[${index}]: ${problem}`, {
                  extensions: { code: 'BAD_USER_INPUT', field: 'representations', http: { status: 400 } },
                });
              }
            });
          }
        },
      };
    },
  };
}

/** For each entity type of the schema, its keys, each as the list of its top-level fields. */
function entityKeys(schema: GraphQLSchema): Map<string, { fields: string[]; nested: Set<string> }[]> {
  const result = new Map<string, { fields: string[]; nested: Set<string> }[]>();
  const union = schema.getType('_Entity') as { getTypes?: () => readonly { name: string; astNode?: unknown }[] };
  for (const type of union?.getTypes?.() ?? []) {
    const nodes = [type.astNode, ...((type as { extensionASTNodes?: unknown[] }).extensionASTNodes ?? [])];
    const alternatives: { fields: string[]; nested: Set<string> }[] = [];
    for (const node of nodes as { directives?: readonly { name: { value: string }; arguments?: readonly any[] }[] }[]) {
      for (const directive of node?.directives ?? []) {
        if (directive.name.value !== 'key') continue;
        const fields = directive.arguments?.find((arg) => arg.name.value === 'fields')?.value;
        if (fields?.kind === Kind.STRING) alternatives.push(topLevelFields(fields.value));
      }
    }
    result.set(type.name, alternatives);
  }
  return result;
}

/** `id` → [id]; `id region { code }` → [id, region], with region nested. */
function topLevelFields(selection: string): { fields: string[]; nested: Set<string> } {
  const fields: string[] = [];
  const nested = new Set<string>();
  let depth = 0;
  for (const token of selection.match(/[_A-Za-z][_0-9A-Za-z]*|[{}]/g) ?? []) {
    if (token === '{') {
      if (depth === 0 && fields.length > 0) nested.add(fields[fields.length - 1] as string);
      depth++;
    } else if (token === '}') depth--;
    else if (depth === 0) fields.push(token);
  }
  return { fields, nested };
}

function problemOf(
  representation: unknown,
  keys: Map<string, { fields: string[]; nested: Set<string> }[]>,
): string | undefined {
  if (!representation || typeof representation !== 'object' || Array.isArray(representation)) {
    return 'a representation must be an object with __typename and key fields';
  }
  const rep = representation as Record<string, unknown>;
  const typename = rep.__typename;
  const alternatives = typeof typename === 'string' ? keys.get(typename) : undefined;
  if (!alternatives) return 'unknown entity type';
  const contents = inspect(rep, 16);
  if (contents === 'nul') return 'must not contain the NUL character (\\u0000)';
  if (contents === 'too deep') return 'nests too deeply';
  const fits = alternatives.some(({ fields, nested }) =>
    fields.every((field) => {
      const value = rep[field];
      if (nested.has(field)) return value !== null && typeof value === 'object';
      return typeof value === 'string' && value.length > 0 && value.length <= MAX_KEY_LENGTH;
    }),
  );
  return fits
    ? undefined
    : `a ${typename} representation needs its key fields as strings of 1 to ${MAX_KEY_LENGTH} characters`;
}

/** The `_entities` fields at the root of an operation, through fragments. */
function entitiesFields(selectionSet: SelectionSetNode, document: DocumentNode, seen = new Set<string>()): FieldNode[] {
  const found: FieldNode[] = [];
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value === '_entities') found.push(selection);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      found.push(...entitiesFields(selection.selectionSet, document, seen));
    } else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      const fragment = document.definitions.find(
        (definition) => definition.kind === Kind.FRAGMENT_DEFINITION && definition.name.value === selection.name.value,
      );
      if (fragment?.kind === Kind.FRAGMENT_DEFINITION)
        found.push(...entitiesFields(fragment.selectionSet, document, seen));
    }
  }
  return found;
}
