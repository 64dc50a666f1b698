/**
 * On a closed network: no view of the cockpit loads anything from off loopback (fonts, map data,
 * scripts, the graph), and in trusted-documents mode every request to the graph is a registered
 * operation the gateway knows by its hash (never PERSISTED_QUERY_NOT_IN_MANIFEST, never a text it
 * would have to be sent).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type CockpitHub,
  launchChromium,
  loopbackContext,
  signIn,
  startCockpitHub,
  trustedDocuments,
} from './support.ts';
import { openView, PRINCIPALS, trackRequests, VIEW_ROUTES, viewSettled } from './views.ts';

let hub: CockpitHub;
let browser: Browser;

beforeAll(async () => {
  [hub, browser] = await Promise.all([startCockpitHub(), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await hub?.stop();
});

interface GraphExchange {
  operationName: string;
  hash: string | undefined;
  sentText: boolean;
  status: number;
  codes: string[];
}

describe('loopback only, trusted documents only', () => {
  it.each(PRINCIPALS)(
    'loads every view as %s from loopback, with registered operations only',
    { timeout: 180_000 },
    async (principal) => {
      const manifest = trustedDocuments();
      const { context, offLoopback } = await loopbackContext(browser);
      const page = await context.newPage();
      const pending = trackRequests(page);
      const exchanges: Promise<GraphExchange>[] = [];
      page.on('response', (response) => {
        const request = response.request();
        if (request.method() !== 'POST' || !new URL(request.url()).pathname.endsWith('/graphql')) return;
        exchanges.push(
          (async () => {
            const sent = request.postDataJSON() as {
              operationName: string;
              query?: string;
              extensions?: { persistedQuery?: { sha256Hash?: string } };
            };
            const body = (await response.json().catch(() => ({}))) as { errors?: { extensions?: { code?: string } }[] };
            return {
              operationName: sent.operationName,
              hash: sent.extensions?.persistedQuery?.sha256Hash,
              sentText: sent.query !== undefined,
              status: response.status(),
              codes: (body.errors ?? []).map((e) => e.extensions?.code ?? ''),
            };
          })(),
        );
      });
      await signIn(page, hub, principal);
      await viewSettled(page, pending);
      for (const hash of VIEW_ROUTES) await openView(page, hub, hash, pending);

      expect(offLoopback).toEqual([]);
      const answered = await Promise.all(exchanges);
      expect(answered.length).toBeGreaterThan(0);
      for (const exchange of answered) {
        expect(exchange.hash && manifest[exchange.hash], exchange.operationName).toBeTruthy();
        expect(exchange).toMatchObject({ sentText: false, status: 200 });
        expect(exchange.codes).not.toContain('PERSISTED_QUERY_NOT_IN_MANIFEST');
        expect(exchange.codes).not.toContain('PERSISTED_QUERY_NOT_FOUND');
      }
      await context.close();
    },
  );
});
