import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler } from 'express';

/**
 * Whether a document is refused for reasons that depend on the document alone (it does not parse,
 * does not validate against the graph, or is too deep, wide, long or has too many directives) never
 * changes while the gateway runs. The refusal is remembered for the exact text, and the same text
 * sent again is refused at once with the same answer, before it is parsed or validated again: a
 * client that repeats a broken or hostile query costs the gateway little. The cost limit is not
 * remembered (it depends on the variables), nor is anything that got past validation.
 */
export function rejectionCache(options: { maxEntries?: number } = {}) {
  const maxEntries = options.maxEntries ?? 1_000;
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

  /** Answers a remembered refusal; everything else goes on. */
  const middleware: RequestHandler = (req, res, next) => {
    const key = req.method === 'POST' ? keyOf(req.body) : undefined;
    const answer = key === undefined ? undefined : refused.get(key);
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
          if (refused.size >= maxEntries) refused.delete(refused.keys().next().value as string);
          refused.set(key, JSON.stringify(response.body.singleResult));
        },
      };
    },
  };

  return { middleware, plugin, size: () => refused.size };
}
