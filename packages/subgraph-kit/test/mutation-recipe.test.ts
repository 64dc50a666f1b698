import type { Principal } from '@kaz/auth';
import { type AuditDatabase, auditMigrations, type DatabaseHandle, migrateToLatest, openDatabase } from '@kaz/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badUserInput, type PreparedWrite, runMutation, type WriteContext } from '../src/index.ts';

// The recipe of every mutation, on a real (in-memory) database with the shared audit log: access
// before validation, validation before the transaction, the field's name as the audited operation,
// and loaders cleared after a committed write only.

let handle: DatabaseHandle<AuditDatabase>;

beforeAll(async () => {
  handle = await openDatabase<AuditDatabase>();
  await migrateToLatest(handle.db as never, auditMigrations);
});

afterAll(async () => {
  await handle?.close();
});

const editor: Principal = { subject: 'editor', org: 'kaz', kind: 'organisation', scopes: new Set(['projects:write']) };

/** A context whose single loader counts how often it was cleared. */
function contextOf(principal: Principal | null) {
  const cleared = { count: 0 };
  const ctx: WriteContext<AuditDatabase> = {
    db: handle.db,
    principal,
    loaders: { rows: { clearAll: () => (cleared.count += 1) } },
  };
  return { ctx, cleared };
}

const write = (entityId: string): PreparedWrite<AuditDatabase, string> => ({
  entityType: 'Thing',
  entityId,
  work: async () => ({ before: null, after: { entityId }, result: `wrote ${entityId}` }),
});

async function auditEntries(entityId: string) {
  return handle.db.selectFrom('audit_log').selectAll().where('entity_id', '=', entityId).execute();
}

describe('runMutation', () => {
  it('writes once, audits the field name as the operation and clears the loaders afterwards', async () => {
    const { ctx, cleared } = contextOf(editor);
    const result = await runMutation(ctx, { fieldName: 'createThing' }, 'projects:write', () => write('T-1'));
    expect(result).toBe('wrote T-1');
    expect(cleared.count).toBe(1);
    expect(await auditEntries('T-1')).toMatchObject([
      { operation: 'createThing', entity_type: 'Thing', actor_org: 'kaz' },
    ]);
  });

  it('checks access before validation: no token is UNAUTHENTICATED even for invalid input', async () => {
    const { ctx, cleared } = contextOf(null);
    const refused = runMutation(ctx, { fieldName: 'createThing' }, 'projects:write', () => {
      throw badUserInput('input.title', 'must not be empty');
    });
    await expect(refused).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    expect(cleared.count).toBe(0);
  });

  it('maps an error of the work, writes nothing and keeps the loaders', async () => {
    const { ctx, cleared } = contextOf(editor);
    const conflict = new Error('mapped');
    const refused = runMutation(ctx, { fieldName: 'createThing' }, 'projects:write', () => ({
      ...write('T-2'),
      work: async () => {
        throw Object.assign(new Error('duplicate key'), { code: '23505', constraint: 'thing_pkey' });
      },
      mapError: (error) => ((error as { code?: string }).code === '23505' ? conflict : undefined),
    }));
    await expect(refused).rejects.toBe(conflict);
    expect(cleared.count).toBe(0);
    expect(await auditEntries('T-2')).toEqual([]);
  });
});
