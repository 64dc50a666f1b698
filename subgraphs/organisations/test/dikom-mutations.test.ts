// Over 250 lines: both DIKOM membership mutations with every cell of their access rows, on one started subgraph.
import { addDays, readMunicipalities } from '@kaz/reference-data';
import {
  auditEntries,
  dayInBerlin,
  expectRefused,
  frozenClock,
  headersAs,
  lastAuditId,
} from '@kaz/subgraph-kit/testing';
import { describe, expect, it } from 'vitest';
import { dikomMembershipRows } from '../seed/dikom.ts';
import { HOHEN_NEUENDORF, setUpSubgraph } from './support.ts';

/** The server's clock, frozen for this file: "today" below is its day in Berlin. */
const CLOCK = frozenClock();
const { subgraph, as } = setUpSubgraph({ clock: CLOCK });
const ministry = as.ministry;

const FIELDS = 'municipality { ars } memberSince memberUntil foundingMember isSample version';
const RECORD = `mutation ($input: RecordDikomMembershipInput!) { recordDikomMembership(input: $input) { ${FIELDS} } }`;
const END = `mutation ($input: EndDikomMembershipInput!) { endDikomMembership(input: $input) { ${FIELDS} } }`;
const MEMBERSHIPS = `query ($ars: ID!) { _entities(representations: [{ __typename: "Municipality", ars: $ars }]) {
  ... on Municipality { dikomMembership { memberSince memberUntil version } dikomMemberships { memberSince memberUntil version } }
} }`;

// Kommunen of the sample (fixed seed): current members, members that left, and Gemeinden that never joined.
const sample = dikomMembershipRows();
const current = sample.filter((row) => row.member_until === null && row.member_since !== '2020-04-09');
const leavers = sample.filter((row) => row.member_until !== null);
const members = new Set(sample.map((row) => row.ars));
const strangers = readMunicipalities()
  .map((g) => g.ars)
  .filter((ars) => !members.has(ars));

const at = <T>(items: T[], index: number): T => {
  const item = items[index];
  if (item === undefined) throw new Error(`the sample has no item ${index}`);
  return item;
};

/** Sends a mutation and expects it refused with `code` (and `field`), changing nothing and writing no audit entry. */
async function expectDikomRefused(
  mutation: string,
  input: Record<string, unknown>,
  code: string,
  field?: string,
  headers = ministry,
) {
  return expectRefused(subgraph, () => subgraph.query(mutation, { input }, headers), code, field);
}

const memberships = async (ars: string) =>
  (await subgraph.query(MEMBERSHIPS, { ars })).data?._entities[0] as {
    dikomMembership: { memberSince: string; memberUntil: string | null; version: number } | null;
    dikomMemberships: { memberSince: string; memberUntil: string | null; version: number }[];
  };

describe('recordDikomMembership', () => {
  it('records a Kommune that joins: a new period, version 1, one audit entry', async () => {
    const ars = at(strangers, 0);
    const lastId = await lastAuditId(subgraph.db);
    const result = await subgraph.query(
      RECORD,
      { input: { municipalityArs: ars, memberSince: '2024-05-01' } },
      ministry,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.recordDikomMembership).toEqual({
      municipality: { ars },
      memberSince: '2024-05-01',
      memberUntil: null,
      foundingMember: false,
      isSample: false,
      version: 1,
    });
    expect(await memberships(ars)).toEqual({
      dikomMembership: { memberSince: '2024-05-01', memberUntil: null, version: 1 },
      dikomMemberships: [{ memberSince: '2024-05-01', memberUntil: null, version: 1 }],
    });
    const entries = await auditEntries(subgraph.db, { after: lastId });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      operation: 'recordDikomMembership',
      entity_type: 'DikomMembership',
      entity_id: ars,
      actor_org: 'mdjd',
      before: null,
      after: { ars, member_since: '2024-05-01', member_until: null, version: 1, is_sample: false },
    });
  });

  it('accepts a founding member recorded on 09.04.2020', async () => {
    const result = await subgraph.query(
      RECORD,
      { input: { municipalityArs: at(strangers, 1), memberSince: '2020-04-09' } },
      ministry,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.recordDikomMembership).toMatchObject({ foundingMember: true, version: 1 });
  });

  it('answers CONFLICT for a Kommune that is a member already, changing nothing', async () => {
    const error = await expectDikomRefused(
      RECORD,
      { municipalityArs: at(current, 0).ars, memberSince: '2025-01-01' },
      'CONFLICT',
      'input.municipalityArs',
    );
    expect(error?.extensions?.currentVersion).toBe(1);
  });

  it.each([
    ['an ARS that is not 12 digits', { municipalityArs: '12052' }, 'input.municipalityArs'],
    ['an ARS of no Kommune in Brandenburg', { municipalityArs: '129999999999' }, 'input.municipalityArs'],
    ['a date that is not YYYY-MM-DD', { memberSince: '1.5.2024' }, 'input.memberSince'],
    ['a day that does not exist', { memberSince: '2023-02-29' }, 'input.memberSince'],
    ['a day before DIKOM came into being', { memberSince: '2020-04-08' }, 'input.memberSince'],
    ['a day in the future', { memberSince: dayInBerlin(CLOCK, 1) }, 'input.memberSince'],
  ])('refuses %s with BAD_USER_INPUT naming the field, changing nothing', async (_case, overrides, field) => {
    await expectDikomRefused(
      RECORD,
      { municipalityArs: at(strangers, 2), memberSince: '2024-01-01', ...overrides },
      'BAD_USER_INPUT',
      field,
    );
  });

  it('refuses a new period that does not start after the previous one ended', async () => {
    const leaver = at(leavers, 0);
    await expectDikomRefused(
      RECORD,
      { municipalityArs: leaver.ars, memberSince: leaver.member_until },
      'BAD_USER_INPUT',
      'input.memberSince',
    );
  });

  it('lets a Kommune that left join again with a new period; the ended one is kept and the version continues', async () => {
    const leaver = at(leavers, 0);
    const since = addDays(leaver.member_until as string, 1);
    const lastId = await lastAuditId(subgraph.db);
    const result = await subgraph.query(
      RECORD,
      { input: { municipalityArs: leaver.ars, memberSince: since } },
      ministry,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.recordDikomMembership).toMatchObject({ memberSince: since, memberUntil: null, version: 2 });
    expect(await memberships(leaver.ars)).toEqual({
      dikomMembership: { memberSince: since, memberUntil: null, version: 2 },
      dikomMemberships: [
        { memberSince: leaver.member_since, memberUntil: leaver.member_until, version: 1 },
        { memberSince: since, memberUntil: null, version: 2 },
      ],
    });
    // The earlier period still answers for its days.
    const past = await subgraph.query(
      `query ($on: String) { dikomMembers(activeOn: $on, first: 500) { nodes { municipality { ars } memberSince } } }`,
      { on: leaver.member_since },
    );
    expect(past.data?.dikomMembers.nodes).toContainEqual({
      municipality: { ars: leaver.ars },
      memberSince: leaver.member_since,
    });
    const entries = await auditEntries(subgraph.db, { after: lastId });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      entity_id: leaver.ars,
      before: { member_since: leaver.member_since, member_until: leaver.member_until, version: 1 },
      after: { member_since: since, member_until: null, version: 2 },
    });
  });

  it('refuses an anonymous request with UNAUTHENTICATED', async () => {
    await expectDikomRefused(
      RECORD,
      { municipalityArs: at(strangers, 2), memberSince: '2024-01-01' },
      'UNAUTHENTICATED',
      undefined,
      {},
    );
  });

  it.each(['kaz-editor', 'municipality', 'security-team', 'auditor'] as const)(
    'refuses the %s with FORBIDDEN (rule write.dikom)',
    async (name) => {
      await expectDikomRefused(
        RECORD,
        { municipalityArs: at(strangers, 2), memberSince: '2024-01-01' },
        'FORBIDDEN',
        undefined,
        await headersAs(subgraph.issuer, name, HOHEN_NEUENDORF),
      );
    },
  );

  it('lets exactly one of two concurrent joins of one Kommune through; the other gets CONFLICT', async () => {
    const ars = at(strangers, 3);
    const lastId = await lastAuditId(subgraph.db);
    const results = await Promise.all(
      ['2024-03-01', '2024-04-01'].map((memberSince) =>
        subgraph.query(RECORD, { input: { municipalityArs: ars, memberSince } }, ministry),
      ),
    );
    expect(results.filter((r) => r.errors === undefined)).toHaveLength(1);
    const lost = results.filter((r) => r.errors !== undefined);
    expect(lost).toHaveLength(1);
    expect(lost[0]?.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await memberships(ars)).dikomMemberships).toHaveLength(1);
    expect(await auditEntries(subgraph.db, { after: lastId })).toHaveLength(1);
  });
});

describe('endDikomMembership', () => {
  it('ends the current membership: memberUntil set, version + 1, one audit entry', async () => {
    const member = at(current, 1);
    const lastId = await lastAuditId(subgraph.db);
    const result = await subgraph.query(
      END,
      { input: { municipalityArs: member.ars, version: 1, memberUntil: dayInBerlin(CLOCK) } },
      ministry,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.endDikomMembership).toEqual({
      municipality: { ars: member.ars },
      memberSince: member.member_since,
      memberUntil: dayInBerlin(CLOCK),
      foundingMember: false,
      isSample: true,
      version: 2,
    });
    const entries = await auditEntries(subgraph.db, { after: lastId });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      operation: 'endDikomMembership',
      entity_type: 'DikomMembership',
      entity_id: member.ars,
      actor_org: 'mdjd',
      before: { member_since: member.member_since, member_until: null, version: 1 },
      after: { member_since: member.member_since, member_until: dayInBerlin(CLOCK), version: 2 },
    });
  });

  it('answers CONFLICT for a stale version, changing nothing', async () => {
    const error = await expectDikomRefused(
      END,
      { municipalityArs: at(current, 2).ars, version: 3, memberUntil: dayInBerlin(CLOCK) },
      'CONFLICT',
    );
    expect(error?.extensions?.currentVersion).toBe(1);
    // The membership ended above, seen as it was before (version 1): someone else changed it.
    await expectDikomRefused(
      END,
      { municipalityArs: at(current, 1).ars, version: 1, memberUntil: dayInBerlin(CLOCK) },
      'CONFLICT',
    );
  });

  it('answers NOT_FOUND for a Kommune that never was a member, and for one whose membership has ended', async () => {
    await expectDikomRefused(
      END,
      { municipalityArs: at(strangers, 5), version: 1, memberUntil: dayInBerlin(CLOCK) },
      'NOT_FOUND',
    );
    await expectDikomRefused(
      END,
      { municipalityArs: at(current, 1).ars, version: 2, memberUntil: dayInBerlin(CLOCK) },
      'NOT_FOUND',
    );
    await expectDikomRefused(
      END,
      { municipalityArs: at(leavers, 1).ars, version: 1, memberUntil: dayInBerlin(CLOCK) },
      'NOT_FOUND',
    );
  });

  it.each([
    ['an ARS that is not 12 digits', { municipalityArs: 'Cottbus' }, 'input.municipalityArs'],
    ['an ARS of no Kommune in Brandenburg', { municipalityArs: '120000000001' }, 'input.municipalityArs'],
    ['a version below 1', { version: 0 }, 'input.version'],
    ['a date that is not YYYY-MM-DD', { memberUntil: '2025-1-1' }, 'input.memberUntil'],
    ['a day that does not exist', { memberUntil: '2025-04-31' }, 'input.memberUntil'],
    ['a day in the future', { memberUntil: dayInBerlin(CLOCK, 1) }, 'input.memberUntil'],
    ['a day before the membership began', { memberUntil: '2020-04-09' }, 'input.memberUntil'],
  ])('refuses %s with BAD_USER_INPUT naming the field, changing nothing', async (_case, overrides, field) => {
    await expectDikomRefused(
      END,
      { municipalityArs: at(current, 2).ars, version: 1, memberUntil: dayInBerlin(CLOCK), ...overrides },
      'BAD_USER_INPUT',
      field,
    );
  });

  it('refuses an anonymous request with UNAUTHENTICATED', async () => {
    await expectDikomRefused(
      END,
      { municipalityArs: at(current, 2).ars, version: 1, memberUntil: dayInBerlin(CLOCK) },
      'UNAUTHENTICATED',
      undefined,
      {},
    );
  });

  it.each(['kaz-editor', 'municipality', 'security-team', 'auditor'] as const)(
    'refuses the %s with FORBIDDEN (rule write.dikom)',
    async (name) => {
      await expectDikomRefused(
        END,
        { municipalityArs: at(current, 2).ars, version: 1, memberUntil: dayInBerlin(CLOCK) },
        'FORBIDDEN',
        undefined,
        await headersAs(subgraph.issuer, name, HOHEN_NEUENDORF),
      );
    },
  );

  it('lets exactly one of two concurrent ends with the same version through; the other gets CONFLICT', async () => {
    const member = at(current, 3);
    const lastId = await lastAuditId(subgraph.db);
    const results = await Promise.all(
      ['2025-06-30', '2025-12-31'].map((memberUntil) =>
        subgraph.query(END, { input: { municipalityArs: member.ars, version: 1, memberUntil } }, ministry),
      ),
    );
    const won = results.filter((r) => r.errors === undefined);
    const lost = results.filter((r) => r.errors !== undefined);
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]?.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    const row = await subgraph.db
      .selectFrom('dikom_membership')
      .selectAll()
      .where('ars', '=', member.ars)
      .executeTakeFirstOrThrow();
    expect(row.version).toBe(2);
    expect(row.member_until).toBe(won[0]?.data?.endDikomMembership.memberUntil);
    expect(await auditEntries(subgraph.db, { after: lastId })).toHaveLength(1);
  });

  it('takes a Kommune through leaving, joining again and leaving again, version 1 to 4', async () => {
    const ars = at(strangers, 6);
    const steps = [
      [RECORD, { municipalityArs: ars, memberSince: '2021-01-01' }],
      [END, { municipalityArs: ars, version: 1, memberUntil: '2022-12-31' }],
      [RECORD, { municipalityArs: ars, memberSince: '2023-01-01' }],
      [END, { municipalityArs: ars, version: 3, memberUntil: '2024-06-30' }],
    ] as const;
    for (const [mutation, input] of steps) {
      const result = await subgraph.query(mutation, { input }, ministry);
      expect(result.errors).toBeUndefined();
    }
    expect(await memberships(ars)).toEqual({
      dikomMembership: { memberSince: '2023-01-01', memberUntil: '2024-06-30', version: 4 },
      dikomMemberships: [
        { memberSince: '2021-01-01', memberUntil: '2022-12-31', version: 2 },
        { memberSince: '2023-01-01', memberUntil: '2024-06-30', version: 4 },
      ],
    });
    const log = await subgraph.query(
      `query ($ars: ID!) { organisationsAuditLog(entityType: "DikomMembership", entityId: $ars) {
        totalCount nodes { operation entityId }
      } }`,
      { ars },
      await headersAs(subgraph.issuer, 'auditor'),
    );
    expect(log.data?.organisationsAuditLog).toEqual({
      totalCount: 4,
      nodes: ['endDikomMembership', 'recordDikomMembership', 'endDikomMembership', 'recordDikomMembership'].map(
        (operation) => ({ operation, entityId: ars }),
      ),
    });
  });

  it('keeps the database from holding two open or overlapping periods of one Kommune', async () => {
    const ars = at(strangers, 6);
    const insert = (member_since: string, member_until: string | null) =>
      subgraph.db
        .insertInto('dikom_membership')
        .values({ ars, member_since, member_until, is_sample: false })
        .execute();
    await expect(insert('2024-01-01', null)).rejects.toThrow(/overlap/);
    await insert('2025-01-01', null);
    await expect(insert('2025-06-01', null)).rejects.toThrow();
  });
});
