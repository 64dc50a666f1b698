// Over 250 lines: the three Umsetzungskonzept records of one subgraph, one file.
import { auditEntries, expectRefused, frozenClock, headersFor, lastAuditId } from '@kaz/subgraph-kit/testing';
import { describe, expect, it } from 'vitest';
import { parseFunctionalMailbox } from '../src/schema/municipality-contact-mutations.ts';
import { HOHEN_NEUENDORF, setUpSubgraph } from './support.ts';

// Arbeitsprogramm (Umsetzungskonzept Kaz, §4.1), standardisation recommendations (§3) and the
// Kommunen's contacts by role, in the organisations subgraph (issue 13).

const CLOCK = frozenClock();
const { subgraph, as } = setUpSubgraph({ clock: CLOCK });
const kaz = as['kaz-editor'];
const POTSDAM = '120540000000';

const PROGRAMME = `query ($year: Int) { workProgramme(year: $year) {
  id year agreedOn isSample version progressPercent committee { id } decision { id }
  items { id position title kind status progressPercent overdue dueOn isSample version project { id }
          responsibleOrganisation { id } }
} }`;

const CONTACTS = `query ($ars: String!) { _entities(representations: [{ __typename: "Municipality", ars: $ars }]) {
  ... on Municipality { contacts { id role email phone availableAroundTheClock isSample version } }
} }`;

describe('the Arbeitsprogramm (§4.1)', () => {
  it('answers a year’s programme with its items in order, their progress and project links, marked as samples', async () => {
    const result = await subgraph.query(PROGRAMME, { year: 2026 });
    expect(result.errors).toBeUndefined();
    const programme = result.data?.workProgramme;
    expect(programme).toMatchObject({
      id: 'ap-2026',
      year: 2026,
      isSample: true,
      committee: { id: 'steuerungsgremium' },
      decision: { id: 'sg-2025-2' },
    });
    expect(programme.items.map((i: any) => i.position)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(programme.items[0]).toMatchObject({ status: 'DONE', progressPercent: 100, project: { id: 'KAZ-2025-02' } });
    // Cancelled items do not count: (100 + 60 + 80 + 30 + 0) / 5.
    expect(programme.progressPercent).toBe(54);
    expect(programme.items.every((i: any) => i.isSample && i.responsibleOrganisation.id === 'kaz')).toBe(true);
    expect((await subgraph.query(PROGRAMME, { year: 2030 })).data?.workProgramme).toBeNull();
  });

  it('lets the Kaz record a new year’s programme with one audit entry, and refuses a second one for the year', async () => {
    const RECORD = `mutation ($input: RecordWorkProgrammeInput!) { recordWorkProgramme(input: $input) {
      id year version isSample items { id status progressPercent } } }`;
    const input = {
      year: 2027,
      title: 'Arbeitsprogramm des Kaz 2027',
      committeeId: 'steuerungsgremium',
      agreedOn: '2026-11-20',
      items: [
        {
          title: 'Einführung der E-Akte in allen Ämtern',
          kind: 'PROJECT',
          responsibleOrganisationId: 'kaz',
          dueOn: '2027-12-31',
        },
        { title: 'Muster-Rahmenvertrag Cloud-Büro', kind: 'PROCUREMENT', responsibleOrganisationId: 'kaz' },
      ],
    };
    const lastId = await lastAuditId(subgraph.db);
    const result = await subgraph.query(RECORD, { input }, kaz);
    expect(result.errors).toBeUndefined();
    expect(result.data?.recordWorkProgramme).toEqual({
      id: 'ap-2027',
      year: 2027,
      version: 1,
      isSample: false,
      items: [
        { id: 'ap-2027-1', status: 'PLANNED', progressPercent: 0 },
        { id: 'ap-2027-2', status: 'PLANNED', progressPercent: 0 },
      ],
    });
    const entries = await auditEntries(subgraph.db, { after: lastId });
    expect(entries.map((e) => [e.operation, e.entity_type, e.entity_id])).toEqual([
      ['recordWorkProgramme', 'WorkProgramme', 'ap-2027'],
    ]);

    await expectRefused(subgraph, () => subgraph.query(RECORD, { input }, kaz), 'CONFLICT', 'input.year');
    const bad = (overrides: Record<string, unknown>) => ({ ...input, agreedOn: '2026-12-01', ...overrides });
    await expectRefused(
      subgraph,
      () => subgraph.query(RECORD, { input: bad({ agreedOn: '2025-11-30' }) }, kaz),
      'BAD_USER_INPUT',
      'input.agreedOn',
    );
    await expectRefused(
      subgraph,
      () => subgraph.query(RECORD, { input: bad({ items: [] }) }, kaz),
      'BAD_USER_INPUT',
      'input.items',
    );
    await expectRefused(
      subgraph,
      () => subgraph.query(RECORD, { input: bad({ decisionId: 'itrat-2025-1' }) }, kaz),
      'BAD_USER_INPUT',
      'input.decisionId',
    );
    await expectRefused(
      subgraph,
      () =>
        subgraph.query(
          RECORD,
          { input: bad({ items: [{ ...input.items[0], responsibleOrganisationId: 'nobody' }] }) },
          kaz,
        ),
      'BAD_USER_INPUT',
      'input.items.0.responsibleOrganisationId',
    );
    await expectRefused(subgraph, () => subgraph.query(RECORD, { input: bad({}) }, as.ministry), 'FORBIDDEN');
    await expectRefused(subgraph, () => subgraph.query(RECORD, { input: bad({}) }, as.anonymous), 'UNAUTHENTICATED');
  });

  it('lets the Kaz report progress with optimistic locking; DONE means 100 %', async () => {
    const UPDATE = `mutation ($input: UpdateWorkProgrammeItemInput!) { updateWorkProgrammeItem(input: $input) {
      id status progressPercent progressNote version } }`;
    const done = await subgraph.query(
      UPDATE,
      { input: { id: 'ap-2026-4', version: 1, status: 'DONE', progressNote: 'Beschlossen.' } },
      kaz,
    );
    expect(done.errors).toBeUndefined();
    expect(done.data?.updateWorkProgrammeItem).toEqual({
      id: 'ap-2026-4',
      status: 'DONE',
      progressPercent: 100,
      progressNote: 'Beschlossen.',
      version: 2,
    });
    await expectRefused(
      subgraph,
      () => subgraph.query(UPDATE, { input: { id: 'ap-2026-4', version: 1, progressPercent: 90 } }, kaz),
      'CONFLICT',
    );
    await expectRefused(
      subgraph,
      () => subgraph.query(UPDATE, { input: { id: 'ap-2026-2', version: 1, progressPercent: 100 } }, kaz),
      'BAD_USER_INPUT',
      'input.status',
    );
    await expectRefused(
      subgraph,
      () => subgraph.query(UPDATE, { input: { id: 'ap-2026-2', version: 1, progressPercent: 101 } }, kaz),
      'BAD_USER_INPUT',
      'input.progressPercent',
    );
    await expectRefused(
      subgraph,
      () => subgraph.query(UPDATE, { input: { id: 'ap-1999-1', version: 1, progressPercent: 5 } }, kaz),
      'NOT_FOUND',
    );
    await expectRefused(
      subgraph,
      () => subgraph.query(UPDATE, { input: { id: 'ap-2026-2', version: 1, progressPercent: 70 } }, as.municipality),
      'FORBIDDEN',
    );
  });
});

describe('standardisation recommendations (§3)', () => {
  const RECORD = `mutation ($input: RecordRecommendationInput!) { recordRecommendation(input: $input) { id status version isSample } }`;
  const ADOPT = `mutation ($input: AdoptRecommendationInput!) { adoptRecommendation(input: $input) { id status adoptedOn decision { id } version } }`;
  const APPLY = `mutation ($input: RecordRecommendationApplicationInput!) { recordRecommendationApplication(input: $input) {
    id appliedSince municipality { ars } version } }`;
  const WITHDRAW = `mutation ($input: WithdrawRecommendationInput!) { withdrawRecommendation(input: $input) { id status withdrawnOn version } }`;

  it('lists the sample recommendations with their decisions and the Kommunen applying them', async () => {
    const result =
      await subgraph.query(`{ recommendations(status: ADOPTED) { totalCount nodes { id isSample decision { id }
      applications(first: 10) { totalCount nodes { municipality { ars } appliedSince isSample } } } } }`);
    expect(result.errors).toBeUndefined();
    const { totalCount, nodes } = result.data?.recommendations ?? {};
    expect(totalCount).toBe(2);
    expect(nodes.map((n: any) => [n.id, n.decision.id, n.applications.totalCount])).toEqual([
      ['empf-2024-1', 'itrat-2024-2', 3],
      ['empf-2025-1', 'itrat-2025-1', 2],
    ]);
  });

  it('goes from draft to adopted to applied (by the Kommune itself) to withdrawn', async () => {
    const recorded = await subgraph.query(
      RECORD,
      { input: { title: 'Offene Schnittstellen für Ratsinformationssysteme', subject: 'OParl 1.1' } },
      kaz,
    );
    expect(recorded.errors).toBeUndefined();
    const id = recorded.data?.recordRecommendation.id;
    expect(recorded.data?.recordRecommendation).toEqual({
      id: expect.stringMatching(/^empf-\d{4}-1$/),
      status: 'DRAFT',
      version: 1,
      isSample: false,
    });

    // Not adopted yet: nobody can apply it.
    await expectRefused(
      subgraph,
      () => subgraph.query(APPLY, { input: { recommendationId: id, municipalityArs: POTSDAM } }, as.municipality),
      'BAD_USER_INPUT',
      'input.recommendationId',
    );
    await expectRefused(
      subgraph,
      () => subgraph.query(ADOPT, { input: { id, version: 1, decisionId: 'itrat-2025-2' } }, as.ministry),
      'FORBIDDEN',
    );
    const adopted = await subgraph.query(ADOPT, { input: { id, version: 1, decisionId: 'itrat-2025-2' } }, kaz);
    expect(adopted.data?.adoptRecommendation).toEqual({
      id,
      status: 'ADOPTED',
      adoptedOn: '2025-06-15',
      decision: { id: 'itrat-2025-2' },
      version: 2,
    });
    await expectRefused(
      subgraph,
      () => subgraph.query(ADOPT, { input: { id, version: 2, decisionId: 'itrat-2025-2' } }, kaz),
      'CONFLICT',
    );

    const applied = await subgraph.query(
      APPLY,
      { input: { recommendationId: id, municipalityArs: POTSDAM, appliedSince: '2026-01-05' } },
      as.municipality,
    );
    expect(applied.errors).toBeUndefined();
    expect(applied.data?.recordRecommendationApplication).toEqual({
      id: `${id}/${POTSDAM}`,
      appliedSince: '2026-01-05',
      municipality: { ars: POTSDAM },
      version: 1,
    });
    await expectRefused(
      subgraph,
      () =>
        subgraph.query(APPLY, { input: { recommendationId: id, municipalityArs: HOHEN_NEUENDORF } }, as.municipality),
      'FORBIDDEN',
    );
    await expectRefused(
      subgraph,
      () =>
        subgraph.query(
          APPLY,
          { input: { recommendationId: id, municipalityArs: HOHEN_NEUENDORF, appliedSince: '2025-01-01' } },
          kaz,
        ),
      'BAD_USER_INPUT',
      'input.appliedSince',
    );

    const withdrawn = await subgraph.query(
      WITHDRAW,
      { input: { id, version: 2, withdrawnOn: '2026-02-01', note: 'Ersetzt.' } },
      kaz,
    );
    expect(withdrawn.data?.withdrawRecommendation).toEqual({
      id,
      status: 'WITHDRAWN',
      withdrawnOn: '2026-02-01',
      version: 3,
    });
    await expectRefused(
      subgraph,
      () => subgraph.query(WITHDRAW, { input: { id, version: 3, withdrawnOn: '2026-02-02' } }, kaz),
      'CONFLICT',
    );
  });
});

describe('contacts by role', () => {
  it('shows a Kommune’s contacts to CERT, the Kaz and the Kommune itself, and refuses everyone else', async () => {
    const cert = await subgraph.query(CONTACTS, { ars: POTSDAM }, as['security-team']);
    expect(cert.errors).toBeUndefined();
    expect(cert.data?._entities[0].contacts.map((c: any) => [c.role, c.email, c.isSample])).toEqual([
      ['ISB', 'informationssicherheit@potsdam.example', true],
      ['EMERGENCY', 'it-notfall@potsdam.example', true],
      ['DATA_PROTECTION', 'datenschutz@potsdam.example', true],
    ]);
    expect((await subgraph.query(CONTACTS, { ars: POTSDAM }, kaz)).data?._entities[0].contacts).toHaveLength(3);
    expect(
      (await subgraph.query(CONTACTS, { ars: POTSDAM }, as.municipality)).data?._entities[0].contacts,
    ).toHaveLength(3);
    for (const [headers, code] of [
      [as.municipality, 'FORBIDDEN'],
      [as.ministry, 'FORBIDDEN'],
      [as.auditor, 'FORBIDDEN'],
      [as.anonymous, 'UNAUTHENTICATED'],
    ] as const) {
      const ars = headers === as.municipality ? HOHEN_NEUENDORF : POTSDAM;
      const result = await subgraph.query(CONTACTS, { ars }, headers);
      expect(result.errors?.map((e) => e.extensions?.code)).toEqual([code]);
      expect(result.data?._entities[0].contacts).toBeNull();
    }
  });

  it('lets a Kommune save its own contact, the Amt read its Gemeinde’s, and keeps persons’ addresses out', async () => {
    const SAVE = `mutation ($input: SaveMunicipalityContactInput!) { saveMunicipalityContact(input: $input) {
      id email phone availableAroundTheClock version isSample } }`;
    const gemeinde = '120605003024';
    const amt = await headersFor(subgraph.issuer, { org: '120605003000', scopes: [], subject: 'it@amt' });
    const own = await headersFor(subgraph.issuer, { org: gemeinde, scopes: [], subject: 'it@gemeinde' });
    const input = {
      municipalityArs: gemeinde,
      role: 'EMERGENCY',
      email: 'IT-Notfall@gemeinde.example',
      phone: '+49 30 23125 999',
      availableAroundTheClock: true,
    };
    const lastId = await lastAuditId(subgraph.db);
    const saved = await subgraph.query(SAVE, { input }, own);
    expect(saved.errors).toBeUndefined();
    expect(saved.data?.saveMunicipalityContact).toEqual({
      id: `${gemeinde}/EMERGENCY`,
      email: 'it-notfall@gemeinde.example',
      phone: '+49 30 23125 999',
      availableAroundTheClock: true,
      version: 1,
      isSample: false,
    });
    expect((await auditEntries(subgraph.db, { after: lastId })).map((e) => e.operation)).toEqual([
      'saveMunicipalityContact',
    ]);
    const read = await subgraph.query(CONTACTS, { ars: gemeinde }, amt);
    expect(read.errors).toBeUndefined();
    expect(read.data?._entities[0].contacts.map((c: any) => c.role)).toEqual(['EMERGENCY']);

    await expectRefused(subgraph, () => subgraph.query(SAVE, { input }, own), 'CONFLICT', 'input.version');
    const changed = await subgraph.query(
      SAVE,
      { input: { ...input, version: 1, email: 'bereitschaft@gemeinde.example' } },
      kaz,
    );
    expect(changed.data?.saveMunicipalityContact).toMatchObject({ email: 'bereitschaft@gemeinde.example', version: 2 });

    for (const email of [
      'erika.mustermann@gemeinde.example',
      'mmustermann@gemeinde.example',
      'isb@gmail.com',
      'kein mail',
    ]) {
      await expectRefused(
        subgraph,
        () => subgraph.query(SAVE, { input: { ...input, version: 2, email } }, kaz),
        'BAD_USER_INPUT',
        'input.email',
      );
    }
    await expectRefused(
      subgraph,
      () => subgraph.query(SAVE, { input: { ...input, version: 2, phone: 'call me' } }, kaz),
      'BAD_USER_INPUT',
      'input.phone',
    );
    await expectRefused(
      subgraph,
      () => subgraph.query(SAVE, { input: { ...input, municipalityArs: HOHEN_NEUENDORF } }, own),
      'FORBIDDEN',
    );
    await expectRefused(subgraph, () => subgraph.query(SAVE, { input }, as['security-team']), 'FORBIDDEN');
  });

  it('accepts role and office mailboxes and refuses what looks like a person', () => {
    for (const email of [
      'isb@potsdam.de',
      'it-sicherheit@cottbus.de',
      'datenschutz.stadt@x.de',
      'notfall-it@amt.example',
    ])
      expect(parseFunctionalMailbox('email', email)).toBe(email);
    for (const email of ['max.mustermann@potsdam.de', 'j.schmidt@cottbus.de', 'isb@web.de'])
      expect(() => parseFunctionalMailbox('email', email)).toThrow();
  });
});

describe('batching', () => {
  /** Runs `query` as CERT and the Kaz together and counts the SQL statements it took. */
  const count = async (query: string, variables: Record<string, unknown>) => {
    const headers = await headersFor(subgraph.issuer, {
      org: 'kaz',
      scopes: ['projects:write', 'security:read'],
      subject: 'batch@kaz',
    });
    subgraph.resetStatements();
    const result = await subgraph.query(query, variables, headers);
    expect(result.errors).toBeUndefined();
    return subgraph.statements.length;
  };

  it('reads the contacts of 1 and of 7 Kommunen in the same number of statements', async () => {
    const query = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Municipality { contacts { role } } } }`;
    const many = [
      POTSDAM,
      HOHEN_NEUENDORF,
      '120530000000',
      '120510000000',
      '120605003024',
      '120605003000',
      '120600000000',
    ];
    const one = await count(query, { r: [{ __typename: 'Municipality', ars: POTSDAM }] });
    const all = await count(query, { r: many.map((ars) => ({ __typename: 'Municipality', ars })) });
    expect(all).toBe(one);
  });

  it('reads every recommendation with its decision and a page of applications in a fixed number of statements', async () => {
    const query = `query ($first: Int) { recommendations(first: $first) { nodes { id decision { id committee { id } }
      applications(first: 5) { totalCount nodes { appliedSince recommendation { id } } } } } }`;
    expect(await count(query, { first: 50 })).toBe(await count(query, { first: 1 }));
  });

  it('reads two years of the Arbeitsprogramm with their items and organisations in the same number as one', async () => {
    const one = `{ a: workProgramme(year: 2025) { items { id responsibleOrganisation { id } } decision { id } } }`;
    const two = `{ a: workProgramme(year: 2025) { items { id responsibleOrganisation { id } } decision { id } }
      b: workProgramme(year: 2026) { items { id responsibleOrganisation { id } } decision { id } } }`;
    expect(await count(two, {})).toBe(await count(one, {}));
  });
});

describe('the audit log', () => {
  it('shows the content of public records’ entries and withholds a contact’s from an auditor', async () => {
    const auditor = await headersFor(subgraph.issuer, { org: 'lda', scopes: ['audit:read'], subject: 'auditor@lda' });
    const both = await headersFor(subgraph.issuer, {
      org: 'zit_bb',
      scopes: ['audit:read', 'security:read'],
      subject: 'cert@zit_bb',
    });
    const LOG = `query ($type: String!) { organisationsAuditLog(entityType: $type, first: 5) { nodes { entityId redacted after } } }`;
    const contacts = await subgraph.query(LOG, { type: 'MunicipalityContact' }, auditor);
    expect(contacts.errors).toBeUndefined();
    const entries = contacts.data?.organisationsAuditLog.nodes;
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((e: any) => e.redacted && e.after === null)).toBe(true);
    const cert = await subgraph.query(LOG, { type: 'MunicipalityContact' }, both);
    expect(cert.data?.organisationsAuditLog.nodes.every((e: any) => !e.redacted && e.after !== null)).toBe(true);
    const recommendations = await subgraph.query(LOG, { type: 'Recommendation' }, auditor);
    const nodes = recommendations.data?.organisationsAuditLog.nodes;
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.every((e: any) => !e.redacted && e.after !== null)).toBe(true);
  });
});
