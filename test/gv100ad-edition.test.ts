import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { openDatabase } from '@kaz/db';
import { type Database, loadGv100ad, municipalitiesSubgraph } from '@kaz/municipalities';
import { migrateSubgraph } from '@kaz/subgraph-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runGv100adCommand } from '../scripts/gv100ad.ts';
import {
  gv100adFile,
  mergeInto,
  nextEdition,
  rename,
  shippedEdition,
} from '../subgraphs/municipalities/test/gv100ad-editions.ts';
import { startTestHub, type TestHub } from './support/hub.ts';

// Two real Gemeinden of Amt Gramzow (Uckermark): Zichow is incorporated into Gramzow; Grünow is renamed.
const GRAMZOW = { ags: '12073225', ars: '120735306225' };
const ZICHOW = { ags: '12073645', ars: '120735306645' };
const GRUENOW = { ags: '12073261', ars: '120735306261' };
// Löwenberger Land (Oberhavel), named by sample records of contracts, security, organisations and
// projects, is incorporated into Oranienburg in the edition the hub loads.
const LOEWENBERGER_LAND = { ags: '12065198', ars: '120650198198' };
const ORANIENBURG = { ags: '12065256', ars: '120650256256' };

const run = promisify(execFile);

function edition2024() {
  const edition = nextEdition(shippedEdition(), '2024-12-31');
  mergeInto(edition, ZICHOW.ags, GRAMZOW.ags);
  rename(edition, GRUENOW.ags, 'Grünow (Uckermark)');
  return edition;
}

/** The edition the hub loads: edition2024 and Löwenberger Land incorporated into Oranienburg. */
function hubEdition() {
  const edition = edition2024();
  mergeInto(edition, LOEWENBERGER_LAND.ags, ORANIENBURG.ags);
  return edition;
}

describe('a new edition of the Gemeindeverzeichnis through the gateway', () => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await startTestHub();
    const municipalities = hub.subgraphs.municipalities;
    if (!municipalities) throw new Error('the hub has no municipalities subgraph');
    await loadGv100ad(municipalities.db, {
      content: gv100adFile(hubEdition()),
      fileName: 'GV100AD_311224.txt',
      successors: [
        { oldArs: ZICHOW.ars, newArs: GRAMZOW.ars, effectiveOn: '2024-01-01', origin: 'test' },
        { oldArs: LOEWENBERGER_LAND.ars, newArs: ORANIENBURG.ars, effectiveOn: '2024-01-01', origin: 'test' },
      ],
    });
  });

  afterAll(async () => {
    await hub?.stop();
  });

  it('resolves the merged ARS with dissolvedOn and its successor, and counts two Gemeinden less', async () => {
    const result = await hub.query(`{
      municipality(ars: "${ZICHOW.ars}") { name dissolvedOn successor { ars name dissolvedOn } }
      renamed: municipality(ags: "${GRUENOW.ags}") { name validFrom }
      gemeinden: municipalities(filter: { kinds: [KREISFREIE_STADT, AMTSFREIE_GEMEINDE, AMTSANGEHOERIGE_GEMEINDE, ORTSGEMEINDE, MITVERWALTETE_GEMEINDE] }) { totalCount }
      amt: municipalities(filter: { amtArs: "120735306000" }) { totalCount nodes { name } }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data?.municipality).toEqual({
      name: 'Zichow',
      dissolvedOn: '2024-01-01',
      successor: { ars: GRAMZOW.ars, name: 'Gramzow', dissolvedOn: null },
    });
    expect(result.data?.renamed).toEqual({ name: 'Grünow (Uckermark)', validFrom: '2024-12-31' });
    expect(result.data?.gemeinden.totalCount).toBe(411);
    expect(result.data?.amt.nodes.map((m: { name: string }) => m.name)).toEqual([
      'Gramzow',
      'Grünow (Uckermark)',
      'Oberuckersee',
      'Randowtal',
      'Uckerfelde',
    ]);
  });

  it('joins the dissolved Kommune with what other partners hold about it (entity resolution across subgraphs)', async () => {
    const result = await hub.query(`{
      municipality(ars: "${ZICHOW.ars}") { dissolvedOn dikomMemberships { __typename } successor { name dikomMemberships { __typename } } }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data?.municipality.dissolvedOn).toBe('2024-01-01');
    expect(result.data?.municipality.successor.name).toBe('Gramzow');
    expect(Array.isArray(result.data?.municipality.dikomMemberships)).toBe(true);
  });

  // references:check is a separate process that loads every subgraph's declarations: give it time.
  it('references:check lists the records of every partner that name the dissolved Kommune', {
    timeout: 120_000,
  }, async () => {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      REFERENCE_AUDIT_TOKEN: await hub.issuer.sign({
        org: 'kaz',
        scopes: ['projects:write', 'contracts:write', 'security:read'],
      }),
    };
    for (const [name, subgraph] of Object.entries(hub.subgraphs))
      env[`SUBGRAPH_${name.toUpperCase()}_URL`] = subgraph.url;
    const failed = await run('pnpm', ['-s', 'references:check', '--json'], { env }).then(
      () => ({ code: 0, stdout: '' }),
      (error: { code: number; stdout: string }) => error,
    );
    expect(failed.code).toBe(1);
    const report = JSON.parse(failed.stdout) as { dangling: Record<string, string>[] };
    const named = report.dangling.filter((ref) => ref.targetKey === LOEWENBERGER_LAND.ars);
    for (const ref of named) {
      expect(ref).toMatchObject({ owner: 'municipalities', target: 'Municipality', reason: 'dissolved' });
    }
    const kinds = [...new Set(named.map((ref) => `${ref.subgraph} ${ref.recordType}.${ref.field}`))].sort();
    expect(kinds).toEqual([
      'contracts Certificate.holderArs',
      'contracts FrameworkContract.eligibleMunicipalityArs',
      'contracts LicenceAllocation.municipalityArs',
      'contracts ProcurementProcedure.participatingMunicipalityArs',
      'organisations DikomMembership.municipalityArs',
      'projects Project.municipalities',
      'projects ResultTransfer.municipalityArs',
      'security SecurityConcept.municipalityArs',
      'security SecurityIncident.affectedMunicipalityArs',
    ]);
    // Every record that names it, and each once: as many as the partners' own tables hold.
    const keys = (kind: string) =>
      named.filter((ref) => `${ref.subgraph} ${ref.recordType}` === kind).map((ref) => String(ref.recordKey));
    const ars = LOEWENBERGER_LAND.ars;
    const { contracts, security, organisations, projects } = hub.subgraphs as Record<string, any>;
    const count = async (db: any, table: string, column: string) =>
      (await db.selectFrom(table).select(column).where(column, '=', ars).execute()).length;
    expect(keys('contracts LicenceAllocation')).toHaveLength(await count(contracts.db, 'licence_allocation', 'ars'));
    expect(keys('contracts LicenceAllocation').every((key) => key.endsWith(`/${ars}`))).toBe(true);
    expect(keys('projects ResultTransfer')).toHaveLength(await count(projects.db, 'result_transfer', 'ars'));
    expect(keys('projects ResultTransfer').every((key) => key.endsWith(`/${ars}`))).toBe(true);
    expect(keys('security SecurityConcept')).toEqual([`ISK-${ars}`]);
    expect(keys('security SecurityIncident')).toHaveLength(
      await count(security.db, 'security_incident_municipality', 'ars'),
    );
    expect(keys('organisations DikomMembership')).toHaveLength(
      await count(organisations.db, 'dikom_membership', 'ars'),
    );
    expect(keys('contracts Certificate')).toHaveLength(await count(contracts.db, 'certificate', 'holder_ars'));
  });
});

describe('pnpm data:gv100ad', () => {
  const directory = mkdtempSync(join(tmpdir(), 'kaz-gv100ad-'));
  const dataDir = join(directory, 'pgdata');
  const editionFile = join(directory, 'GV100AD_311224.txt');
  const successorFile = join(directory, 'successors.csv');
  const env = { DATA_DIR: dataDir };
  const run = async (...argv: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runGv100adCommand(
      argv,
      env,
      (text) => out.push(text),
      (text) => err.push(text),
    );
    return { code, out: out.join('\n'), err: err.join('\n') };
  };
  const rows = async () => {
    const handle = await openDatabase<Database>({ dataDir });
    try {
      return await handle.db.selectFrom('municipality').selectAll().orderBy('ars').execute();
    } finally {
      await handle.close();
    }
  };

  // A PGlite data directory on disk, opened anew by every run of the command as an operator would.
  beforeAll(async () => {
    await migrateSubgraph(municipalitiesSubgraph, { database: { dataDir } });
    writeFileSync(editionFile, gv100adFile(edition2024()));
    writeFileSync(successorFile, `old_ars,new_ars,effective_on\n${ZICHOW.ars},${GRAMZOW.ars},2024-01-01\n`);
  });

  afterAll(() => {
    rmSync(directory, { recursive: true, force: true });
  });

  it('refuses a malformed line with its line and column, and writes nothing', async () => {
    const before = await rows();
    const broken = join(directory, 'broken.txt');
    const text = Buffer.from(gv100adFile(edition2024())).toString('utf8').split('\n');
    const index = text.findIndex((line) => line.startsWith('60') && line.includes('Oberuckersee'));
    text[index] = `${text[index]?.slice(0, 139)}12x45678901${text[index]?.slice(150)}`;
    writeFileSync(broken, text.join('\n'));
    const result = await run(broken, '--successors', successorFile);
    expect(result.code).toBe(1);
    expect(result.err).toContain(`line ${index + 1}, column 140: Bevölkerung (columns 140–150) must be a whole number`);
    expect(result.err).toContain('nothing was written');
    expect(await rows()).toEqual(before);
  });

  it('prints what a dry run would change and writes nothing', async () => {
    const before = await rows();
    const result = await run(editionFile, '--successors', successorFile, '--dry-run');
    expect(result.code).toBe(0);
    expect(result.out).toContain('Dry run (nothing written)');
    expect(result.out).toContain('new: 0, changed: 1, dissolved: 1');
    expect(result.out).toContain(`dissolved  ${ZICHOW.ars}  Zichow on 2024-01-01 → ${GRAMZOW.ars} Gramzow`);
    expect(result.out).toContain(`changed    ${GRUENOW.ars}  Grünow (Uckermark): name "Grünow" → "Grünow (Uckermark)"`);
    expect(await rows()).toEqual(before);
  });

  it('applies the edition once; a second run and a restart of the subgraph change nothing', async () => {
    const first = await run(editionFile, '--successors', successorFile);
    expect(first.code).toBe(0);
    expect(first.out).toContain('new: 0, changed: 1, dissolved: 1');
    const after = await rows();
    expect(after.find((row) => row.ars === ZICHOW.ars)).toMatchObject({
      dissolved_on: '2024-01-01',
      successor_ars: GRAMZOW.ars,
    });
    const second = await run(editionFile, '--successors', successorFile);
    expect(second.out).toContain('no changes');
    await migrateSubgraph(municipalitiesSubgraph, { database: { dataDir } });
    expect(await rows()).toEqual(after);
  }, 180_000);

  it('says what is missing: no database, no file', async () => {
    expect(
      await runGv100adCommand(
        [editionFile],
        {},
        () => {},
        () => {},
      ),
    ).toBe(2);
    const missing = await run(join(directory, 'nope.txt'));
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('no such file');
  });
});
