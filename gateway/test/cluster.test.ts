import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';

// GATEWAY_WORKERS=2: the real entry point (src/main.ts) as an operator starts it, in its own process.

const gatewayDir = new URL('../', import.meta.url).pathname;
let primary: ChildProcess | undefined;
afterAll(() => {
  primary?.kill('SIGKILL');
});

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('cluster mode', () => {
  it('runs one gateway per worker on one port, replaces a dead worker and stops all on SIGTERM', async () => {
    const port = await freePort();
    primary = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: gatewayDir,
      env: {
        ...process.env,
        GATEWAY_WORKERS: '2',
        PORT: String(port),
        GRAPHIQL: 'false',
        DEV_ISSUER_DIR: join(mkdtempSync(join(tmpdir(), 'kaz-cluster-')), 'issuer'),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines: string[] = [];
    const waiters: { pattern: RegExp; count: number; resolve: () => void }[] = [];
    const onLine = (line: string) => {
      lines.push(line);
      for (const waiter of waiters)
        if (lines.filter((l) => waiter.pattern.test(l)).length >= waiter.count) waiter.resolve();
    };
    createInterface({ input: primary.stdout as NodeJS.ReadableStream }).on('line', onLine);
    createInterface({ input: primary.stderr as NodeJS.ReadableStream }).on('line', onLine);
    const seen = (pattern: RegExp, count = 1) =>
      new Promise<void>((resolve) => {
        waiters.push({ pattern, count, resolve });
        onLine('');
      });

    await seen(/ready at .* \(worker \d+\)/, 2);
    const workerPids = lines.flatMap((line) => /\(worker (\d+)\)/.exec(line)?.[1] ?? []).map(Number);
    expect(new Set(workerPids).size).toBe(2);

    const ask = async () => {
      const response = await fetch(`http://127.0.0.1:${port}/`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      return (await response.json()).data.__typename;
    };
    expect(await Promise.all(Array.from({ length: 20 }, ask))).toEqual(Array(20).fill('Query'));

    // A worker killed from outside is replaced; the port keeps answering meanwhile.
    process.kill(workerPids[0] as number, 'SIGKILL');
    await seen(/exited with .*starting a new one/);
    expect(await ask()).toBe('Query');
    await seen(/ready at .* \(worker \d+\)/, 3);
    expect(await Promise.all(Array.from({ length: 10 }, ask))).toEqual(Array(10).fill('Query'));

    const exited = new Promise<number | null>((resolve) => primary?.once('exit', resolve));
    primary.kill('SIGTERM');
    expect(await exited).toBe(0);
    const allWorkers = lines.flatMap((line) => /\(worker (\d+)\)/.exec(line)?.[1] ?? []).map(Number);
    expect(allWorkers).toHaveLength(3);
    for (const pid of allWorkers) expect(() => process.kill(pid, 0)).toThrow();
    await expect(ask()).rejects.toThrow();
  }, 60_000);
});
