import {
  auditEntries,
  dayInBerlin,
  expectRefused,
  frozenClock,
  headersAs,
  lastAuditId,
} from '@kaz/subgraph-kit/testing';
import { describe, expect, it } from 'vitest';
import { HOHEN_NEUENDORF, setUpSubgraph } from './support.ts';

/** The server's clock, frozen for this file: "today" below is its day in Berlin. */
const CLOCK = frozenClock();
const { subgraph, as } = setUpSubgraph({ clock: CLOCK });
const ministry = as.ministry;

const RECORD = `mutation ($input: RecordDecisionInput!) {
  recordDecision(input: $input) { id reference decidedOn title text isSample version committee { id } }
}`;

const THIS_YEAR = dayInBerlin(CLOCK).slice(0, 4);

const valid = (overrides: Record<string, unknown> = {}) => ({
  committeeId: 'it-rat',
  reference: `Entscheidung ${THIS_YEAR}/1`,
  decidedOn: dayInBerlin(CLOCK),
  title: 'Einführung eines gemeinsamen Terminbuchungsdienstes',
  text: 'Der IT-Rat beschließt die Einführung eines gemeinsamen Terminbuchungsdienstes für Land und Kommunen.',
  ...overrides,
});

/** Sends recordDecision and expects it to be refused with `code` (and `field`), changing nothing. */
async function expectDecisionRefused(input: Record<string, unknown>, code: string, field?: string, headers = ministry) {
  const error = await expectRefused(subgraph, () => subgraph.query(RECORD, { input }, headers), code, field);
  expect(error.path).toEqual(['recordDecision']);
}

describe('recordDecision', () => {
  it('records a decision of the IT-Rat with the next id of its year, version 1, and one audit entry', async () => {
    const lastId = await lastAuditId(subgraph.db);
    const result = await subgraph.query(RECORD, { input: valid() }, ministry);
    expect(result.errors).toBeUndefined();
    const id = `itrat-${THIS_YEAR}-1`;
    expect(result.data?.recordDecision).toEqual({
      id,
      reference: `Entscheidung ${THIS_YEAR}/1`,
      decidedOn: dayInBerlin(CLOCK),
      title: valid().title,
      text: valid().text,
      isSample: false,
      version: 1,
      committee: { id: 'it-rat' },
    });
    const read = await subgraph.query(`query ($id: ID!) { decision(id: $id) { id version isSample } }`, { id });
    expect(read.data?.decision).toEqual({ id, version: 1, isSample: false });

    const entries = await auditEntries(subgraph.db, { after: lastId });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      operation: 'recordDecision',
      entity_type: 'Decision',
      entity_id: id,
      actor_org: 'mdjd',
      actor_subject: 'ministry@mdjd',
      before: null,
    });
    expect(entries[0]?.after).toMatchObject({ id, committee_id: 'it-rat', version: 1, is_sample: false });
  });

  it('continues the numbering of a year after the sample decisions (itrat-2025-3) and trims text fields', async () => {
    const result = await subgraph.query(
      RECORD,
      {
        input: valid({
          reference: '  Entscheidung 2025/3 ',
          decidedOn: '2025-11-20',
          title: ' Nachtrag zum Arbeitsplan ',
        }),
      },
      ministry,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.recordDecision).toMatchObject({
      id: 'itrat-2025-3',
      reference: 'Entscheidung 2025/3',
      title: 'Nachtrag zum Arbeitsplan',
    });
  });

  it('uses the prefixes sg and pgozg for the Steuerungsgremium and the PG OZG', async () => {
    const sg = await subgraph.query(
      RECORD,
      { input: valid({ committeeId: 'steuerungsgremium', reference: 'Beschluss 2024/3', decidedOn: '2024-12-10' }) },
      ministry,
    );
    const pg = await subgraph.query(
      RECORD,
      { input: valid({ committeeId: 'pg-ozg', reference: 'Beschluss 2025/1', decidedOn: '2025-03-03' }) },
      ministry,
    );
    expect(sg.data?.recordDecision.id).toBe('sg-2024-3');
    expect(pg.data?.recordDecision.id).toBe('pgozg-2025-1');
  });

  it('lets two committees use the same reference', async () => {
    const result = await subgraph.query(
      RECORD,
      { input: valid({ committeeId: 'pg-ozg', reference: `Entscheidung ${THIS_YEAR}/1` }) },
      ministry,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.recordDecision.id).toBe(`pgozg-${THIS_YEAR}-1`);
  });

  it('answers CONFLICT for a reference the committee has already used, changing nothing', async () => {
    await expectDecisionRefused(
      valid({ reference: 'Entscheidung 2020/3', decidedOn: '2020-10-15' }),
      'CONFLICT',
      'input.reference',
    );
    await expectDecisionRefused(valid({ reference: ` Entscheidung ${THIS_YEAR}/1` }), 'CONFLICT', 'input.reference');
  });

  it.each([
    ['an unknown committee', { committeeId: 'landtag' }, 'input.committeeId'],
    ['an empty reference', { reference: '' }, 'input.reference'],
    ['a blank reference', { reference: '   ' }, 'input.reference'],
    ['a reference of 101 characters', { reference: 'B'.repeat(101) }, 'input.reference'],
    ['a date that is not YYYY-MM-DD', { decidedOn: '15.03.2025' }, 'input.decidedOn'],
    ['a day that does not exist', { decidedOn: '2025-02-29' }, 'input.decidedOn'],
    ['a day in the future', { decidedOn: dayInBerlin(CLOCK, 1) }, 'input.decidedOn'],
    ['an empty title', { title: ' ' }, 'input.title'],
    ['a title of 301 characters', { title: 'T'.repeat(301) }, 'input.title'],
    ['an empty text', { text: '' }, 'input.text'],
  ])('refuses %s with BAD_USER_INPUT naming the field, changing nothing', async (_case, overrides, field) => {
    await expectDecisionRefused(valid({ reference: 'Entscheidung 2099/9', ...overrides }), 'BAD_USER_INPUT', field);
  });

  it('accepts a title of exactly 300 characters', async () => {
    const result = await subgraph.query(
      RECORD,
      { input: valid({ reference: 'Entscheidung 2024/3', decidedOn: '2024-12-01', title: 'T'.repeat(300) }) },
      ministry,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.recordDecision.id).toBe('itrat-2024-3');
  });

  it('refuses an anonymous request with UNAUTHENTICATED, changing nothing', async () => {
    await expectDecisionRefused(valid({ reference: 'Entscheidung 2099/1' }), 'UNAUTHENTICATED', undefined, {});
  });

  it('treats a forged token as none: UNAUTHENTICATED', async () => {
    const forged = await subgraph.issuer.forged({ org: 'mdjd', scopes: ['organisations:write'] });
    await expectDecisionRefused(valid({ reference: 'Entscheidung 2099/1' }), 'UNAUTHENTICATED', undefined, {
      authorization: `Bearer ${forged}`,
    });
  });

  it.each(['kaz-editor', 'municipality', 'security-team', 'auditor'] as const)(
    'refuses the %s with FORBIDDEN (rule write.decision), changing nothing',
    async (name) => {
      await expectDecisionRefused(
        valid({ reference: 'Entscheidung 2099/1' }),
        'FORBIDDEN',
        undefined,
        await headersAs(subgraph.issuer, name, HOHEN_NEUENDORF),
      );
    },
  );

  it('gives two concurrent decisions of one committee and year different ids, one audit entry each', async () => {
    const lastId = await lastAuditId(subgraph.db);
    const results = await Promise.all(
      [1, 2, 3].map((n) =>
        subgraph.query(
          RECORD,
          {
            input: valid({
              committeeId: 'steuerungsgremium',
              reference: `Beschluss 2023/${10 + n}`,
              decidedOn: '2023-12-20',
            }),
          },
          ministry,
        ),
      ),
    );
    for (const result of results) expect(result.errors).toBeUndefined();
    const ids = results.map((r) => r.data?.recordDecision.id).sort();
    // The sample has sg-2023-1 and sg-2023-2.
    expect(ids).toEqual(['sg-2023-3', 'sg-2023-4', 'sg-2023-5']);
    const entries = await auditEntries(subgraph.db, { after: lastId });
    expect(entries.map((e) => e.entity_id).sort()).toEqual(ids);
  });

  it('lets exactly one of two concurrent decisions with the same reference through; the other gets CONFLICT', async () => {
    const before = await subgraph.db.selectFrom('decision').select('id').execute();
    const lastId = await lastAuditId(subgraph.db);
    const input = valid({ committeeId: 'pg-ozg', reference: 'Beschluss 2024/7', decidedOn: '2024-11-11' });
    const results = await Promise.all([1, 2].map(() => subgraph.query(RECORD, { input }, ministry)));
    const won = results.filter((r) => r.errors === undefined);
    const lost = results.filter((r) => r.errors !== undefined);
    expect(won).toHaveLength(1);
    expect(won[0]?.data?.recordDecision.id).toBe('pgozg-2024-3');
    expect(lost).toHaveLength(1);
    expect(lost[0]?.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await subgraph.db.selectFrom('decision').select('id').execute()).toHaveLength(before.length + 1);
    expect(await auditEntries(subgraph.db, { after: lastId })).toHaveLength(1);
  });

  it('never stores two decisions with one id', async () => {
    const rows = await subgraph.db.selectFrom('decision').select('id').execute();
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
  });
});
