import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import pino from 'pino';

/** A pino logger: one JSON object per line. */
export type Logger = pino.Logger;

/** How to make a logger. */
export interface LoggerOptions {
  /** The `service` field of every line (e.g. `gateway`, `projects`). */
  service: string;
  /** `trace` … `fatal` or `silent`; default the `LOG_LEVEL` environment variable, else `info`. */
  level?: string | undefined;
  /** Where the lines go (default stdout); tests pass an object that collects them. */
  destination?: pino.DestinationStream | undefined;
}

// Credentials never reach a log line, wherever they sit in a logged object (up to three levels
// deep: `headers.authorization`, `req.headers.authorization`). pino compiles these paths once.
const SECRET_KEYS = ['authorization', 'cookie', '"set-cookie"', 'token', 'password'];
const REDACTED_PATHS = SECRET_KEYS.flatMap((key) => {
  const path = key.startsWith('"') ? `[${key}]` : `.${key}`;
  return [path.startsWith('.') ? key : path, `*${path}`, `*.*${path}`];
});

/**
 * JSON logs on stdout (or `destination`) with a `service` field on every line, ISO timestamps and
 * level names. The level comes from `options.level`, else `LOG_LEVEL`, else `info`; `silent` logs
 * nothing. Values under `authorization`, `cookie`, `set-cookie`, `token` and `password` keys are
 * replaced by `[redacted]`. Throws when the level is not one of pino's.
 */
export function createLogger(options: LoggerOptions): Logger {
  const level = options.level ?? (process.env.LOG_LEVEL || 'info');
  const settings: pino.LoggerOptions = {
    level,
    base: { service: options.service },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    serializers: { err: serializeError },
  };
  return options.destination ? pino(settings, options.destination) : pino(settings);
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/**
 * The id of a request: the incoming `x-request-id` header when it is 1 to 64 characters of
 * `A-Z a-z 0-9 . _ : -` (so a caller's id can be followed from the gateway into every subgraph), else
 * a new random UUID. Never throws.
 */
export function requestIdFrom(headers: IncomingHttpHeaders): string {
  const incoming = headers['x-request-id'];
  return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
}

/**
 * An error as a log field: its type, message, code, stack and cause, nothing else. Database errors
 * carry more (`detail` quotes the row that violated a constraint, `where`, the parameters), which can
 * be personal data.
 */
function serializeError(error: unknown, depth = 0): unknown {
  if (!(error instanceof Error)) return error;
  const { code } = error as { code?: unknown };
  return {
    type: error.name,
    message: error.message,
    ...(typeof code === 'string' || typeof code === 'number' ? { code } : {}),
    stack: error.stack,
    ...(error.cause !== undefined && depth < 3 ? { cause: serializeError(error.cause, depth + 1) } : {}),
  };
}
