/**
 * urql 6 with Graphcache against the hub, with the typed documents of `pnpm codegen`
 * (clients/generated/). docs/clients.md walks through it; test/codegen.test.ts type-checks it.
 *
 * - The token goes into every request through `fetchOptions` (a function: read per request).
 * - Graphcache keys entities by `id` as well; the types without one (connections, edges, PageInfo,
 *   statistics, memberships) are values inside their parent, which `valueTypeKeys` tells it (without
 *   it, Graphcache warns about every such type in development).
 * - Persisted queries over POST: the gateway's CSRF prevention refuses a GET without a preflight
 *   header, and urql's persistedExchange prefers GET unless told otherwise. The exchange sends the
 *   sha256 of the document Graphcache formats (with `__typename` in every selection set but the
 *   root one). A gateway with TRUSTED_DOCUMENTS=true knows that hash for every operation of
 *   schema/operations/ (schema/persisted-operations.json registers urql's form of each) and answers
 *   `__typename`, so Graphcache stores trusted answers as well; `trusted: true` then never sends a
 *   document, only its hash.
 */
import { Client, fetchExchange } from '@urql/core';
import { cacheExchange, type KeyingConfig } from '@urql/exchange-graphcache';
import { persistedExchange } from '@urql/exchange-persisted';
import { buildSchema, isObjectType } from 'graphql';
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

/**
 * An urql client for the gateway at `url`; `token()` is asked before every request. `trusted: true`
 * for a gateway that runs only trusted documents: the hash alone, never the document (which such a
 * gateway would refuse anyway).
 */
export function hubUrqlClient(
  url: string,
  token: () => string | undefined,
  apiSchemaSdl: string,
  { trusted = false }: { trusted?: boolean } = {},
): Client {
  return new Client({
    url,
    exchanges: [
      cacheExchange({ keys: valueTypeKeys(apiSchemaSdl) }),
      persistedExchange({ preferGetForPersistedQueries: false, enforcePersistedQueries: trusted }),
      fetchExchange,
    ],
    fetchOptions: () => bearer(token()),
  });
}

/** The Authorization header for a token, if there is one. */
function bearer(token: string | undefined): RequestInit {
  return token ? { headers: { authorization: `Bearer ${token}` } } : {};
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
