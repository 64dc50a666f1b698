import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';

// The real entry point of a subgraph (subgraphs/municipalities/src/main.ts → runSubgraphMain), in its
// own process as an operator starts it, with an OTLP/HTTP receiver on loopback standing in for the
// collector.

const municipalitiesDir = new URL('../../../subgraphs/municipalities/', import.meta.url).pathname;
let child: ChildProcess | undefined;
let receiver: Server | undefined;

afterAll(async () => {
  child?.kill('SIGKILL');
  await new Promise((resolve) => (receiver ? receiver.close(resolve) : resolve(undefined)));
});

/** An OTLP/HTTP (JSON) trace receiver; `bodies` are the export requests it got. */
async function startReceiver(): Promise<{ url: string; bodies: any[]; server: Server }> {
  const bodies: any[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => {
      if (req.url === '/v1/traces') bodies.push(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, bodies, server };
}

describe('a subgraph process', () => {
  it('logs JSON, exports its spans over OTLP with the caller as parent, and stops cleanly on SIGTERM', async () => {
    const otlp = await startReceiver();
    receiver = otlp.server;
    const { DATABASE_URL: _url, DATA_DIR: _dir, ...env } = process.env;
    child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: municipalitiesDir,
      env: {
        ...env,
        PORT: '0',
        HOST: '127.0.0.1',
        LOG_LEVEL: 'info',
        OTEL_EXPORTER_OTLP_ENDPOINT: otlp.url,
        DEV_ISSUER_DIR: join(mkdtempSync(join(tmpdir(), 'kaz-subgraph-main-')), 'issuer'),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const stdout: string[] = [];
    const stderr: string[] = [];
    createInterface({ input: child.stderr as NodeJS.ReadableStream }).on('line', (line) => stderr.push(line));
    const url = await new Promise<string>((resolve, reject) => {
      createInterface({ input: child?.stdout as NodeJS.ReadableStream }).on('line', (line) => {
        stdout.push(line);
        const entry = JSON.parse(line);
        if (entry.url) resolve(entry.url);
      });
      child?.once('exit', (code) => reject(new Error(`exited with ${code}: ${stderr.join('\n')}`)));
    });

    const traceId = '0af7651916cd43dd8448eb211c80319c';
    const parentSpanId = 'b7ad6b7169203331';
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        traceparent: `00-${traceId}-${parentSpanId}-01`,
        'x-request-id': 'main-test-1',
      },
      body: JSON.stringify({ query: 'query Potsdam { municipality(ags: "12054000") { name } }' }),
    });
    expect(await response.json()).toEqual({ data: { municipality: { name: 'Potsdam, Stadt' } } });
    expect((await fetch(new URL('/health/ready', url))).status).toBe(200);

    const exited = new Promise<number | null>((resolve) => child?.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);

    // Every line on stdout is one JSON object of this service.
    const entries = stdout.map((line) => JSON.parse(line));
    for (const entry of entries) expect(entry).toMatchObject({ service: 'municipalities', level: expect.any(String) });
    expect(entries).toContainEqual(
      expect.objectContaining({
        msg: 'graphql request',
        requestId: 'main-test-1',
        operation: 'Potsdam',
        outcome: 'success',
      }),
    );
    expect(entries.at(-1)).toMatchObject({ msg: 'stopped' });

    // The spans were flushed on SIGTERM.
    const resourceSpans = otlp.bodies.flatMap((body) => body.resourceSpans);
    const spans = resourceSpans.flatMap((resource: any) =>
      resource.scopeSpans.flatMap((scope: any) =>
        scope.spans.map((span: any) => ({ ...span, resource: resource.resource })),
      ),
    );
    const span = spans.find((candidate: any) => candidate.name === 'subgraph municipalities');
    expect(span).toMatchObject({ traceId, parentSpanId });
    expect(span.resource.attributes).toContainEqual({
      key: 'service.name',
      value: { stringValue: 'kaz-municipalities' },
    });
  });
});
