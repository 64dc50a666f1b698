/**
 * A typed client of the hub: the typed documents that `pnpm codegen` generates into
 * clients/generated/ (codegen.ts), used with graphql-request and with plain fetch. The result and
 * the variables of every call are typed from schema/api.graphql and the operation's selection:
 * a field the operation did not select, or a variable of the wrong type, is a compile error
 * (test/codegen.test.ts proves both). docs/clients.md explains the set-up.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { ClientError, GraphQLClient } from 'graphql-request';
import { CertificatesExpiringDocument, FindKommuneDocument, KommuneDetailDocument } from '../generated/graphql.js';

/** A graphql-request client that sends the token as `Authorization: Bearer …` with every request. */
export function hubClient(endpoint: string, token: string): GraphQLClient {
  return new GraphQLClient(endpoint, { headers: { authorization: `Bearer ${token}` } });
}

/** One line per certificate that expires within `days` days: CN, last day, holder. */
export async function expiringCertificates(client: GraphQLClient, days: number): Promise<string[]> {
  const data = await client.request(CertificatesExpiringDocument, { days });
  // certificates is null (with an error) for a reader who may not see the inventory.
  return (data.certificates?.nodes ?? []).map(
    (certificate) => `${certificate.commonName} until ${certificate.validTo} (${certificate.holder?.name ?? 'Kaz'})`,
  );
}

/** The name and the open incident count of a Kommune, or null when the ARS names none. */
export async function kommuneSummary(
  client: GraphQLClient,
  ars: string,
): Promise<{ name: string; openIncidents: number | null } | null> {
  try {
    const data = await client.request(KommuneDetailDocument, { ars });
    if (!data.municipality) return null;
    return {
      name: data.municipality.name,
      openIncidents: data.municipality.securityPosture?.openIncidentCount ?? null,
    };
  } catch (error) {
    // graphql-request throws a ClientError when the response has errors (its default errorPolicy
    // 'none'); the response keeps the partial data and every error's extensions.code.
    if (error instanceof ClientError) {
      const codes = error.response.errors?.map((e) => e.extensions?.code) ?? [];
      throw new Error(`hub answered with errors: ${codes.join(', ')}`);
    }
    throw error;
  }
}

/** A GraphQL response body: data (partial when some fields failed) and errors with path and code. */
export interface HubResponse<Result> {
  data?: Result | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } }[];
}

/** A minimal typed request over plain fetch: the document fixes the result and variables types. */
export async function typedFetch<Result, Variables>(
  endpoint: string,
  token: string,
  document: TypedDocumentNode<Result, Variables>,
  variables: Variables,
): Promise<HubResponse<Result>> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: print(document), variables }),
  });
  return (await response.json()) as HubResponse<Result>;
}

/** The names of the Kommunen whose name contains `name`, over plain fetch. */
export async function findKommunen(endpoint: string, token: string, name: string): Promise<string[]> {
  const { data } = await typedFetch(endpoint, token, FindKommuneDocument, { name });
  return data?.municipalities?.nodes.map((kommune) => `${kommune.name} (${kommune.district?.name ?? '–'})`) ?? [];
}
