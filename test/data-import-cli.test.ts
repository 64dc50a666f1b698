import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createTestIssuer, type TestIssuer } from '@kaz/auth/testing';
import { openDatabase } from '@kaz/db';
import { projectsSubgraph } from '@kaz/projects';
import { migrateSubgraph } from '@kaz/subgraph-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// `pnpm data:import` and `pnpm data:export` as an operator runs them: child processes on a migrated
// PGlite data directory, tokens verified against the test issuer's JWKS served on loopback (AUTH_*).

const repositoryRoot = new URL('../', import.meta.url).pathname;
const execFileAsync = promisify(execFile);

const HEADER =
  'id,title,summary,kind,phase,leadMinistryId,startDate,endDate,municipalityArs,ozgServiceIds,processesPersonalData,dpiaStatus,dpiaCompletedOn';
const ROWS = [
  'KAZ-2031-01,Digitaler Bauantrag,Einführung des digitalen Bauantrags.,OZG_IMPLEMENTATION,IN_PROGRESS,mil,2026-01-15,2027-12-31,120510000000;120540000000,10000,true,COMPLETED,2026-03-02',
  'KAZ-2031-02,Gemeinsames Rechenzentrum,Ein Rechenzentrum für die Kommunen.,INFRASTRUCTURE,PLANNED,mdjd,2026-04-01,,120540000000,,false,NOT_REQUIRED,',
];
const WRITER = { org: 'kaz', scopes: ['projects:write'], subject: 'anna.schmidt' } as const;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

describe('pnpm data:import and data:export (child processes)', () => {
  const directory = mkdtempSync(join(tmpdir(), 'kaz-data-import-'));
  const dataDir = join(directory, 'pgdata');
  let issuer: TestIssuer;
  let jwks: Server;
  let env: NodeJS.ProcessEnv;

  const run = async (...argv: string[]): Promise<Run> => {
    try {
      const { stdout, stderr } = await execFileAsync('pnpm', ['-s', ...argv], { cwd: repositoryRoot, env });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
    }
  };
  const file = (name: string, lines: readonly string[]) => {
    const path = join(directory, name);
    // CRLF, as RFC 4180 and the export write it: the round trip is compared byte for byte.
    writeFileSync(path, `${lines.join('\r\n')}\r\n`);
    return path;
  };
  const stored = async () => {
    const handle = await openDatabase<any>({ dataDir: join(dataDir, 'projects') });
    try {
      const projects = await handle.db
        .selectFrom('project')
        .select(['id', 'title', 'phase'])
        .where('id', 'like', 'KAZ-2031-%')
        .orderBy('id')
        .execute();
      const audit = await handle.db
        .selectFrom('audit_log')
        .select(['actor_subject', 'actor_org', 'operation', 'entity_id'])
        .where('operation', '=', 'dataImport')
        .orderBy('id')
        .execute();
      return { projects, audit };
    } finally {
      await handle.close();
    }
  };

  beforeAll(async () => {
    issuer = await createTestIssuer();
    jwks = createServer((_request, response) => {
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify(issuer.auth.jwks));
    });
    await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
    const { port } = jwks.address() as AddressInfo;
    env = {
      ...process.env,
      DATA_DIR: dataDir,
      AUTH_JWKS_URL: `http://127.0.0.1:${port}/jwks.json`,
      AUTH_ISSUER: issuer.auth.issuer,
      AUTH_AUDIENCE: issuer.auth.audience,
      IMPORT_AS: '',
    };
    // Reference data only: the export then holds exactly what the import wrote.
    await migrateSubgraph(projectsSubgraph, { database: { dataDir: join(dataDir, 'projects') }, sampleData: false });
  }, 300_000);

  afterAll(async () => {
    await new Promise((resolve) => jwks?.close(resolve));
    rmSync(directory, { recursive: true, force: true });
  });

  it('refuses a forged token, an expired token and a token without projects:write, and writes nothing', async () => {
    const good = file('refused.csv', [HEADER, ...ROWS]);
    const before = await stored();
    const forged = await run('data:import', 'projects', good, '--as', await issuer.forged(WRITER));
    const expired = await run('data:import', 'projects', good, '--as', await issuer.expired(WRITER));
    const reader = await run(
      'data:import',
      'projects',
      good,
      '--as',
      await issuer.sign({ ...WRITER, scopes: ['contracts:write'] }),
    );
    for (const refused of [forged, expired, reader]) {
      expect(refused.code).not.toBe(0);
      expect(refused.stderr).toContain('--as:');
    }
    expect(forged.stderr).toContain('the token is not accepted');
    expect(expired.stderr).toContain('the token is not accepted');
    expect(reader.stderr).toContain('the token lacks the scope projects:write');
    expect(await stored()).toEqual(before);
  }, 300_000);

  it('refuses a file with a bad row with its line and column, exit 1, and writes nothing', async () => {
    const bad = file('bad.csv', [
      HEADER,
      ROWS[0] as string,
      (ROWS[1] as string).replace(',mdjd,', ',no_such_ministry,'),
    ]);
    const before = await stored();
    const result = await run('data:import', 'projects', bad, '--as', await issuer.sign(WRITER));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/line 3, leadMinistryId: /);
    expect(result.stderr).not.toMatch(/line 2,/);
    expect(result.stderr).toContain('1 of 2 rows are bad: nothing was written');
    expect(await stored()).toEqual(before);
  }, 300_000);

  it('--skip-invalid writes the good rows, exits 0 and lists the skipped', async () => {
    const bad = file('skip.csv', [HEADER, (ROWS[0] as string).replace('2027-12-31', '2025-12-31'), ROWS[1] as string]);
    const result = await run('data:import', 'projects', bad, '--skip-invalid', '--as', await issuer.sign(WRITER));
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/line 2, endDate: /);
    expect(result.stdout).toContain('1 inserted');
    expect(result.stdout).toContain('1 skipped (lines 2)');
    const { projects, audit } = await stored();
    expect(projects.map((project: { id: string }) => project.id)).toEqual(['KAZ-2031-02']);
    expect(audit).toEqual([
      { actor_subject: 'anna.schmidt', actor_org: 'kaz', operation: 'dataImport', entity_id: 'KAZ-2031-02' },
    ]);
  }, 300_000);

  it('imports under the token principal; the export equals the imported file; a rerun changes nothing', async () => {
    const good = file('good.csv', [HEADER, ...ROWS]);
    const token = await issuer.sign({ ...WRITER, subject: 'bernd.import' });
    const result = await run('data:import', 'projects', good, '--as', token);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('2 rows');
    expect(result.stdout).toContain('1 inserted, 0 updated, 1 unchanged');
    const { projects, audit } = await stored();
    expect(projects).toEqual([
      { id: 'KAZ-2031-01', title: 'Digitaler Bauantrag', phase: 'IN_PROGRESS' },
      { id: 'KAZ-2031-02', title: 'Gemeinsames Rechenzentrum', phase: 'PLANNED' },
    ]);
    expect(audit.at(-1)).toEqual({
      actor_subject: 'bernd.import',
      actor_org: 'kaz',
      operation: 'dataImport',
      entity_id: 'KAZ-2031-01',
    });

    const exported = join(directory, 'export.csv');
    const exportRun = await run('data:export', 'projects', '--out', exported);
    expect(exportRun.code).toBe(0);
    expect(readFileSync(exported, 'utf8')).toBe(readFileSync(good, 'utf8'));
    const stdoutExport = await run('data:export', 'projects', '--format', 'csv');
    expect(stdoutExport.stdout).toBe(readFileSync(good, 'utf8'));

    const again = await run('data:import', 'projects', exported, '--as', token);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('0 inserted, 0 updated, 2 unchanged');
    expect((await stored()).audit).toEqual(audit);
  }, 300_000);
});
