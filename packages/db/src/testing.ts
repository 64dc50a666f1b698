import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { DatabaseConfig } from './database.ts';

/**
 * A database configuration for one test file: a brand-new PostgreSQL database on the server named
 * by `TEST_DATABASE_URL` when that variable is set, otherwise a fresh in-memory PGlite.
 * Call `drop()` after closing every handle on it.
 */
export async function createTestDatabase(label: string): Promise<{ config: DatabaseConfig; drop(): Promise<void> }> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) return { config: {}, drop: async () => {} };

  const name = `kaz_test_${label.replace(/[^a-z0-9]/gi, '_').toLowerCase()}_${randomBytes(4).toString('hex')}`;
  await adminQuery(serverUrl, `create database "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    config: { url: url.toString(), poolSize: 4 },
    drop: () => adminQuery(serverUrl, `drop database if exists "${name}" with (force)`),
  };
}

/** Runs one statement on the server of `serverUrl` on a connection of its own (roles, databases). */
export async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
