import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

import { freePort } from '../../support/free-port.ts';

const repositoryRoot = new URL('../../../', import.meta.url).pathname;

// Settings of the outer environment that would change what the started subgraph does; each start
// names its own database and token issuer instead.
const INHERITED_SETTINGS_TO_DROP = [
  'DATABASE_URL',
  'DATA_DIR',
  'DEV_ISSUER_DIR',
  'AUTH_JWKS_URL',
  'AUTH_ISSUER',
  'AUTH_AUDIENCE',
  'HUB_MODE',
  'SEED',
  'MIGRATE',
  'SHUTDOWN_DELAY_MS',
  'OTEL_EXPORTER_OTLP_ENDPOINT',
  'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT',
];

/** How a process ended: its exit code, or the signal that ended it. */
export interface ProcessEnd {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** A subgraph running in a process of its own, as an operator starts it. */
export interface SubgraphProcess {
  /** The GraphQL endpoint from the ready line. */
  url: string;
  pid: number;
  /** Everything the process printed so far (stdout and stderr), line by line. */
  output: string[];
  /** SIGKILL: no shutdown code runs. Resolves once the process is gone (at once when it already is). */
  kill(): Promise<ProcessEnd>;
  /** SIGTERM: the subgraph stops its server and closes its database. Resolves once the process is gone. */
  stop(): Promise<ProcessEnd>;
}

/**
 * Starts `node --import tsx <entry>` (a path from the repository root) on a free loopback port with
 * `env` added to the environment, and resolves when it prints `ready at <url>`. Rejects, with what
 * the process printed, when it exits first or is not ready within `readyTimeoutMs` (then it is killed).
 */
export async function startSubgraphProcess(
  entry: string,
  env: Record<string, string>,
  readyTimeoutMs = 90_000,
): Promise<SubgraphProcess> {
  const inherited = { ...process.env };
  for (const name of INHERITED_SETTINGS_TO_DROP) delete inherited[name];
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    cwd: repositoryRoot,
    env: { ...inherited, HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const ended = new Promise<ProcessEnd>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${entry} was not ready after ${readyTimeoutMs} ms:\n${output.join('\n')}`));
    }, readyTimeoutMs);
    const onLine = (line: string) => {
      output.push(line);
      const ready = /ready at (http:\/\/[^\s"]+)/.exec(line);
      if (ready?.[1]) {
        clearTimeout(timer);
        resolve(ready[1]);
      }
    };
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', onLine);
    createInterface({ input: child.stderr as NodeJS.ReadableStream }).on('line', onLine);
    void ended.then((end) => {
      clearTimeout(timer);
      reject(new Error(`${entry} exited (${end.signal ?? end.code}) before it was ready:\n${output.join('\n')}`));
    });
  });
  const end = (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    return ended;
  };
  return { url, pid: child.pid as number, output, kill: () => end('SIGKILL'), stop: () => end('SIGTERM') };
}
