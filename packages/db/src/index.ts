export { openDatabase, type DatabaseConfig, type DatabaseHandle } from './database.ts';
export { migrateToLatest } from './migrate.ts';
