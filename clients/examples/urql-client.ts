/**
 * urql 6 with Graphcache against the hub, with the typed documents of `pnpm codegen`
 * (clients/generated/). docs/clients.md walks through it; test/codegen.test.ts type-checks it.
 *
 * - The token goes into every request through `fetchOptions` (a function: read per request).
 * - Graphcache keys entities by `id` as well; the types without one (connections, edges, PageInfo,
 *   statistics, memberships) are values inside their parent, which `valueTypeKeys` tells it (without
 *   it, Graphcache warns about every such type in development).
 * - Persisted queries over POST: the gateway's CSRF prevention refuses a GET without a preflight
 *   header, and urql's persistedExchange prefers GET unless told otherwise.
 */
import { Client, cacheExchange as documentCacheExchange, fetchExchange } from '@urql/core';
import { cacheExchange, type KeyingConfig } from '@urql/exchange-graphcache';
import { persistedExchange } from '@urql/exchange-persisted';
import { buildSchema, type DocumentNode, isObjectType, Kind, parse } from 'graphql';
import { CertificatesExpiringDocument } from '../generated/graphql.js';

/** `keys` for Graphcache: every object type of the API schema (schema/api.graphql) without an `id` is a value. */
export function valueTypeKeys(apiSchemaSdl: string): KeyingConfig {
  const schema = buildSchema(apiSchemaSdl);
  const keys: KeyingConfig = {};
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__') || type === schema.getQueryType()) continue;
    if (type === schema.getMutationType() || 'id' in type.getFields()) continue;
    keys[type.name] = () => null;
  }
  return keys;
}

/** The name of a document's (first) operation. */
function operationName(document: DocumentNode): string | undefined {
  const operation = document.definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  return operation?.kind === Kind.OPERATION_DEFINITION ? operation.name?.value : undefined;
}

/** An urql client for the gateway at `url`; `token()` is asked before every request. */
export function hubUrqlClient(url: string, token: () => string | undefined, apiSchemaSdl: string): Client {
  return new Client({
    url,
    exchanges: [
      cacheExchange({ keys: valueTypeKeys(apiSchemaSdl) }),
      persistedExchange({ preferGetForPersistedQueries: false }),
      fetchExchange,
    ],
    fetchOptions: () => bearer(token()),
  });
}

/** The Authorization header for a token, if there is one. */
function bearer(token: string | undefined): RequestInit {
  return token ? { headers: { authorization: `Bearer ${token}` } } : {};
}

/**
 * An urql client for a gateway that runs only trusted documents (TRUSTED_DOCUMENTS=true). The gateway
 * knows the sha256 of each schema/operations/*.graphql file's exact text (schema/persisted-operations.json,
 * hash → text), not of the printed document, so the persisted exchange sends the manifest's hash for
 * the operation's name, and only the hash. The gateway then runs the manifest's text, which selects no
 * `__typename`: Graphcache cannot store such answers, so this client uses urql's document cache.
 */
export function trustedUrqlClient(
  url: string,
  token: () => string | undefined,
  manifest: Record<string, string>,
): Client {
  const hashByName = new Map<string, string>();
  for (const [hash, text] of Object.entries(manifest)) {
    const name = operationName(parse(text));
    if (name) hashByName.set(name, hash);
  }
  return new Client({
    url,
    exchanges: [
      documentCacheExchange,
      persistedExchange({
        preferGetForPersistedQueries: false,
        enforcePersistedQueries: true,
        generateHash: async (_query, document) => hashByName.get(operationName(document) ?? '') ?? null,
      }),
      fetchExchange,
    ],
    fetchOptions: () => bearer(token()),
  });
}

/** Certificates that expire within `days` days; partial data and errors come back together. */
export async function expiringCertificateNames(
  client: Client,
  days: number,
): Promise<{ names: string[]; codes: unknown[] }> {
  const result = await client.query(CertificatesExpiringDocument, { days }).toPromise();
  return {
    names: result.data?.certificates?.nodes.map((certificate) => certificate.commonName) ?? [],
    codes: result.error?.graphQLErrors.map((error) => error.extensions?.code) ?? [],
  };
}
