import type { ColumnType, Generated } from 'kysely';

/**
 * The bookkeeping columns of every mutable table: a version for optimistic locking and the times
 * of creation and last change. The database fills them in; the audited mutations of a later issue
 * bump them.
 */
export interface AuditColumns {
  version: Generated<number>;
  created_at: ColumnType<Date, never, never>;
  updated_at: ColumnType<Date, never, Date>;
}
