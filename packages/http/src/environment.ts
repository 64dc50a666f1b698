import type { ListenAddress } from './listen.ts';

/** The environment as `process.env` holds it. */
export type Environment = Readonly<Record<string, string | undefined>>;

/**
 * `name` as a whole number (0 included); undefined when unset or empty. Throws when it is set to
 * anything else, so that a typo in a deployment fails at start.
 */
export function wholeNumberFromEnv(env: Environment, name: string): number | undefined {
  return numberFromEnv(env, name, 0, 'a whole number');
}

/** `name` as a whole number of at least 1; undefined when unset or empty; throws on anything else. */
export function positiveIntegerFromEnv(env: Environment, name: string): number | undefined {
  return numberFromEnv(env, name, 1, 'a positive whole number');
}

/**
 * `PORT` (default `defaultPort`; 0 picks a free one) and `HOST` (default 127.0.0.1). Throws when
 * `PORT` is not a port number.
 */
export function listenAddressFromEnv(env: Environment, defaultPort: number): Required<ListenAddress> {
  const port = env.PORT ? Number(env.PORT) : defaultPort;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT is not a port number: ${env.PORT}`);
  return { port, host: env.HOST || '127.0.0.1' };
}

/**
 * `SHUTDOWN_DELAY_MS` (default 0): on SIGTERM, how long `/health/ready` answers 503 `stopping` while
 * requests are still served, before the port closes and the requests in flight are finished.
 */
export function shutdownDelayFromEnv(env: Environment): number {
  return wholeNumberFromEnv(env, 'SHUTDOWN_DELAY_MS') ?? 0;
}

function numberFromEnv(env: Environment, name: string, least: number, what: string): number | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < least) throw new Error(`${name} is not ${what}: ${raw}`);
  return value;
}
