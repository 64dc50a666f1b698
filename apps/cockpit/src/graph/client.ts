/**
 * The cockpit's only way to the graph: a registered operation (schema/clients/kaz-cockpit/), sent by
 * its sha256 as an automatic persisted query. A gateway in trusted-documents mode knows every hash
 * from its manifest; one without it answers PERSISTED_QUERY_NOT_FOUND the first time, and the client
 * sends the registered text once with its hash (the APQ protocol). No other text is ever sent.
 */

import operations from 'virtual:cockpit-operations';
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { partnerOf } from './partners.ts';

/** A GraphQL error as the gateway sends it. */
export interface GraphError {
  message: string;
  path?: readonly (string | number)[];
  extensions?: { code?: string; serviceName?: string; [key: string]: unknown };
}

/** An answer: the data, the errors, and the partners that did not (fully) answer. */
export interface GraphResult<T> {
  data: T | null;
  errors: GraphError[];
  /** Partners (by name) whose subgraph failed for part of the answer: the result is partial. */
  unavailable: string[];
}

/** The request failed as a whole (network, HTTP status, signed-out token). */
export class GraphRequestError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code?: string,
  ) {
    super(message);
  }
}

/** The operation name of a generated document (its registered operation). */
function operationName(document: { toString(): string }): string {
  const name = /(?:query|mutation)\s+(\w+)/.exec(document.toString())?.[1];
  if (!name || !operations[name]) throw new Error(`operation ${name ?? '?'} is not registered for the cockpit`);
  return name;
}

const PARTIAL_CODES = new Set(['SUBGRAPH_UNAVAILABLE', 'SUBGRAPH_TIMEOUT', 'SUBGRAPH_BAD_RESPONSE']);

/** Runs a registered operation with the bearer token (or none). */
export async function runOperation<T, V>(
  endpoint: string,
  document: DocumentTypeDecoration<T, V> & { toString(): string },
  variables: V,
  token: string | undefined,
  signal?: AbortSignal,
): Promise<GraphResult<T>> {
  const name = operationName(document);
  const registered = operations[name]!;
  const send = async (withText: boolean) => {
    const response = await fetch(endpoint, {
      method: 'POST',
      signal,
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        'apollographql-client-name': 'kaz-cockpit',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({
        operationName: name,
        variables,
        ...(withText ? { query: registered.text } : {}),
        extensions: { persistedQuery: { version: 1, sha256Hash: registered.hash } },
      }),
    });
    const body = (await response.json().catch(() => undefined)) as
      | { data?: T | null; errors?: GraphError[] }
      | undefined;
    return { response, body };
  };
  let { response, body } = await send(false);
  if (body?.errors?.some((e) => e.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND'))
    ({ response, body } = await send(true));
  if (!body || (body.data === undefined && !response.ok)) {
    const first = body?.errors?.[0];
    throw new GraphRequestError(
      first?.message ?? `Der Graph antwortete mit HTTP ${response.status}.`,
      response.status,
      first?.extensions?.code,
    );
  }
  const errors = body.errors ?? [];
  const unavailable = [
    ...new Set(
      errors
        .filter((e) => e.extensions?.serviceName && PARTIAL_CODES.has(e.extensions.code ?? ''))
        .map((e) => partnerOf(e.extensions!.serviceName!)),
    ),
  ];
  return { data: body.data ?? null, errors, unavailable };
}

/** Whether a field at `path` (e.g. ['licenceTotals']) was withheld from this principal (FORBIDDEN/UNAUTHENTICATED). */
export function isWithheld(result: GraphResult<unknown>, ...path: (string | number)[]): boolean {
  return result.errors.some(
    (e) =>
      (e.extensions?.code === 'FORBIDDEN' || e.extensions?.code === 'UNAUTHENTICATED') &&
      path.every((segment, i) => e.path?.[i] === segment),
  );
}
