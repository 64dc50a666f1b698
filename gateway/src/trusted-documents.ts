import { createHash } from 'node:crypto';
import type { ApolloServerOptions } from '@apollo/server';
import type { RequestHandler } from 'express';
import { readOperationFiles } from './graphiql.ts';

/** Trusted documents by the sha256 (hex) of their exact text. */
export type TrustedDocuments = Readonly<Record<string, string>>;

/** The `extensions.code` for an operation that is not in the manifest. */
export const NOT_IN_MANIFEST = 'PERSISTED_QUERY_NOT_IN_MANIFEST';

/** The sha256 of a document's exact text, in hex: the hash APQ clients send. */
export function documentHash(document: string): string {
  return createHash('sha256').update(document).digest('hex');
}

/**
 * The manifest of the operations in a directory (`*.graphql`): hash of each file's exact text →
 * that text, keys sorted by file name. Throws when the directory cannot be read.
 */
export function buildTrustedDocuments(directory: string): Record<string, string> {
  return Object.fromEntries(readOperationFiles(directory).map(({ query }) => [documentHash(query), query]));
}

type PersistedQueryCache = NonNullable<Exclude<ApolloServerOptions<never>['persistedQueries'], false>>['cache'];

/**
 * A read-only APQ cache that answers from the manifest, so that a client may send a trusted
 * operation by its hash alone. Apollo prefixes its keys with `apq:`; registering is a no-op.
 */
export function trustedDocumentsCache(documents: TrustedDocuments): NonNullable<PersistedQueryCache> {
  return {
    async get(key: string) {
      return documents[key.replace(/^apq:/, '')];
    },
    async set() {},
    async delete() {
      return false;
    },
  };
}

function parseExtensions(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}

/**
 * Lets through only requests for a trusted document — by `extensions.persistedQuery.sha256Hash`
 * or by a `query` whose hash is in the manifest — and answers anything else with HTTP 403 and
 * PERSISTED_QUERY_NOT_IN_MANIFEST before Apollo parses it. A GET without an operation (the landing
 * page) passes. Runs after the JSON body parser.
 */
export function trustedDocumentsMiddleware(documents: TrustedDocuments): RequestHandler {
  return (req, res, next) => {
    const params: Record<string, unknown> =
      req.method === 'GET' ? (req.query as Record<string, unknown>) : (req.body as Record<string, unknown>);
    if (req.method === 'GET' && params.query === undefined && params.extensions === undefined) return next();
    if (params && !Array.isArray(params) && typeof params === 'object') {
      const extensions = parseExtensions(params.extensions) as
        | { persistedQuery?: { sha256Hash?: unknown } }
        | undefined;
      const hash = extensions?.persistedQuery?.sha256Hash;
      const query = params.query;
      const trusted =
        typeof query === 'string'
          ? Object.hasOwn(documents, documentHash(query)) && (hash === undefined || hash === documentHash(query))
          : typeof hash === 'string' && Object.hasOwn(documents, hash);
      if (trusted) return next();
    }
    res.status(403).json({
      errors: [
        {
          message: 'This gateway runs only trusted operations: send one from the persisted-operations manifest.',
          extensions: { code: NOT_IN_MANIFEST },
        },
      ],
    });
  };
}
