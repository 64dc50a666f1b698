import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import {
  type DefinitionNode,
  type FragmentDefinitionNode,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/**
 * The `Cache-Control` header of a subgraph's answers, as Apollo's cache-control plugin
 * (`ApolloServerPluginCacheControl({ defaultMaxAge })`) sets it for a schema without `@cacheControl`
 * hints and resolvers that set none (the case of every subgraph here): `max-age=<defaultMaxAge>,
 * public` when `defaultMaxAge` is above 0, the answer has no errors and at least one root field other
 * than `__typename`, `__schema` and `__type` ran; `no-store` otherwise.
 *
 * Apollo's plugin gets there field by field: it hooks every field resolved (`willResolveField`),
 * which makes Apollo wrap every field of the schema with its plugin dispatch and costs a policy
 * object and several calls per field, a tenth of the CPU time of a long list. Without hints every
 * field it counts restricts the answer to the same `defaultMaxAge`, and it counts exactly the root
 * fields (and the object fields below them) outside introspection; so the header follows from which
 * root fields the answer holds. Install `ApolloServerPluginCacheControlDisabled()` next to it, or
 * Apollo adds its own.
 */
export function cacheControlPlugin<Context extends BaseContext>(defaultMaxAge: number): ApolloServerPlugin<Context> {
  const cacheable = `max-age=${defaultMaxAge}, public`;
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, operation, document }) {
          const body = response.body;
          const result = body.kind === 'single' ? body.singleResult : undefined;
          const ran =
            defaultMaxAge > 0 &&
            result !== undefined &&
            !result.errors &&
            operation !== undefined &&
            result.data !== null &&
            result.data !== undefined &&
            hasOrdinaryRootField(Object.keys(result.data), operation, document?.definitions ?? []);
          response.http.headers.set('cache-control', ran ? cacheable : 'no-store');
        },
      };
    },
  };
}

const META_FIELDS = new Set(['__typename', '__schema', '__type']);

/**
 * True when one of `keys` (the answer's root keys) belongs to a root field of `operation` that is not
 * a meta field; an alias stands for its field, and fragments are followed.
 */
function hasOrdinaryRootField(
  keys: string[],
  operation: OperationDefinitionNode,
  definitions: readonly DefinitionNode[],
): boolean {
  if (keys.length === 0) return false;
  const meta = new Set<string>();
  const visited = new Set<string>();
  const collect = (selectionSet: SelectionSetNode) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (META_FIELDS.has(selection.name.value)) meta.add(selection.alias?.value ?? selection.name.value);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        collect(selection.selectionSet);
      } else if (!visited.has(selection.name.value)) {
        visited.add(selection.name.value);
        const fragment = definitions.find(
          (definition): definition is FragmentDefinitionNode =>
            definition.kind === Kind.FRAGMENT_DEFINITION && definition.name.value === selection.name.value,
        );
        if (fragment) collect(fragment.selectionSet);
      }
    }
  };
  collect(operation.selectionSet);
  return keys.some((key) => !meta.has(key));
}
