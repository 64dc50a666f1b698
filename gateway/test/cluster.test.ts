import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../test/support/free-port.ts';

// GATEWAY_WORKERS=2: the real entry point (src/main.ts) as an operator starts it, in its own process.

const gatewayDir = new URL('../', import.meta.url).pathname;
let primary: ChildProcess | undefined;
afterAll(() => {
  primary?.kill('SIGKILL');
});

/**
 * The process among `pids` that holds the server side of the TCP connection between local port
 * `serverPort` and the client's port `clientPort` (Linux: the connection's socket inode in
 * /proc/net/tcp{,6}, found among each process's open files).
 */
function holderOf(serverPort: number, clientPort: number, pids: number[]): number | undefined {
  const port = (address: string | undefined) => Number.parseInt(address?.split(':').pop() ?? '', 16);
  const inodes = new Set<string>();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    for (const line of readFileSync(table, 'utf8').trim().split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/);
      if (port(fields[1]) === serverPort && port(fields[2]) === clientPort) inodes.add(fields[9] as string);
    }
  }
  const holds = (pid: number) =>
    readdirSync(`/proc/${pid}/fd`).some((fd) => {
      try {
        return inodes.has(/^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`))?.[1] ?? '');
      } catch {
        return false; // closed meanwhile
      }
    });
  return pids.find(holds);
}

describe('cluster mode', () => {
  it('runs one gateway per worker on one port, both serving, replaces a dead worker and stops all on SIGTERM', async () => {
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

    // Both workers serve: six connections at once, kept open, are shared out between them, and each
    // answers on its connection.
    const agent = new Agent({ keepAlive: true, maxSockets: 6 });
    const askOnConnection = () =>
      new Promise<{ typename: string; clientPort: number }>((resolve, reject) => {
        const req = request(
          {
            host: '127.0.0.1',
            port,
            path: '/',
            method: 'POST',
            agent,
            headers: { 'content-type': 'application/json' },
          },
          (res) => {
            const clientPort = res.socket.localPort as number;
            let body = '';
            res.on('data', (chunk) => {
              body += chunk;
            });
            res.on('end', () => resolve({ typename: JSON.parse(body).data.__typename, clientPort }));
          },
        );
        req.on('error', reject);
        req.end(JSON.stringify({ query: '{ __typename }' }));
      });
    const answers = await Promise.all(Array.from({ length: 6 }, askOnConnection));
    expect(answers.map((answer) => answer.typename)).toEqual(Array(6).fill('Query'));
    expect(new Set(answers.map((answer) => answer.clientPort)).size).toBe(6);
    const holders = answers.map((answer) => holderOf(port, answer.clientPort, workerPids));
    expect(holders).not.toContain(undefined);
    expect(new Set(holders)).toEqual(new Set(workerPids));
    agent.destroy();

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
  }, 120_000);
});
