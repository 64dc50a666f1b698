/**
 * Apollo Client 4 against the hub, with the typed documents of `pnpm codegen` (clients/generated/).
 * docs/clients.md walks through it; test/codegen.test.ts type-checks it.
 *
 * - The token goes into the `Authorization` header of every request (SetContextLink, read per request,
 *   so a renewed token is used at once).
 * - The default InMemoryCache normalises every entity by `__typename` and `id` (all entities of the
 *   graph have an `id`); the types without one (connections, edges, PageInfo, statistics) are values
 *   stored inside their parent. No typePolicies are needed.
 * - Persisted operations: the PersistedQueryLink sends the sha256 of the printed document (with the
 *   `__typename` fields the cache adds). A gateway with automatic persisted queries (the default) asks
 *   once for the document; a gateway with TRUSTED_DOCUMENTS=true knows that hash for every operation of
 *   schema/operations/ (schema/persisted-operations.json registers Apollo Client's form of each), runs
 *   the registered text and answers `__typename`, so the cache normalises trusted answers as well.
 */
import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { KommuneDetailDocument } from '../generated/graphql.js';

/** SHA-256 in hex with the Web Crypto API (browsers, Node.js 20). */
async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** An Apollo Client for the gateway at `uri`; `token()` is asked before every request. */
export function hubApolloClient(uri: string, token: () => string | undefined): ApolloClient {
  const auth = new SetContextLink((previous) => {
    const current = token();
    return current ? { headers: { ...previous.headers, authorization: `Bearer ${current}` } } : {};
  });
  return new ApolloClient({
    link: ApolloLink.from([auth, new PersistedQueryLink({ sha256 }), new HttpLink({ uri })]),
    cache: new InMemoryCache(),
  });
}

/**
 * A Kommune's name and open incidents. `errorPolicy: 'all'` keeps the partial data of a federated
 * answer: a field this token may not read is null, and its error names the path and the code.
 */
export async function kommuneWithErrors(
  client: ApolloClient,
  ars: string,
): Promise<{ name: string | null; openIncidents: number | null; errors: { path: string; code: unknown }[] }> {
  const { data, error } = await client.query({ query: KommuneDetailDocument, variables: { ars }, errorPolicy: 'all' });
  const errors = CombinedGraphQLErrors.is(error)
    ? error.errors.map((e) => ({ path: (e.path ?? []).join('.'), code: e.extensions?.code }))
    : [];
  if (error && !CombinedGraphQLErrors.is(error)) throw error;
  return {
    name: data?.municipality?.name ?? null,
    openIncidents: data?.municipality?.securityPosture?.openIncidentCount ?? null,
    errors,
  };
}
