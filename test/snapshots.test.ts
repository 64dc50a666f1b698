import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestIssuer, type TestIssuer } from '@kaz/auth/testing';
import { municipalitiesSubgraph } from '@kaz/municipalities';
import { startSubgraph } from '@kaz/subgraph-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningHub, startHub } from '../scripts/hub.ts';
import { repositoryRoot, snapshotFiles, snapshotKey } from '../scripts/snapshots.ts';
import { hubSubgraphs } from '../scripts/subgraphs.ts';

// `pnpm start` loads each in-memory database from a migrated and seeded snapshot; a snapshot must
// never change what the hub serves, and a stale or broken one must fall back to a full migration.

const names = hubSubgraphs.map(({ definition }) => definition.name);
const operationsDir = new URL('../schema/operations/', import.meta.url);
const operations = readdirSync(operationsDir)
  .filter((file) => file.endsWith('.graphql'))
  .sort()
  .map((file) => readFileSync(new URL(file, operationsDir), 'utf8'));

let directory: string;
let issuer: TestIssuer;

beforeAll(async () => {
  directory = mkdtempSync(join(tmpdir(), 'kaz-snapshot-test-'));
  issuer = await createTestIssuer();
});

afterAll(() => {
  rmSync(directory, { recursive: true, force: true });
});

/** Starts the hub on in-memory databases with the given snapshot files, recording each subgraph's statements. */
async function hubWith(snapshots: Record<string, string>) {
  const statements: Record<string, string[]> = {};
  const databases = Object.fromEntries(
    names.map((name) => {
      statements[name] = [];
      return [name, { onQuery: (sql: string) => statements[name]?.push(sql) }];
    }),
  );
  const hub = await startHub({ auth: issuer.auth, port: 0, databases, snapshots });
  return { hub, statements };
}

async function answers(hub: RunningHub): Promise<unknown[]> {
  const token = await issuer.sign({ org: 'kaz', scopes: ['projects:write', 'contracts:write', 'security:read'] });
  const results: unknown[] = [];
  for (const query of operations) {
    const response = await fetch(hub.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query }),
    });
    results.push(await response.json());
  }
  return results;
}

const inserts = (statements: string[]) => statements.filter((sql) => /^\s*insert\b/i.test(sql)).length;

describe('a hub started from snapshots', () => {
  it('answers every example operation exactly as the hub migrated and seeded from scratch', {
    timeout: 300_000,
  }, async () => {
    const files = snapshotFiles(directory, names, { sampleData: true, seed: true });
    const cold = await hubWith(files);
    let coldAnswers: unknown[];
    try {
      coldAnswers = await answers(cold.hub);
    } finally {
      await cold.hub.stop();
    }
    for (const name of names) {
      expect(inserts(cold.statements[name] ?? []), `${name} seeded`).toBeGreaterThan(0);
      expect(existsSync(files[name] as string), `${name} snapshot written`).toBe(true);
    }

    const warm = await hubWith(files);
    try {
      for (const name of names) expect(inserts(warm.statements[name] ?? []), `${name} not seeded again`).toBe(0);
      expect(await answers(warm.hub)).toEqual(coldAnswers);
      for (const [name, subgraph] of Object.entries(warm.hub.subgraphs)) {
        const response = await fetch(new URL('/health/ready', subgraph.url));
        expect(response.status, name).toBe(200);
        expect(await response.json(), name).toEqual({ status: 'ready', database: 'ok', migrations: 'current' });
      }
    } finally {
      await warm.hub.stop();
    }
  });
});

describe('a snapshot that cannot be used', () => {
  const start = async (snapshot: string) => {
    const statements: string[] = [];
    const subgraph = await startSubgraph(municipalitiesSubgraph, {
      auth: issuer.auth,
      port: 0,
      database: { onQuery: (sql) => statements.push(sql) },
      snapshot,
    });
    const response = await fetch(subgraph.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ municipality(ags: "12054000") { name } }' }),
    });
    const body = await response.json();
    await subgraph.stop();
    return { statements, body };
  };

  it('under another key (a different sample-data flag or salt) is not loaded: a full migration writes its own', {
    timeout: 120_000,
  }, async () => {
    const current = snapshotFiles(directory, ['municipalities'], { sampleData: true, seed: true });
    const stale = current.municipalities as string;
    if (!existsSync(stale)) writeFileSync(stale, 'a snapshot under the old key');
    const other = snapshotFiles(directory, ['municipalities'], { sampleData: true, seed: true, salt: 'changed' });
    expect(other.municipalities).not.toBe(stale);
    const { statements, body } = await start(other.municipalities as string);
    expect(inserts(statements)).toBeGreaterThan(0);
    expect(body).toEqual({ data: { municipality: { name: 'Potsdam, Stadt' } } });
    expect(existsSync(other.municipalities as string)).toBe(true);
    expect(existsSync(stale), 'the old key’s snapshot is deleted').toBe(false);
  });

  it('that is broken falls back to a full migration and is replaced by a good one', { timeout: 120_000 }, async () => {
    const file = join(directory, 'broken', 'municipalities-0000000000000000.tar');
    mkdirSync(join(directory, 'broken'), { recursive: true });
    writeFileSync(file, 'not a tarball');
    const first = await start(file);
    expect(inserts(first.statements)).toBeGreaterThan(0);
    expect(first.body).toEqual({ data: { municipality: { name: 'Potsdam, Stadt' } } });
    expect(statSync(file).size).toBeGreaterThan(1_000_000);
    const second = await start(file);
    expect(inserts(second.statements)).toBe(0);
    expect(second.body).toEqual(first.body);
  });
});

describe('the snapshot key', () => {
  it('changes when a migration changes, and is the same for the same files', () => {
    const root = mkdtempSync(join(tmpdir(), 'kaz-snapshot-key-'));
    try {
      symlinkSync(join(repositoryRoot, 'packages'), join(root, 'packages'));
      cpSync(join(repositoryRoot, 'subgraphs', 'municipalities'), join(root, 'subgraphs', 'municipalities'), {
        recursive: true,
        filter: (source) => !source.includes('node_modules'),
      });
      const options = { sampleData: true, seed: true };
      const before = snapshotKey('municipalities', { ...options, root });
      expect(before).toBe(snapshotKey('municipalities', options));
      expect(snapshotKey('municipalities', { ...options, root, sampleData: false })).not.toBe(before);
      const migrations = join(root, 'subgraphs', 'municipalities', 'migrations');
      const migration = readdirSync(migrations).find((file) => /^\d{4}_/.test(file)) as string;
      appendFileSync(join(migrations, migration), '\n// touched\n');
      expect(snapshotKey('municipalities', { ...options, root })).not.toBe(before);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
