import type { ErrorRequestHandler } from 'express';

/** Where the body-error handler logs what is not the client's fault. */
export interface ErrorLog {
  error(details: object, message: string): void;
}

/** How `bodyErrorHandler` answers. */
export interface BodyErrorOptions {
  logger: ErrorLog;
  /**
   * Name which read failed: invalid JSON (400 BAD_REQUEST), too large (413 PAYLOAD_TOO_LARGE, naming
   * `limit`), an unknown encoding or charset (415 UNSUPPORTED_MEDIA_TYPE); `server` is how the answer
   * names the server ("the gateway"). The gateway, which every client talks to, explains; a subgraph,
   * which only the gateway calls, leaves it out and answers every unreadable body with its HTTP status
   * and BAD_REQUEST.
   */
  explain?: { server: string; limit: string } | undefined;
}

/**
 * The last handler of an express app: errors of the body parser (invalid JSON, too large, unknown
 * encoding or charset) as GraphQL error responses with their HTTP status, instead of express's HTML
 * error page; nothing reached Apollo or a subgraph. Anything else is logged and answered HTTP 500
 * INTERNAL_SERVER_ERROR without details. After the headers went out, the error goes on to express.
 */
export function bodyErrorHandler(options: BodyErrorOptions): ErrorRequestHandler {
  return (error, _req, res, next) => {
    if (res.headersSent) return next(error);
    const [status, code, message] = classify(error, options.explain);
    if (status === 500) options.logger.error({ err: error }, 'unexpected error before GraphQL');
    res.status(status).json({ errors: [{ message, extensions: { code } }] });
  };
}

function classify(error: unknown, explain: BodyErrorOptions['explain']): [number, string, string] {
  const { type, status } = error as { type?: string; status?: number };
  if (explain) {
    if (type === 'entity.parse.failed') return [400, 'BAD_REQUEST', 'The request body is not valid JSON.'];
    if (type === 'entity.too.large') {
      return [
        413,
        'PAYLOAD_TOO_LARGE',
        `The request body is larger than ${explain.server} accepts (${explain.limit}).`,
      ];
    }
    if (type === 'encoding.unsupported' || type === 'charset.unsupported') {
      return [
        415,
        'UNSUPPORTED_MEDIA_TYPE',
        `The request body has an encoding or charset ${explain.server} does not read.`,
      ];
    }
  }
  if (status !== undefined && status >= 400 && status < 500) {
    return [status, 'BAD_REQUEST', explain ? 'The request could not be read.' : 'The request body could not be read.'];
  }
  return [500, 'INTERNAL_SERVER_ERROR', 'Internal server error'];
}
