import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler } from 'express';
import { hashKey, type SharedState } from './shared-state.ts';

/** How long a refusal stays in Redis (shared state); in the process it stays until pushed out. */
export const SHARED_REJECTION_TTL_SECONDS = 3_600;

/**
 * Whether a document is refused for reasons that depend on the document alone (it does not parse,
 * does not validate against the graph, or is too deep, wide, long or has too many directives) never
 * changes while the gateway runs. The refusal is remembered for the exact text, and the same text
 * sent again is refused at once with the same answer, before it is parsed or validated again: a
 * client that repeats a broken or hostile query costs the gateway little. The cost limit is not
 * remembered (it depends on the variables), nor is anything that got past validation.
 *
 * Each process remembers up to `maxEntries` refusals (default 1,000; the oldest go first). With shared
 * state in Redis (`shared`), a refusal is also kept there for `SHARED_REJECTION_TTL_SECONDS`, under a
 * hash of the operation name and text within `scope` — what the refusal depends on: the supergraph
 * and the limits, so that replicas of another version (a rolling update) never share refusals — and
 * every replica answers it at once. When Redis cannot be asked, only the process's own refusals count.
 */
export function rejectionCache(options: { maxEntries?: number; shared?: SharedState; scope?: string } = {}) {
  const maxEntries = options.maxEntries ?? 1_000;
  const { shared } = options;
  const redis = shared?.redis;
  const sharedKeyOf = (key: string) => `${shared?.prefix}rejections:${options.scope ?? ''}:${hashKey(key)}`;
  const refused = new Map<string, string>();
  const DOCUMENT_CODES = new Set([
    'GRAPHQL_PARSE_FAILED',
    'GRAPHQL_VALIDATION_FAILED',
    'DEPTH_LIMIT_EXCEEDED',
    'ALIAS_LIMIT_EXCEEDED',
    'TOKEN_LIMIT_EXCEEDED',
    'DIRECTIVE_LIMIT_EXCEEDED',
  ]);
  const keyOf = (body: unknown): string | undefined => {
    const { query, operationName } = (body ?? {}) as { query?: unknown; operationName?: unknown };
    if (typeof query !== 'string') return undefined;
    return `${typeof operationName === 'string' ? operationName : ''}\n${query}`;
  };

  /** The refusal this process remembers, else the one in Redis (when it can be asked). */
  const remembered = async (key: string): Promise<string | undefined> => {
    const local = refused.get(key);
    if (local !== undefined || !redis || !shared) return local;
    if (!shared.up()) return void shared.fellBack('rejections');
    try {
      const answer = (await redis.get(sharedKeyOf(key))) ?? undefined;
      if (answer !== undefined) remember(key, answer);
      return answer;
    } catch (error) {
      shared.fellBack('rejections', error);
      return undefined;
    }
  };

  const remember = (key: string, answer: string) => {
    if (refused.size >= maxEntries) refused.delete(refused.keys().next().value as string);
    refused.set(key, answer);
  };

  /** Answers a remembered refusal; everything else goes on. */
  const middleware: RequestHandler = async (req, res, next) => {
    const key = req.method === 'POST' ? keyOf(req.body) : undefined;
    const answer = key === undefined ? undefined : await remembered(key);
    if (answer === undefined) return next();
    res.status(400).type('application/json').send(answer);
  };

  const plugin: ApolloServerPlugin = {
    async requestDidStart({ request }) {
      return {
        async willSendResponse({ response }) {
          if (response.http.status !== 400 || response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors ?? [];
          const fromDocument = errors.every((error) => DOCUMENT_CODES.has(String(error.extensions?.code)));
          const key = keyOf(request);
          if (errors.length === 0 || !fromDocument || key === undefined) return;
          const answer = JSON.stringify(response.body.singleResult);
          remember(key, answer);
          if (!redis || !shared) return;
          if (!shared.up()) return shared.fellBack('rejections');
          await redis.set(sharedKeyOf(key), answer, 'EX', SHARED_REJECTION_TTL_SECONDS).catch((error: unknown) => {
            shared.fellBack('rejections', error);
          });
        },
      };
    },
  };

  return { middleware, plugin, size: () => refused.size };
}
