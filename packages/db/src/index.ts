export { type AuditDatabase, type AuditLogTable, auditMigrations, writeAuditEntry } from './audit.ts';
export { type DatabaseConfig, type DatabaseHandle, openDatabase } from './database.ts';
export { migrateToLatest } from './migrate.ts';
