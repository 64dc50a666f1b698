import { GATEWAY_SIGNATURE_HEADER, GatewaySigner } from '@kaz/auth';
import { GraphQLError } from 'graphql';
import { badUserInput } from './errors.ts';

// A reference to another partner's record (a work order's decision, a procurement's project) is
// checked against that partner's live data: the owner subgraph's entity resolution (`_entities`),
// reached over HTTP at a configured URL, never by importing its code. One `_entities` request per
// check, whatever the number of keys.

/** The default time an owner subgraph has to answer a reference check. */
export const DEFAULT_REFERENCE_TIMEOUT_MS = 5000;

/** The error code of a reference check whose owner did not answer (or gave no usable answer). */
export const REFERENCE_OWNER_UNREACHABLE = 'REFERENCE_OWNER_UNREACHABLE';

/** Where the owner subgraphs of referenced records answer, and how long they may take. */
export interface ReferenceOwnersConfig {
  /**
   * The GraphQL URL of each owner subgraph by name (`organisations` → `http://…/graphql`). Read at
   * every check, so the in-process hub can fill it once every subgraph listens.
   */
  urls: Readonly<Record<string, string>>;
  /** Milliseconds an owner has to answer (default `DEFAULT_REFERENCE_TIMEOUT_MS`). */
  timeoutMs?: number | undefined;
  /**
   * The gateway signing secret: when the owners accept only signed requests, the checks are signed
   * with it as the gateway signs its fetches.
   */
  signingSecret?: string | undefined;
}

/** One entity to look up: its owner subgraph, type, key field and the fields to read. */
export interface ReferenceTarget {
  /** The owner subgraph's name, e.g. `organisations`: the error messages name it. */
  owner: string;
  /** The entity type, e.g. `Decision`. */
  typename: string;
  /** The key field of its `@key` (default `id`). */
  keyField?: string | undefined;
  /** Scalar fields to read besides the key, e.g. `['status']`. */
  fields?: readonly string[] | undefined;
}

/** An owner subgraph's entity as the check read it: the key field and the fields asked for. */
export type ReferencedEntity = Record<string, unknown>;

/** The reference checks of one request, made with the caller's token. */
export interface References {
  /**
   * The entities of `keys` in key order, each null when the owner has no such entity or the caller
   * may not see it (the owner decides visibility). One `_entities` request for all keys; no request
   * for none. Throws REFERENCE_OWNER_UNREACHABLE (naming the owner and what could not be checked)
   * when the owner has no URL, does not answer in time or gives no GraphQL answer.
   */
  resolve(target: ReferenceTarget, keys: readonly string[], what?: string): Promise<(ReferencedEntity | null)[]>;
  /**
   * Like `resolve`, and throws BAD_USER_INPUT on `field` naming the owner for the first key that
   * does not resolve. Returns the entities in key order.
   */
  require(target: ReferenceTarget, field: string, keys: readonly string[]): Promise<ReferencedEntity[]>;
}

/**
 * Resolves `keys` to entities of `target` at `url` through one `_entities` request, sending
 * `authorization` as it is (the owner decides what the caller sees). Answers in key order, null for a
 * key the owner does not resolve or resolves with an error on its own path (e.g. FORBIDDEN). Throws
 * REFERENCE_OWNER_UNREACHABLE when the owner is not configured, does not answer within `timeoutMs`,
 * answers with an HTTP error, or answers with errors that are not tied to one entity.
 */
export async function checkReferences(options: {
  url: string | undefined;
  target: ReferenceTarget;
  keys: readonly string[];
  authorization?: string | undefined;
  timeoutMs?: number | undefined;
  signer?: GatewaySigner | undefined;
  /** What could not be checked, for the error message (default: the type and the keys). */
  what?: string | undefined;
}): Promise<(ReferencedEntity | null)[]> {
  const { target, keys } = options;
  if (keys.length === 0) return [];
  const keyField = target.keyField ?? 'id';
  const what = options.what ?? `${target.typename} ${keys.join(', ')}`;
  const unreachable = (why: string) =>
    new GraphQLError(`the ${target.owner} subgraph ${why}; ${what} could not be checked`, {
      extensions: { code: REFERENCE_OWNER_UNREACHABLE, owner: target.owner },
    });
  if (!options.url) {
    throw unreachable(`has no URL (set SUBGRAPH_${target.owner.toUpperCase()}_URL)`);
  }
  const selection = [...new Set([keyField, ...(target.fields ?? [])])].join(' ');
  const body = JSON.stringify({
    query: `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on ${target.typename} { ${selection} } } }`,
    variables: { representations: keys.map((key) => ({ __typename: target.typename, [keyField]: key })) },
  });
  const timeoutMs = options.timeoutMs ?? DEFAULT_REFERENCE_TIMEOUT_MS;
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.authorization) headers.authorization = options.authorization;
  if (options.signer) headers[GATEWAY_SIGNATURE_HEADER] = options.signer.sign('POST', body);
  let answer: { data?: { _entities?: (ReferencedEntity | null)[] } | null; errors?: { path?: unknown[] }[] };
  try {
    const response = await fetch(options.url, {
      method: 'POST',
      headers,
      body,
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (!response.ok && !response.headers.get('content-type')?.includes('json')) {
      throw unreachable(`answered HTTP ${response.status}`);
    }
    answer = (await response.json()) as typeof answer;
  } catch (error) {
    if (error instanceof GraphQLError) throw error;
    const name = (error as { name?: string }).name;
    throw unreachable(
      name === 'TimeoutError' || name === 'AbortError' ? `did not answer within ${timeoutMs} ms` : 'did not answer',
    );
  }
  const entities = answer.data?._entities;
  // An error on one entity's path (`_entities.3`) hides that entity only; any other error means the
  // owner could not resolve the batch.
  const failed = new Set<number>();
  for (const error of answer.errors ?? []) {
    const index = error.path?.[0] === '_entities' ? error.path[1] : undefined;
    if (typeof index !== 'number') throw unreachable('could not resolve the references');
    failed.add(index);
  }
  if (!Array.isArray(entities) || entities.length !== keys.length) {
    throw unreachable('sent an answer that is not an entity list');
  }
  return entities.map((entity, index) => (failed.has(index) || entity == null ? null : entity));
}

/**
 * The reference checks of a subgraph: `forRequest(authorization)` gives one request's checks, made
 * with that request's bearer token (undefined for an anonymous request, which then sees what an
 * anonymous caller sees).
 */
export function referenceChecker(config: ReferenceOwnersConfig): {
  forRequest(authorization: string | undefined): References;
} {
  const signer = config.signingSecret ? new GatewaySigner(config.signingSecret) : undefined;
  return {
    forRequest: (authorization) => {
      const resolve: References['resolve'] = (target, keys, what) =>
        checkReferences({
          url: config.urls[target.owner],
          target,
          keys,
          authorization,
          timeoutMs: config.timeoutMs,
          signer,
          what,
        });
      return {
        resolve,
        require: async (target, field, keys) => {
          const what = `${field} ${keys.join(', ')}`;
          const entities = await resolve(target, keys, what);
          const missing = keys.findIndex((_, index) => entities[index] == null);
          if (missing >= 0) {
            throw badUserInput(
              field,
              `there is no ${target.typename} ${keys[missing]} in the ${target.owner} subgraph (or it is not visible to you)`,
            );
          }
          return entities as ReferencedEntity[];
        },
      };
    },
  };
}

/** The checks of a context made without a server (in-process tests): every owner is unconfigured. */
export const unconfiguredReferences: References = referenceChecker({ urls: {} }).forRequest(undefined);
