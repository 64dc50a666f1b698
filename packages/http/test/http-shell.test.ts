import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { bodyErrorHandler, createHttpApp, healthRoutes, listen, serverUrl } from '../src/index.ts';

const servers: { close(): void }[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.close();
});

/** An app with the health routes, a JSON route behind `limit` and the body-error handler, listening. */
async function serve(options: { explain?: boolean; stopping?: boolean; ready?: boolean } = {}) {
  const { app, httpServer } = createHttpApp({ etag: false });
  const logged: unknown[] = [];
  app.use(
    healthRoutes({
      stopping: () => options.stopping ?? false,
      readiness: async () =>
        options.ready === false
          ? { httpStatus: 503, body: { status: 'not ready', database: 'unreachable' } }
          : { httpStatus: 200, body: { status: 'ready' } },
    }),
  );
  app.post('/', express.json({ limit: '10b' }), (_req, res) => {
    res.json({ ok: true });
  });
  app.get('/boom', () => {
    throw new Error('boom');
  });
  const explain = options.explain ? { server: 'the gateway', limit: '10 B' } : undefined;
  app.use(bodyErrorHandler({ logger: { error: (details) => logged.push(details) }, explain }));
  servers.push(httpServer);
  const url = await listen(httpServer, { port: 0 }, '/');
  return { url, logged };
}

const post = (url: string, body: string) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

describe('the HTTP shell', () => {
  it('listens on 127.0.0.1 by default and names its URL with the path', async () => {
    const { url } = await serve();
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(serverUrl({ address: '::', family: 'IPv6', port: 80 } as AddressInfo, '/graphql')).toBe(
      'http://localhost:80/graphql',
    );
    expect(serverUrl({ address: '::1', family: 'IPv6', port: 80 } as AddressInfo, '/')).toBe('http://[::1]:80/');
  });

  it('answers the health routes, and 503 stopping once the server stops', async () => {
    const { url } = await serve({ ready: false });
    expect(await (await fetch(new URL('/health/live', url))).json()).toEqual({ status: 'live' });
    const ready = await fetch(new URL('/health/ready', url));
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: 'not ready', database: 'unreachable' });
    const stopping = await serve({ stopping: true });
    const answer = await fetch(new URL('/health/ready', stopping.url));
    expect(answer.status).toBe(503);
    expect(await answer.json()).toEqual({ status: 'stopping' });
  });

  it('answers an unreadable body with its status and BAD_REQUEST, and says which read failed when told to', async () => {
    const plain = await serve();
    const tooLarge = await post(plain.url, '{"a":"0123456789"}');
    expect(tooLarge.status).toBe(413);
    expect(await tooLarge.json()).toEqual({
      errors: [{ message: 'The request body could not be read.', extensions: { code: 'BAD_REQUEST' } }],
    });
    const explaining = await serve({ explain: true });
    const large = await post(explaining.url, '{"a":"0123456789"}');
    expect(large.status).toBe(413);
    expect(await large.json()).toEqual({
      errors: [
        {
          message: 'The request body is larger than the gateway accepts (10 B).',
          extensions: { code: 'PAYLOAD_TOO_LARGE' },
        },
      ],
    });
    const broken = await post(explaining.url, '{');
    expect(broken.status).toBe(400);
    expect((await broken.json()).errors[0]).toEqual({
      message: 'The request body is not valid JSON.',
      extensions: { code: 'BAD_REQUEST' },
    });
  });

  it('logs any other error and answers it 500 without details', async () => {
    const { url, logged } = await serve();
    const response = await fetch(new URL('/boom', url));
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({
      errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
    });
    expect(logged).toHaveLength(1);
  });
});
