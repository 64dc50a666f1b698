// Over 250 lines: the parts of the Umsetzungskonzept Kaz this subgraph holds (issue 13), on one started subgraph.
import { migrateToLatest, openDatabase } from '@kaz/db';
import { readDistrictsAndAemter, readMunicipalities, toArs } from '@kaz/reference-data';
import {
  auditEntries,
  dayInBerlin,
  expectRefused,
  frozenClock,
  headersFor,
  lastAuditId,
} from '@kaz/subgraph-kit/testing';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrations } from '../migrations/index.ts';
import { seed } from '../seed/seed.ts';
import { HOHEN_NEUENDORF, setUpSubgraph } from './support.ts';

const CLOCK = frozenClock();
const { subgraph, as } = setUpSubgraph({ clock: CLOCK });

/** DIKOM's own token: org dikom with the scope that lets it keep its member list and nothing else. */
const dikom = () => headersFor(subgraph.issuer, { org: 'dikom', scopes: ['dikom:write'], subject: 'verwaltung@dikom' });

const LANDKREISE = readDistrictsAndAemter()
  .filter((union) => union.kind === 'landkreis')
  .map((union) => toArs(union.key));
const KREISFREIE_STAEDTE = readMunicipalities()
  .filter((gemeinde) => gemeinde.kind === 'kreisfreie_stadt')
  .map((gemeinde) => gemeinde.ars);

describe('the IT-Rat decisions the Umsetzungskonzept Kaz cites (§1) are real records', () => {
  it('has Entscheidung 2020/3, the decision to build the Kaz, with only its year known', async () => {
    const result = await subgraph.query(`{
      built: decision(id: "itrat-2020-3") { reference decidedOn decidedOnPrecision title source isSample committee { id } }
      adopted: decision(id: "itrat-2021-4") { reference decidedOn decidedOnPrecision title source isSample }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data?.built).toEqual({
      reference: 'Entscheidung 2020/3',
      decidedOn: '2020-01-01',
      decidedOnPrecision: 'YEAR',
      title: 'Aufbau des Kommunalen Anwendungszentrums (Kaz)',
      source: 'Umsetzungskonzept Kaz, IT-Rat Brandenburg, 10.03.2021',
      isSample: false,
      committee: { id: 'it-rat' },
    });
    expect(result.data?.adopted).toMatchObject({
      decidedOn: '2021-03-10',
      decidedOnPrecision: 'DAY',
      source: 'Umsetzungskonzept Kaz, IT-Rat Brandenburg, 10.03.2021',
      isSample: false,
    });
    expect(result.data?.adopted.title).toContain('Umsetzungskonzept');
  });

  it('has no sample decision that pretends to build the Kaz or to adopt its concept', async () => {
    const result = await subgraph.query(
      `{ decisions(committeeId: "it-rat", first: 100) { nodes { id title decidedOnPrecision source isSample } } }`,
    );
    const nodes = result.data?.decisions.nodes as any[];
    const samples = nodes.filter((node) => node.isSample);
    expect(samples.length).toBeGreaterThan(10);
    for (const node of samples) {
      expect(node.title).not.toMatch(/Anwendungszentrum|Umsetzungskonzept/);
      expect(node).toMatchObject({ decidedOnPrecision: 'DAY', source: null });
    }
    expect(nodes.filter((node) => !node.isSample).map((node) => node.id)).toEqual(['itrat-2020-3', 'itrat-2021-4']);
  });

  it('records a new decision with precision DAY and no source', async () => {
    const result = await subgraph.query(
      `mutation ($input: RecordDecisionInput!) { recordDecision(input: $input) { id decidedOnPrecision source isSample } }`,
      {
        input: {
          committeeId: 'it-planungsrat',
          reference: 'Entscheidung 2026/99',
          decidedOn: dayInBerlin(CLOCK, -1),
          title: 'Umsetzungstest einer Entscheidung des IT-Planungsrats',
          text: 'Der IT-Planungsrat beschließt einen Test.',
        },
      },
      as.ministry,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.recordDecision).toMatchObject({ decidedOnPrecision: 'DAY', source: null, isSample: false });
    expect(result.data?.recordDecision.id).toMatch(/^itplr-\d{4}-\d+$/);
  });
});

describe('the IT-Planungsrat (§3)', () => {
  it('is a committee of its own kind whose decisions are marked sample data', async () => {
    const result = await subgraph.query(`{ committee(id: "it-planungsrat") {
      name kind decisionPrefix isSample
      decisions(first: 10) { totalCount nodes { id reference title isSample status } }
    } }`);
    expect(result.errors).toBeUndefined();
    const committee = result.data?.committee;
    expect(committee).toMatchObject({ name: 'IT-Planungsrat', kind: 'IT_PLANNING_COUNCIL', decisionPrefix: 'itplr' });
    expect(committee.isSample).toBe(false);
    const seeded = committee.decisions.nodes.filter((node: any) => node.title.startsWith('(BEISPIEL)'));
    expect(seeded.map((node: any) => node.id)).toEqual(['itplr-2022-1', 'itplr-2023-1', 'itplr-2024-1']);
    for (const node of seeded) expect(node).toMatchObject({ isSample: true, status: 'IN_FORCE' });
  });
});

const BODY_FIELDS = 'id name shortName kind land website cooperationSubject cooperatingSince isSample version';
const RECORD_BODY = `mutation ($input: RecordExternalBodyInput!) { recordExternalBody(input: $input) { ${BODY_FIELDS} } }`;
const newBody = (overrides: Record<string, unknown> = {}) => ({
  id: 'beispiel-kdl-thueringen',
  name: 'Kommunaler IT-Dienstleister Thüringen (Test)',
  kind: 'MUNICIPAL_IT_PROVIDER',
  land: 'Thüringen',
  website: 'https://kdl-thueringen.example/',
  cooperationSubject: 'Austausch zu Musterverträgen',
  cooperatingSince: dayInBerlin(CLOCK, -30),
  ...overrides,
});

describe('bodies outside Brandenburg the Kaz cooperates with (§3)', () => {
  it('lists the seeded bodies, the FITKO first, each marked sample data', async () => {
    const result = await subgraph.query(`{ externalBodies(first: 10) { totalCount nodes { ${BODY_FIELDS} } } }`);
    expect(result.errors).toBeUndefined();
    const { totalCount, nodes } = result.data?.externalBodies ?? {};
    expect(totalCount).toBe(3);
    expect(nodes[0]).toMatchObject({
      id: 'fitko',
      shortName: 'FITKO',
      kind: 'FEDERAL_BODY',
      land: null,
      isSample: true,
    });
    expect(nodes.map((node: any) => node.cooperatingSince)).toEqual(
      nodes.map((node: any) => node.cooperatingSince).sort(),
    );
    for (const node of nodes) expect(node.cooperationSubject).toContain('(BEISPIEL)');
    const providers = await subgraph.query(`{ externalBodies(kind: MUNICIPAL_IT_PROVIDER) { nodes { id } } }`);
    expect(providers.data?.externalBodies.nodes.map((node: any) => node.id)).toEqual([
      'beispiel-kdl-sachsen',
      'beispiel-kdl-mv',
    ]);
  });

  it('lets the Kaz record a body and change it with its version, each change audited', async () => {
    const before = await lastAuditId(subgraph.db);
    const created = await subgraph.query(RECORD_BODY, { input: newBody() }, as['kaz-editor']);
    expect(created.errors).toBeUndefined();
    expect(created.data?.recordExternalBody).toMatchObject({
      id: 'beispiel-kdl-thueringen',
      version: 1,
      isSample: false,
    });
    const changed = await subgraph.query(
      RECORD_BODY,
      { input: newBody({ version: 1, cooperationSubject: 'Gemeinsame Musterverträge' }) },
      as['kaz-editor'],
    );
    expect(changed.errors).toBeUndefined();
    expect(changed.data?.recordExternalBody).toMatchObject({
      cooperationSubject: 'Gemeinsame Musterverträge',
      version: 2,
    });
    const entries = await auditEntries(subgraph.db, { after: before, entityType: 'ExternalBody' });
    expect(entries.map((entry) => [entry.entity_id, entry.actor_org])).toEqual([
      ['beispiel-kdl-thueringen', 'kaz'],
      ['beispiel-kdl-thueringen', 'kaz'],
    ]);
    const read = await subgraph.query(`{ externalBody(id: "beispiel-kdl-thueringen") { version } }`);
    expect(read.data?.externalBody).toEqual({ version: 2 });
  });

  it.each([
    ['a malformed key', { id: 'FITKO!' }, 'input.id'],
    ['an empty name', { id: 'beispiel-leer', name: '  ' }, 'input.name'],
    ['a website without https', { id: 'beispiel-http', website: 'http://example.org/' }, 'input.website'],
    [
      'a start in the future',
      { id: 'beispiel-zukunft', cooperatingSince: dayInBerlin(CLOCK, 1) },
      'input.cooperatingSince',
    ],
  ])('refuses %s with BAD_USER_INPUT, changing nothing', async (_case, overrides, field) => {
    await expectRefused(
      subgraph,
      () => subgraph.query(RECORD_BODY, { input: newBody(overrides) }, as['kaz-editor']),
      'BAD_USER_INPUT',
      field,
    );
  });

  it('refuses a second body with a taken key, a stale version and an unknown key, changing nothing', async () => {
    await expectRefused(
      subgraph,
      () => subgraph.query(RECORD_BODY, { input: newBody({ id: 'fitko' }) }, as['kaz-editor']),
      'CONFLICT',
      'input.id',
    );
    await expectRefused(
      subgraph,
      () => subgraph.query(RECORD_BODY, { input: newBody({ id: 'fitko', version: 7 }) }, as['kaz-editor']),
      'CONFLICT',
    );
    await expectRefused(
      subgraph,
      () => subgraph.query(RECORD_BODY, { input: newBody({ id: 'beispiel-unbekannt', version: 1 }) }, as['kaz-editor']),
      'NOT_FOUND',
    );
  });

  it.each([
    ['anonymous', 'UNAUTHENTICATED'],
    ['ministry', 'FORBIDDEN'],
    ['municipality', 'FORBIDDEN'],
    ['security-team', 'FORBIDDEN'],
    ['auditor', 'FORBIDDEN'],
  ] as const)('refuses the %s with %s (rule write.external-body)', async (column, code) => {
    await expectRefused(
      subgraph,
      () => subgraph.query(RECORD_BODY, { input: newBody({ id: 'beispiel-verboten' }) }, as[column]),
      code,
    );
  });
});

const RECORD_MEMBER = `mutation ($input: RecordDikomMembershipInput!) { recordDikomMembership(input: $input) { municipality { ars } memberSince version } }`;
const END_MEMBER = `mutation ($input: EndDikomMembershipInput!) { endDikomMembership(input: $input) { memberUntil version } }`;

describe('DIKOM members are Gemeinden (§3), and DIKOM keeps its own list', () => {
  it('has no Landkreis and no kreisfreie Stadt among the sample members', async () => {
    const rows = await subgraph.db.selectFrom('dikom_membership').select('ars').execute();
    const members = new Set(rows.map((row) => row.ars));
    expect(members.has(HOHEN_NEUENDORF)).toBe(true);
    expect([...LANDKREISE, ...KREISFREIE_STAEDTE].filter((ars) => members.has(ars))).toEqual([]);
  });

  it('refuses a Landkreis with BAD_USER_INPUT, changing nothing', async () => {
    const error = await expectRefused(
      subgraph,
      () =>
        subgraph.query(
          RECORD_MEMBER,
          { input: { municipalityArs: LANDKREISE[0], memberSince: dayInBerlin(CLOCK, -1) } },
          as.ministry,
        ),
      'BAD_USER_INPUT',
      'input.municipalityArs',
    );
    expect(error.message).toContain('Landkreis');
  });

  it('lets DIKOM record and end a membership of a Gemeinde itself, audited as DIKOM', async () => {
    const rows = await subgraph.db.selectFrom('dikom_membership').select('ars').execute();
    const members = new Set(rows.map((row) => row.ars));
    const gemeinde = readMunicipalities().find((g) => g.kind === 'amtsfreie_gemeinde' && !members.has(g.ars));
    if (!gemeinde) throw new Error('every amtsfreie Gemeinde is a member');
    const headers = await dikom();
    const joined = await subgraph.query(
      RECORD_MEMBER,
      { input: { municipalityArs: gemeinde.ars, memberSince: dayInBerlin(CLOCK, -10) } },
      headers,
    );
    expect(joined.errors).toBeUndefined();
    expect(joined.data?.recordDikomMembership).toMatchObject({ municipality: { ars: gemeinde.ars }, version: 1 });
    const left = await subgraph.query(
      END_MEMBER,
      { input: { municipalityArs: gemeinde.ars, version: 1, memberUntil: dayInBerlin(CLOCK, -1) } },
      headers,
    );
    expect(left.errors).toBeUndefined();
    expect(left.data?.endDikomMembership).toEqual({ memberUntil: dayInBerlin(CLOCK, -1), version: 2 });
    const entries = await auditEntries(subgraph.db, { entityType: 'DikomMembership', entityId: gemeinde.ars });
    expect(entries.map((entry) => [entry.actor_org, entry.actor_subject])).toEqual([
      ['dikom', 'verwaltung@dikom'],
      ['dikom', 'verwaltung@dikom'],
    ]);
  });

  it('gives DIKOM no other write: no decision, no external body', async () => {
    const headers = await dikom();
    await expectRefused(
      subgraph,
      () =>
        subgraph.query(
          `mutation ($input: RecordDecisionInput!) { recordDecision(input: $input) { id } }`,
          {
            input: {
              committeeId: 'it-rat',
              reference: 'DIKOM-Versuch',
              decidedOn: dayInBerlin(CLOCK, -1),
              title: 'Beschluss aus einem DIKOM-Token',
              text: 'Darf nicht entstehen.',
            },
          },
          headers,
        ),
      'FORBIDDEN',
    );
    await expectRefused(
      subgraph,
      () => subgraph.query(RECORD_BODY, { input: newBody({ id: 'beispiel-dikom' }) }, headers),
      'FORBIDDEN',
    );
  });

  it('does not take dikom:write from a token of another organisation or a Kommune', async () => {
    for (const org of ['kaz', HOHEN_NEUENDORF]) {
      const headers = await headersFor(subgraph.issuer, { org, scopes: ['dikom:write'] });
      await expectRefused(
        subgraph,
        () =>
          subgraph.query(
            RECORD_MEMBER,
            { input: { municipalityArs: '120650165165', memberSince: dayInBerlin(CLOCK, -1) } },
            headers,
          ),
        'FORBIDDEN',
      );
    }
  });
});

describe('the migration of issue 13 on a database of the earlier sample', () => {
  it('turns the pretending sample decisions real or renames them, and drops the Landkreise’ sample periods', async () => {
    const handle = await openDatabase<any>();
    try {
      const { db } = handle;
      const names = Object.keys(migrations);
      const earlier = Object.fromEntries(
        names.filter((name) => name < '2026_12_03').map((name) => [name, migrations[name]!]),
      );
      await migrateToLatest(db, earlier);
      await sql`insert into committee (id, name, kind, description, is_sample, decision_prefix)
        values ('it-rat', 'IT-Rat Brandenburg', 'IT_COUNCIL', 'IT-Rat', false, 'itrat')`.execute(db);
      await sql`insert into decision (id, committee_id, reference, decided_on, title, text, is_sample) values
        ('itrat-2020-2', 'it-rat', 'Entscheidung 2020/2', '2020-06-15', 'Grundsatzentscheidung zur Einrichtung eines Kommunalen Anwendungszentrums beim ZIT-BB', 'alt', true),
        ('itrat-2020-3', 'it-rat', 'Entscheidung 2020/3', '2020-10-15', 'Einheitliches Formularmanagement', 'alt', true),
        ('itrat-2021-1', 'it-rat', 'Entscheidung 2021/1', '2021-02-15', 'Zustimmung zum Umsetzungskonzept des Kommunalen Anwendungszentrums', 'alt', true)`.execute(
        db,
      );
      await sql`insert into dikom_membership (ars, member_since, member_until, is_sample) values
        ('120520000000', '2020-04-09', null, true),
        (${LANDKREISE[0]}, '2021-05-01', null, true),
        (${HOHEN_NEUENDORF}, '2020-04-09', null, false)`.execute(db);

      await migrateToLatest(db, migrations);
      const decisions = await db
        .selectFrom('decision')
        .select(['id', 'decided_on_precision', 'title', 'source', 'is_sample'])
        .orderBy('id')
        .execute();
      expect(decisions.find((row: any) => row.id === 'itrat-2020-3')).toMatchObject({
        decided_on_precision: 'YEAR',
        title: 'Aufbau des Kommunalen Anwendungszentrums (Kaz)',
        is_sample: false,
      });
      for (const row of decisions.filter((row: any) => row.is_sample)) {
        expect(row.title).not.toMatch(/Anwendungszentrum|Umsetzungskonzept/);
      }
      const periods = await db.selectFrom('dikom_membership').select(['ars', 'is_sample']).execute();
      expect(periods).toEqual([{ ars: HOHEN_NEUENDORF, is_sample: false }]);

      // The seed then writes the corrected sample around the recorded period, without a second one.
      await seed(db);
      const after = await db
        .selectFrom('dikom_membership')
        .select(['ars', 'is_sample'])
        .where('ars', '=', HOHEN_NEUENDORF)
        .execute();
      expect(after).toEqual([{ ars: HOHEN_NEUENDORF, is_sample: false }]);
      const real = await db
        .selectFrom('decision')
        .select(['id', 'decided_on'])
        .where('is_sample', '=', false)
        .orderBy('id')
        .execute();
      expect(real.map((row: any) => [row.id, String(row.decided_on)])).toEqual([
        ['itrat-2020-3', '2020-01-01'],
        ['itrat-2021-4', '2021-03-10'],
      ]);
    } finally {
      await handle.close();
    }
  });
});
