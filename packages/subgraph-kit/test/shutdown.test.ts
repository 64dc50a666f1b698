import { type Kysely, sql } from 'kysely';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { type OpsSubgraph, POTSDAM, sampleValue, scrape, startOpsSubgraph } from './support.ts';

let subgraph: OpsSubgraph | undefined;

afterAll(async () => {
  await subgraph?.stop();
});

/**
 * Holds an exclusive lock on the municipality table in a transaction of the subgraph's own database
 * until `release()`: every request that reads the table waits (on PGlite already for the one
 * connection, on PostgreSQL for the lock).
 */
async function lockMunicipalities(db: Kysely<any>): Promise<{ release(): void; done: Promise<void> }> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  let locked!: () => void;
  const isLocked = new Promise<void>((resolve) => {
    locked = resolve;
  });
  const done = db.transaction().execute(async (trx) => {
    await sql`lock table municipality in access exclusive mode`.execute(trx);
    locked();
    await released;
  });
  await isLocked;
  return { release, done };
}

/** Resolves with the error code of a fetch that could not connect. */
async function connectionError(url: URL): Promise<string | undefined> {
  try {
    await fetch(url);
    return undefined;
  } catch (error) {
    return ((error as Error).cause as { code?: string } | undefined)?.code;
  }
}

describe('graceful shutdown of a subgraph', () => {
  it('turns not ready first, then refuses new connections, finishes the request in flight, then closes the database', async () => {
    subgraph = await startOpsSubgraph({ shutdownDelayMs: 2_500 });
    const running = subgraph;
    const lock = await lockMunicipalities(running.db);

    let settled = false;
    const inFlight = running.post({ query: POTSDAM }).finally(() => {
      settled = true;
    });
    // The request has arrived and waits for the database.
    await vi.waitFor(async () => {
      const samples = await scrape(running);
      expect(sampleValue(samples, 'kaz_subgraph_requests_in_flight', { subgraph: 'municipalities' })).toBe(1);
    });

    const stopped = running.stop();
    // During the shutdown delay the port is still open, so a load balancer can see the 503.
    const ready = await running.get('/health/ready');
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: 'stopping' });
    expect((await running.get('/health/live')).status).toBe(200);

    // Then the port closes while the request is still in flight.
    await vi.waitFor(
      async () => expect(await connectionError(new URL('/health/live', running.url))).toBe('ECONNREFUSED'),
      {
        timeout: 10_000,
        interval: 100,
      },
    );
    expect(settled).toBe(false);

    lock.release();
    await lock.done;
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      data: { municipality: { name: 'Potsdam, Stadt', population: expect.any(Number) } },
    });
    await stopped;
    await expect(sql`select 1`.execute(running.db)).rejects.toThrow();
  });
});
