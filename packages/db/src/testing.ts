import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { DatabaseConfig } from './database.ts';

/**
 * A database configuration for one test file: a brand-new PostgreSQL database on the server named
 * by `TEST_DATABASE_URL` when that variable is set, otherwise a fresh in-memory PGlite.
 * `options.template` (PostgreSQL only) names a database to copy, e.g. one made by
 * `ensureTemplateDatabase`. Call `drop()` after closing every handle on it.
 */
export async function createTestDatabase(
  label: string,
  options: { template?: string | undefined } = {},
): Promise<{ config: DatabaseConfig; drop(): Promise<void> }> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) return { config: {}, drop: async () => {} };

  const name = `kaz_test_${label.replace(/[^a-z0-9]/gi, '_').toLowerCase()}_${randomBytes(4).toString('hex')}`;
  await adminQuery(serverUrl, `create database "${name}"${options.template ? ` template "${options.template}"` : ''}`);
  return {
    config: { url: databaseUrl(serverUrl, name), poolSize: 4 },
    drop: () => adminQuery(serverUrl, `drop database if exists "${name}" with (force)`),
  };
}

/** The URL of the database `name` on the server of `serverUrl`. */
export function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * Makes sure the database `name` exists on the server of `serverUrl`, built by `build(url)` when it
 * does not: into `<name>_building` first, renamed when the build succeeded, so that a database of that
 * name is always complete. Test files running at the same time wait for one build (an advisory lock);
 * other databases whose names start with `stalePrefix` are dropped when nobody uses them (earlier
 * templates, e.g. of older migrations). Returns `name`.
 */
export async function ensureTemplateDatabase(
  serverUrl: string,
  name: string,
  stalePrefix: string,
  build: (url: string) => Promise<void>,
): Promise<string> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock(hashtext($1))', [stalePrefix]);
    const existing = await client.query<{ datname: string }>('select datname from pg_database where datname like $1', [
      `${stalePrefix.replace(/_/g, '\\_')}%`,
    ]);
    const names = existing.rows.map((row) => row.datname);
    for (const stale of names.filter((other) => other !== name)) {
      // Another run may still be copying it; then it stays until a later run.
      await client.query(`drop database if exists "${stale}"`).catch(() => undefined);
    }
    if (!names.includes(name)) {
      const building = `${name}_building`;
      await client.query(`create database "${building}"`);
      try {
        await build(databaseUrl(serverUrl, building));
      } catch (error) {
        await client.query(`drop database if exists "${building}" with (force)`);
        throw error;
      }
      await client.query(`alter database "${building}" rename to "${name}"`);
    }
    return name;
  } finally {
    await client.end();
  }
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
