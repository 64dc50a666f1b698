/**
 * Apollo Client 4 against the hub, with the typed documents of `pnpm codegen` (clients/generated/).
 * docs/clients.md walks through it; test/codegen.test.ts type-checks it.
 *
 * - The token goes into the `Authorization` header of every request (SetContextLink, read per request,
 *   so a renewed token is used at once).
 * - The default InMemoryCache normalises every entity by `__typename` and `id` (all entities of the
 *   graph have an `id`); the types without one (connections, edges, PageInfo, statistics) are values
 *   stored inside their parent. No typePolicies are needed.
 * - Persisted operations: automatic persisted queries (APQ, the gateway's default) hash the printed
 *   document; a gateway with TRUSTED_DOCUMENTS=true knows only the hashes of
 *   schema/persisted-operations.json, which `manifestHashLink` sends.
 */
import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { type DocumentNode, Kind, parse } from 'graphql';
import { KommuneDetailDocument } from '../generated/graphql.js';

/** SHA-256 in hex with the Web Crypto API (browsers, Node.js 20). */
async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Automatic persisted queries: the hash first, the whole document only when the gateway asks for it. */
export function apqLink(): ApolloLink {
  return new PersistedQueryLink({ sha256 });
}

/** The name of a document's (first) operation. */
function operationName(document: DocumentNode): string | undefined {
  const operation = document.definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  return operation?.kind === Kind.OPERATION_DEFINITION ? operation.name?.value : undefined;
}

/**
 * Trusted documents: the gateway hashes the exact text of each schema/operations/*.graphql file
 * (comments included), so the client sends the hash of the manifest (schema/persisted-operations.json,
 * hash → text) for the operation's name instead of hashing the printed document.
 */
export function manifestHashLink(manifest: Record<string, string>): ApolloLink {
  const hashByName = new Map<string, string>();
  for (const [hash, text] of Object.entries(manifest)) {
    const name = operationName(parse(text));
    if (name) hashByName.set(name, hash);
  }
  return new PersistedQueryLink({
    generateHash: (document) => {
      const hash = hashByName.get(operationName(document) ?? '');
      if (!hash) throw new Error(`operation ${operationName(document)} is not in the manifest`);
      return hash;
    },
  });
}

/** An Apollo Client for the gateway at `uri`; `token()` is asked before every request. */
export function hubApolloClient(
  uri: string,
  token: () => string | undefined,
  persisted: ApolloLink = apqLink(),
): ApolloClient {
  const auth = new SetContextLink((previous) => {
    const current = token();
    return current ? { headers: { ...previous.headers, authorization: `Bearer ${current}` } } : {};
  });
  return new ApolloClient({
    link: ApolloLink.from([auth, persisted, new HttpLink({ uri })]),
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
