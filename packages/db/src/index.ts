export { type AuditDatabase, type AuditLogTable, auditMigrations, writeAuditEntry } from './audit.ts';
export {
  type ConnectionCounts,
  type DatabaseConfig,
  type DatabaseHandle,
  openDatabase,
  type StatementTiming,
} from './database.ts';
export { migrateToLatest, pendingMigrations } from './migrate.ts';
export type { EmbeddedClient } from './pglite-dialect.ts';
export { PGliteWorkerHost } from './pglite-worker.ts';
export { grantServiceRole, roleOfUrl } from './roles.ts';
