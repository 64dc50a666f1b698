import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSubgraphAgents, createSubgraphFetcher } from '../src/subgraph-fetcher.ts';

// A stand-in subgraph that records what reaches it and answers after 50 ms, so that requests sent
// together are in flight together.
const received: { authorization: string | undefined; body: string }[] = [];
let status = 200;
let server: Server;
let url: string;
const agents = createSubgraphAgents();

beforeAll(async () => {
  server = createServer(async (req: IncomingMessage, res) => {
    let body = '';
    for await (const chunk of req) body += chunk;
    received.push({ authorization: req.headers.authorization, body });
    setTimeout(() => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ data: { seen: received.length, authorization: req.headers.authorization ?? null } }));
    }, 50);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
afterAll(async () => {
  agents.destroy();
  await new Promise((resolve) => server.close(resolve));
});
beforeEach(() => {
  received.length = 0;
  status = 200;
});

const init = (query: string, authorization = 'Bearer a') => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', authorization },
  body: JSON.stringify({ query, variables: {} }),
});
const read = 'query Dashboard__projects__0{projects(first:20){totalCount}}';

describe('the subgraph fetcher', () => {
  it('sends one request for identical reads in flight together and gives each caller its own copy', async () => {
    const fetcher = createSubgraphFetcher(agents);
    const responses = await Promise.all(Array.from({ length: 6 }, () => fetcher(url, init(read))));
    expect(received).toHaveLength(1);
    const bodies = await Promise.all(responses.map((response) => response.json()));
    expect(new Set(bodies).size).toBe(6);
    for (const body of bodies) expect(body).toEqual({ data: { seen: 1, authorization: 'Bearer a' } });
    expect(responses.every((response) => response.headers.get('content-type') === 'application/json')).toBe(true);
  });

  it('shares entity fetches and anonymous reads too', async () => {
    const fetcher = createSubgraphFetcher(agents);
    const entities = 'query($representations:[_Any!]!){_entities(representations:$representations){__typename}}';
    await Promise.all([fetcher(url, init(entities)), fetcher(url, init(entities)), fetcher(url, init('{a}'))]);
    await fetcher(url, init('{a}'));
    expect(received).toHaveLength(3);
  });

  it('never shares an answer between different tokens', async () => {
    const fetcher = createSubgraphFetcher(agents);
    const [first, second] = await Promise.all([
      fetcher(url, init(read, 'Bearer a')),
      fetcher(url, init(read, 'Bearer b')),
    ]);
    expect(received.map((r) => r.authorization).sort()).toEqual(['Bearer a', 'Bearer b']);
    if (!first || !second) throw new Error('two responses expected');
    expect((await first.json()).data.authorization).toBe('Bearer a');
    expect((await second.json()).data.authorization).toBe('Bearer b');
  });

  it('refuses a read whose caller has already gone away, and leaves no unhandled rejection behind', async () => {
    const unhandled: unknown[] = [];
    const record = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', record);
    try {
      const fetcher = createSubgraphFetcher(agents);
      const gone = new AbortController();
      gone.abort(new DOMException('client went away', 'AbortError'));
      await expect(fetcher(url, { ...init(read), signal: gone.signal })).rejects.toThrow('client went away');
      // The shared fetch it started is aborted too; its rejection must be taken by someone.
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', record);
    }
  });

  it('sends every mutation, and every read when sharing is off', async () => {
    const sharing = createSubgraphFetcher(agents);
    const mutation = 'mutation Update__projects__0{updateProject(input:{}){id}}';
    await Promise.all([sharing(url, init(mutation)), sharing(url, init(mutation)), sharing(url, init(mutation))]);
    expect(received).toHaveLength(3);
    const plain = createSubgraphFetcher(agents, { deduplicateReads: false });
    await Promise.all([plain(url, init(read)), plain(url, init(read)), plain(url, init(read))]);
    expect(received).toHaveLength(6);
  });

  it('keeps nothing once the answer is in: a later identical read is sent again', async () => {
    const fetcher = createSubgraphFetcher(agents);
    await fetcher(url, init(read));
    const again = await (await fetcher(url, init(read))).json();
    expect(received).toHaveLength(2);
    expect(again.data.seen).toBe(2);
  });

  it('hands an error status to every caller that shared the request', async () => {
    status = 503;
    const fetcher = createSubgraphFetcher(agents);
    const responses = await Promise.all([fetcher(url, init(read)), fetcher(url, init(read))]);
    expect(received).toHaveLength(1);
    expect(responses.map((response) => response.status)).toEqual([503, 503]);
  });

  it('sends a read once more when its connection breaks, but never a mutation', async () => {
    // A subgraph that drops the first connection of each pair without answering.
    let dropped = 0;
    const flaky = createServer((req, res) => {
      if (dropped++ % 2 === 0) {
        req.socket.destroy();
        return;
      }
      req.resume();
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"data":{"ok":true}}');
    });
    await new Promise<void>((resolve) => flaky.listen(0, '127.0.0.1', resolve));
    const flakyUrl = `http://127.0.0.1:${(flaky.address() as AddressInfo).port}/graphql`;
    try {
      const fetcher = createSubgraphFetcher(agents, { deduplicateReads: false });
      const read = await fetcher(flakyUrl, init('{a}'));
      expect(await read.json()).toEqual({ data: { ok: true } });
      expect(dropped).toBe(2);
      await expect(fetcher(flakyUrl, init('mutation{b}'))).rejects.toThrow(/socket hang up|ECONNRESET/);
      expect(dropped).toBe(3);
    } finally {
      flaky.closeAllConnections();
      await new Promise((resolve) => flaky.close(resolve));
    }
  });

  it('passes a connection failure to every caller that shared the request, then tries again', async () => {
    const fetcher = createSubgraphFetcher(agents);
    const closed = 'http://127.0.0.1:9/graphql';
    const results = await Promise.allSettled([fetcher(closed, init(read)), fetcher(closed, init(read))]);
    expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected']);
    expect((await fetcher(url, init(read))).status).toBe(200);
  });
});
