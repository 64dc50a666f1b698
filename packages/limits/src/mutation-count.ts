import { type ApolloServerPlugin, HeaderMap } from '@apollo/server';
import { type DocumentNode, GraphQLError, Kind, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';

/** How many root mutation fields one request may run, unless configured otherwise. */
export const DEFAULT_MAX_MUTATIONS_PER_REQUEST = 10;

/**
 * The root fields a mutation operation runs, aliases counted each (15 aliased `reportIncident` are
 * 15), fragments at the root followed, `@skip`/`@include` ignored (counted as if they ran); `__typename`
 * is no mutation. 0 for a query or a subscription.
 */
export function countMutationFields(document: DocumentNode, operation: OperationDefinitionNode): number {
  if (operation.operation !== 'mutation') return 0;
  const fragments = new Map(
    document.definitions.flatMap((definition) =>
      definition.kind === Kind.FRAGMENT_DEFINITION ? [[definition.name.value, definition.selectionSet] as const] : [],
    ),
  );
  const count = (selectionSet: SelectionSetNode, seen: ReadonlySet<string>): number =>
    selectionSet.selections.reduce((sum, selection) => {
      if (selection.kind === Kind.FIELD) return sum + (selection.name.value === '__typename' ? 0 : 1);
      if (selection.kind === Kind.INLINE_FRAGMENT) return sum + count(selection.selectionSet, seen);
      const name = selection.name.value;
      const fragment = fragments.get(name);
      // Validation refuses fragment cycles before this runs; the guard only keeps it from looping.
      return fragment && !seen.has(name) ? sum + count(fragment, new Set([...seen, name])) : sum;
    }, 0);
  return count(operation.selectionSet, new Set());
}

/**
 * The error of a write refused by a quota: HTTP 429, `RATE_LIMITED`, with `Retry-After` (seconds).
 * Thrown before execution, so nothing of the request has run.
 */
export function rateLimitedError(message: string, retryAfterSeconds: number): GraphQLError {
  const headers = new HeaderMap([['retry-after', String(Math.max(1, Math.ceil(retryAfterSeconds)))]]);
  return new GraphQLError(message, {
    // Apollo Server sets the status and headers of `extensions.http` (headers must be a Map); graphql-yoga's
    // typings, also in this workspace, declare them as a plain record.
    extensions: { code: 'RATE_LIMITED', http: { status: 429, headers: headers as unknown as Record<string, string> } },
  });
}

/**
 * Refuses a request with more than `limit` root mutation fields as a whole (HTTP 429 RATE_LIMITED,
 * `Retry-After: 60`), after validation and before anything executes: no field of it runs, nothing is
 * written or audited. The gateway and every subgraph apply it, so it holds for a subgraph called
 * directly too. `limit` 0 turns it off.
 */
export function mutationsPerRequestPlugin(limit: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation }) {
          if (limit <= 0 || !operation) return;
          const count = countMutationFields(document, operation);
          if (count > limit) {
            throw rateLimitedError(
              `This request runs ${count} mutations; at most ${limit} are allowed in one request. Send them in several requests.`,
              60,
            );
          }
        },
      };
    },
  };
}
