import { migrateToLatest } from '@kaz/db';
import { municipalitiesSubgraph } from '@kaz/municipalities';
import type { Kysely } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { type OpsSubgraph, POTSDAM, startOpsSubgraph, UNREACHABLE_DATABASE } from './support.ts';

let subgraph: OpsSubgraph | undefined;

afterEach(async () => {
  await subgraph?.stop();
  subgraph = undefined;
});

// A migration a newer release would bring; nothing runs it unless the test does.
const NEXT_MIGRATION = '2099_12_31_000000_add_district_codes';
const nextRelease = {
  ...municipalitiesSubgraph,
  migrations: { ...municipalitiesSubgraph.migrations, [NEXT_MIGRATION]: { up: async () => {} } },
};

describe('health endpoints of a subgraph', () => {
  it('is live and ready when its database answers and has every migration', async () => {
    subgraph = await startOpsSubgraph();
    const live = await subgraph.get('/health/live');
    expect(live.status).toBe(200);
    expect(await live.json()).toEqual({ status: 'live' });
    const ready = await subgraph.get('/health/ready');
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', database: 'ok', migrations: 'current' });
  });

  it('is not ready while a migration of its definition is missing, and becomes ready once it is applied', async () => {
    // Served without migrating (MIGRATE=false): the migrations are a separate deployment step.
    subgraph = await startOpsSubgraph({ definition: nextRelease, migrate: false });
    const db = subgraph.db as Kysely<unknown>;
    const before = await subgraph.get('/health/ready');
    expect(before.status).toBe(503);
    expect(await before.json()).toEqual({
      status: 'not ready',
      database: 'ok',
      migrations: `pending: ${[...Object.keys(municipalitiesSubgraph.migrations).sort(), NEXT_MIGRATION].join(', ')}`,
    });

    // The current release's migrations are applied; the newer one is still missing.
    await migrateToLatest(db, municipalitiesSubgraph.migrations);
    const oneMissing = await subgraph.get('/health/ready');
    expect(oneMissing.status).toBe(503);
    expect(await oneMissing.json()).toEqual({
      status: 'not ready',
      database: 'ok',
      migrations: `pending: ${NEXT_MIGRATION}`,
    });

    await migrateToLatest(db, nextRelease.migrations);
    const after = await subgraph.get('/health/ready');
    expect(after.status).toBe(200);
    expect(await after.json()).toEqual({ status: 'ready', database: 'ok', migrations: 'current' });
  });

  it('is live but not ready when its database does not answer, and masks the failure of a query', async () => {
    subgraph = await startOpsSubgraph({ database: UNREACHABLE_DATABASE, migrate: false });
    expect((await subgraph.get('/health/live')).status).toBe(200);
    const ready = await subgraph.get('/health/ready');
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: 'not ready', database: 'unreachable', migrations: 'unknown' });

    const response = await subgraph.post({ query: POTSDAM });
    const body = await response.json();
    expect(body.errors).toEqual([
      expect.objectContaining({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }),
    ]);
    expect(JSON.stringify(body)).not.toContain('ECONNREFUSED');
  });
});
