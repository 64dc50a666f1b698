import type { Principal } from '@kaz/auth';
import { type AuditDatabase, writeAuditEntry } from '@kaz/db';
import type { Kysely, Transaction } from 'kysely';
import { clientError } from './errors.ts';

/** What an audited change is about. */
export interface Change {
  /** The mutation's name, e.g. `updateProject`. */
  operation: string;
  /** The GraphQL type of the entity, e.g. `Project`. */
  entityType: string;
  /** Its public key; may be left empty when the work assigns it and returns it as `entityId`. */
  entityId: string;
}

/** What the work of an audited change returns: the entity before and after, and the result. */
export interface ChangeOutcome<T> {
  before: unknown;
  after: unknown;
  result: T;
  /** The entity's key when it is only known after the work (an id assigned in the transaction). */
  entityId?: string | undefined;
}

/**
 * Runs `work` in one transaction and writes exactly one audit entry (who, when, which operation,
 * which entity, before and after) in the same transaction: a change is stored with its audit entry
 * or not at all. Any error in `work` rolls everything back and is rethrown.
 */
export async function audited<DB extends AuditDatabase, T>(
  db: Kysely<DB>,
  principal: Principal,
  change: Change,
  work: (trx: Transaction<DB>) => Promise<ChangeOutcome<T>>,
): Promise<T> {
  return db.transaction().execute(async (trx) => {
    const outcome = await work(trx);
    await writeAuditEntry(trx as unknown as Kysely<AuditDatabase>, {
      actor_subject: principal.subject,
      actor_org: principal.org,
      operation: change.operation,
      entity_type: change.entityType,
      entity_id: outcome.entityId ?? change.entityId,
      before: outcome.before,
      after: outcome.after,
    });
    return outcome.result;
  });
}

/**
 * Checks the version a client last saw against the stored one (optimistic locking): NOT_FOUND when
 * there is no row, CONFLICT when someone else changed it since. Read the row with `forUpdate()` in
 * the same transaction, so that two writers cannot both pass this check.
 */
export function expectVersion<Row extends { version: number }>(
  row: Row | undefined,
  expectedVersion: number,
  what: string,
): Row {
  if (!row) throw clientError('NOT_FOUND', `${what} does not exist`);
  if (row.version !== expectedVersion) {
    throw clientError(
      'CONFLICT',
      `${what} was changed by someone else (version ${row.version}, you sent ${expectedVersion}); reload it and try again`,
      { currentVersion: row.version },
    );
  }
  return row;
}
