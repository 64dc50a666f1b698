import type { ColumnType, Generated } from 'kysely';

/**
 * The bookkeeping columns of every mutable table: a version for optimistic locking and the times
 * of creation and last change. The database fills in the times; a mutation that changes a row sets
 * its next version (see dikom-membership.ts).
 */
export interface AuditColumns {
  version: Generated<number>;
  created_at: ColumnType<Date, never, never>;
  updated_at: ColumnType<Date, never, Date>;
}
