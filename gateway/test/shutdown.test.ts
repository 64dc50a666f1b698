import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createTestIssuer } from '@kaz/auth/testing';
import { describe, expect, it } from 'vitest';
import { createGateway } from '../src/gateway.ts';

const supergraphSdl = readFileSync(new URL('../../schema/supergraph.graphql', import.meta.url), 'utf8');
const { auth } = await createTestIssuer();

describe('graceful shutdown', () => {
  it('reports stopping at once, finishes the request in flight and then refuses new ones', async () => {
    // A stand-in security subgraph that takes 600 ms for every answer.
    const slow = createServer((req, res) => {
      req.resume();
      setTimeout(() => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ data: { incidentTotals: { open: 3, resolved: 4 } } }));
      }, 600);
    });
    await new Promise<void>((resolve) => slow.listen(0, '127.0.0.1', resolve));
    const gateway = await createGateway({
      auth,
      supergraphSdl,
      port: 0,
      graphiql: false,
      subgraphUrls: { security: `http://127.0.0.1:${(slow.address() as AddressInfo).port}/graphql` },
    });
    const ask = () =>
      fetch(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ incidentTotals { open resolved } }' }),
      });
    try {
      expect((await fetch(new URL('/health/live', gateway.url))).status).toBe(200);
      const inFlight = ask();
      await new Promise((resolve) => setTimeout(resolve, 150));
      const stopped = gateway.stop({ delayMs: 200 });
      const ready = await fetch(new URL('/health/ready', gateway.url));
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual({ status: 'stopping' });

      const answer = await inFlight;
      expect(answer.status).toBe(200);
      expect(await answer.json()).toEqual({ data: { incidentTotals: { open: 3, resolved: 4 } } });
      await stopped;
      await expect(ask()).rejects.toThrow();
    } finally {
      slow.closeAllConnections();
      await new Promise((resolve) => slow.close(resolve));
    }
  });
});
