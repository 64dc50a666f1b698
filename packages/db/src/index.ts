export { type DatabaseConfig, type DatabaseHandle, openDatabase } from './database.ts';
export { migrateToLatest } from './migrate.ts';
