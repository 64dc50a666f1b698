// Over 250 lines: the three licence mutations with every cell of their access rows, on one started subgraph.
import { readMunicipalities } from '@kaz/reference-data';
import { auditEntries, dayInBerlin, expectError, expectRefused, frozenClock } from '@kaz/subgraph-kit/testing';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { refusesToAllButContractEditors, setUpSubgraph } from './support.ts';

const { subgraph, as } = setUpSubgraph({ clock: frozenClock(), ars: '120540000000' });

const GEMEINDEN = readMunicipalities().map((g) => g.ars);

const CREATE = `mutation ($input: CreateLicenceInput!) { createLicence(input: $input) {
  id product vendor seats allocatedSeats freeSeats validFrom validTo annualCostEur contract { id } version isSample } }`;
const ALLOCATE = `mutation ($input: AllocateLicenceInput!) { allocateLicence(input: $input) {
  id licence { id freeSeats version } municipality { ars } seats since version isSample } }`;
const RELEASE = `mutation ($input: ReleaseLicenceAllocationInput!) { releaseLicenceAllocation(input: $input) {
  id version allocatedSeats allocations { municipality { ars } } } }`;

let serial = 500;
/** A valid createLicence input with a fresh number; `changes` override fields. */
function licenceInput(changes: Record<string, unknown> = {}) {
  serial += 1;
  return {
    id: `LIZ-${String(serial).padStart(4, '0')}`,
    product: 'E-Akte Basis',
    vendor: 'Musterlizenz GmbH',
    seats: 10,
    validFrom: '2026-01-01',
    validTo: '2028-12-31',
    annualCostEur: 1234.5,
    contractId: 'RV-2023-001',
    ...changes,
  };
}

async function createLicence(changes: Record<string, unknown> = {}) {
  const input = licenceInput(changes);
  const result = await subgraph.query(CREATE, { input }, as['kaz-editor']);
  expect(result.errors).toBeUndefined();
  return (result.data as any).createLicence as { id: string; seats: number; version: number };
}

async function allocationsOf(licenceId: string) {
  return subgraph.db.selectFrom('licence_allocation').selectAll().where('licence_id', '=', licenceId).execute();
}

describe('createLicence', () => {
  it('creates a licence with version 1 and one audit entry', async () => {
    const input = licenceInput();
    const result = await subgraph.query(CREATE, { input }, as['kaz-editor']);
    expect(result.errors).toBeUndefined();
    expect((result.data as any).createLicence).toEqual({
      id: input.id,
      product: 'E-Akte Basis',
      vendor: 'Musterlizenz GmbH',
      seats: 10,
      allocatedSeats: 0,
      freeSeats: 10,
      validFrom: '2026-01-01',
      validTo: '2028-12-31',
      annualCostEur: 1234.5,
      contract: { id: 'RV-2023-001' },
      version: 1,
      isSample: false,
    });
    const entries = await auditEntries(subgraph.db, { entityType: 'Licence', entityId: input.id });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ operation: 'createLicence', actor_org: 'kaz', before: null });
    expect(entries[0]!.after).toMatchObject({ id: input.id, seats: 10, contract_id: 'RV-2023-001', version: 1 });
  });

  it.each([
    ['a malformed number', { id: 'LIZ-12' }, 'input.id'],
    ['an existing number', { id: 'LIZ-0001' }, 'input.id'],
    ['an empty product', { product: '   ' }, 'input.product'],
    ['an empty vendor', { vendor: '' }, 'input.vendor'],
    ['negative seats', { seats: -1 }, 'input.seats'],
    ['an impossible date', { validFrom: '2026-02-30' }, 'input.validFrom'],
    ['a date in another format', { validTo: '31.12.2028' }, 'input.validTo'],
    ['an end before the start', { validFrom: '2027-01-01', validTo: '2026-12-31' }, 'input.validTo'],
    ['a negative cost', { annualCostEur: -0.01 }, 'input.annualCostEur'],
    ['fractions of a cent', { annualCostEur: 10.001 }, 'input.annualCostEur'],
    ['a malformed contract number', { contractId: 'RV-23-1' }, 'input.contractId'],
    ['an unknown contract', { contractId: 'RV-2099-001' }, 'input.contractId'],
  ])('refuses %s with BAD_USER_INPUT and changes nothing', async (_case, changes, field) => {
    await expectRefused(
      subgraph,
      () => subgraph.query(CREATE, { input: licenceInput(changes) }, as['kaz-editor']),
      'BAD_USER_INPUT',
      field,
    );
  });

  it('lets only one of two writers create the same number', async () => {
    const input = licenceInput();
    const results = await Promise.all([1, 2].map(() => subgraph.query(CREATE, { input }, as['kaz-editor'])));
    expect(results.filter((r) => r.errors === undefined)).toHaveLength(1);
    expectError(results.find((r) => r.errors !== undefined)!, 'BAD_USER_INPUT', 'input.id');
    expect(await auditEntries(subgraph.db, { entityType: 'Licence', entityId: input.id })).toHaveLength(1);
  });
});

describe('allocateLicence', () => {
  it('gives a Kommune seats, from today or the start of the term, with one audit entry', async () => {
    const licence = await createLicence({ validFrom: '2020-01-01' });
    const future = await createLicence({ validFrom: '2099-01-01', validTo: '2099-12-31' });
    const result = await subgraph.query(
      ALLOCATE,
      { input: { licenceId: licence.id, municipalityArs: '120540000000', seats: 3 } },
      as['kaz-editor'],
    );
    expect(result.errors).toBeUndefined();
    expect((result.data as any).allocateLicence).toEqual({
      id: `${licence.id}/120540000000`,
      licence: { id: licence.id, freeSeats: 7, version: 1 },
      municipality: { ars: '120540000000' },
      seats: 3,
      since: dayInBerlin(subgraph.clock),
      version: 1,
      isSample: false,
    });
    const entries = await auditEntries(subgraph.db, {
      entityType: 'LicenceAllocation',
      entityId: `${licence.id}/120540000000`,
    });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ operation: 'allocateLicence', before: null });
    expect(entries[0]!.after).toMatchObject({ licence_id: licence.id, ars: '120540000000', seats: 3, version: 1 });
    const later = await subgraph.query(
      ALLOCATE,
      { input: { licenceId: future.id, municipalityArs: '120540000000', seats: 1 } },
      as['kaz-editor'],
    );
    expect((later.data as any).allocateLicence.since).toBe('2099-01-01');
  });

  it('refuses more seats than are free, saying how many are', async () => {
    const licence = await createLicence({ seats: 5 });
    await subgraph.query(
      ALLOCATE,
      { input: { licenceId: licence.id, municipalityArs: GEMEINDEN[0], seats: 3 } },
      as['kaz-editor'],
    );
    const error = await expectRefused(
      subgraph,
      () =>
        subgraph.query(
          ALLOCATE,
          { input: { licenceId: licence.id, municipalityArs: GEMEINDEN[1], seats: 3 } },
          as['kaz-editor'],
        ),
      'BAD_USER_INPUT',
      'input.seats',
    );
    expect(error.message).toMatch(/only 2 of the 5 seats/);
    expect(error.extensions?.freeSeats).toBe(2);
  });

  it.each([
    ['a malformed licence number', { licenceId: 'LIZ-1' }, 'input.licenceId'],
    ['an unknown licence', { licenceId: 'LIZ-9999' }, 'input.licenceId'],
    ['a malformed ARS', { municipalityArs: '12054' }, 'input.municipalityArs'],
    ['an ARS of no Kommune', { municipalityArs: '129999999999' }, 'input.municipalityArs'],
    ['no seats', { seats: 0 }, 'input.seats'],
    ['negative seats', { seats: -2 }, 'input.seats'],
  ])('refuses %s with BAD_USER_INPUT and changes nothing', async (_case, changes, field) => {
    const input = { licenceId: 'LIZ-0040', municipalityArs: '120540000000', seats: 1, ...changes };
    await expectRefused(subgraph, () => subgraph.query(ALLOCATE, { input }, as['kaz-editor']), 'BAD_USER_INPUT', field);
  });

  it('answers CONFLICT for a Kommune that already has seats of the licence', async () => {
    const licence = await createLicence();
    const input = { licenceId: licence.id, municipalityArs: '120530000000', seats: 1 };
    expect((await subgraph.query(ALLOCATE, { input }, as['kaz-editor'])).errors).toBeUndefined();
    await expectRefused(subgraph, () => subgraph.query(ALLOCATE, { input }, as['kaz-editor']), 'CONFLICT');
  });

  it('never allocates more than the seats when 50 Kommunen ask for 20 seats at once', async () => {
    const licence = await createLicence({ seats: 20 });
    const auditBefore = (await auditEntries(subgraph.db)).length;
    const kommunen = GEMEINDEN.slice(100, 150);
    expect(new Set(kommunen).size).toBe(50);
    const results = await Promise.all(
      kommunen.map((ars) =>
        subgraph.query(
          ALLOCATE,
          { input: { licenceId: licence.id, municipalityArs: ars, seats: 1 } },
          as['kaz-editor'],
        ),
      ),
    );
    const accepted = results.filter((r) => r.errors === undefined);
    const refused = results.filter((r) => r.errors !== undefined);
    expect(accepted).toHaveLength(20);
    expect(refused).toHaveLength(30);
    for (const result of refused) {
      const error = expectError(result, 'BAD_USER_INPUT', 'input.seats');
      expect(error.message).toMatch(/only 0 of the 20 seats/);
    }
    const stored = await allocationsOf(licence.id);
    expect(stored).toHaveLength(20);
    expect(stored.reduce((sum, a) => sum + a.seats, 0)).toBe(20);
    const winners = accepted.map((r) => (r.data as any).allocateLicence.municipality.ars).sort();
    expect(stored.map((a) => a.ars).sort()).toEqual(winners);
    const entries = await subgraph.db
      .selectFrom('audit_log')
      .select('entity_id')
      .where('operation', '=', 'allocateLicence')
      .where('entity_id', 'like', `${licence.id}/%`)
      .execute();
    expect(entries).toHaveLength(20);
    expect(entries.map((e) => e.entity_id.split('/')[1]).sort()).toEqual(winners);
    expect((await auditEntries(subgraph.db)).length).toBe(auditBefore + 20);
    const check = await subgraph.query(
      `query ($id: ID!) { licence(id: $id) { freeSeats allocatedSeats } }`,
      { id: licence.id },
      as['kaz-editor'],
    );
    expect((check.data as any).licence).toEqual({ freeSeats: 0, allocatedSeats: 20 });
  });
});

describe('releaseLicenceAllocation', () => {
  async function allocated(seats = 2) {
    const licence = await createLicence();
    const result = await subgraph.query(
      ALLOCATE,
      { input: { licenceId: licence.id, municipalityArs: '120650000000', seats } },
      as['kaz-editor'],
    );
    expect(result.errors).toBeUndefined();
    return { licenceId: licence.id, municipalityArs: '120650000000', version: 1 };
  }

  it('takes the seats back, returns the licence and writes one audit entry with the allocation before', async () => {
    const input = await allocated(4);
    const result = await subgraph.query(RELEASE, { input }, as['kaz-editor']);
    expect(result.errors).toBeUndefined();
    expect((result.data as any).releaseLicenceAllocation).toEqual({
      id: input.licenceId,
      version: 1,
      allocatedSeats: 0,
      allocations: [],
    });
    expect(await allocationsOf(input.licenceId)).toEqual([]);
    const entries = await auditEntries(subgraph.db, {
      entityType: 'LicenceAllocation',
      entityId: `${input.licenceId}/${input.municipalityArs}`,
    });
    expect(entries.map((e) => e.operation)).toEqual(['allocateLicence', 'releaseLicenceAllocation']);
    expect(entries[1]!.before).toMatchObject({
      licence_id: input.licenceId,
      ars: input.municipalityArs,
      seats: 4,
      version: 1,
    });
    expect(entries[1]!.after).toBeNull();
  });

  it.each([
    ['a malformed licence number', { licenceId: 'LIZ' }, 'input.licenceId'],
    ['a malformed ARS', { municipalityArs: 'Beeskow' }, 'input.municipalityArs'],
    ['an ARS of no Kommune', { municipalityArs: '120000000001' }, 'input.municipalityArs'],
  ])('refuses %s with BAD_USER_INPUT and changes nothing', async (_case, changes, field) => {
    const input = { ...(await allocated()), ...changes };
    await expectRefused(subgraph, () => subgraph.query(RELEASE, { input }, as['kaz-editor']), 'BAD_USER_INPUT', field);
  });

  it('answers NOT_FOUND for an allocation that never was', async () => {
    const input = { licenceId: 'LIZ-0034', municipalityArs: '120540000000', version: 1 };
    await expectRefused(subgraph, () => subgraph.query(RELEASE, { input }, as['kaz-editor']), 'NOT_FOUND');
  });

  it('answers CONFLICT for a stale version and changes nothing', async () => {
    const input = await allocated();
    await expectRefused(
      subgraph,
      () => subgraph.query(RELEASE, { input: { ...input, version: 2 } }, as['kaz-editor']),
      'CONFLICT',
    );
  });

  it('lets only one of two writers with the same version release; the other gets CONFLICT', async () => {
    const input = await allocated();
    const results = await Promise.all([1, 2].map(() => subgraph.query(RELEASE, { input }, as['kaz-editor'])));
    expect(results.filter((r) => r.errors === undefined)).toHaveLength(1);
    expectError(results.find((r) => r.errors !== undefined)!, 'CONFLICT');
    const entries = await auditEntries(subgraph.db, {
      entityType: 'LicenceAllocation',
      entityId: `${input.licenceId}/${input.municipalityArs}`,
    });
    expect(entries.map((e) => e.operation)).toEqual(['allocateLicence', 'releaseLicenceAllocation']);
  });
});

describe('write.licence: who may', () => {
  const cases = () =>
    [
      ['createLicence', CREATE, { input: licenceInput() }],
      ['allocateLicence', ALLOCATE, { input: { licenceId: 'LIZ-0040', municipalityArs: '120540000000', seats: 1 } }],
      [
        'releaseLicenceAllocation',
        RELEASE,
        { input: { licenceId: 'LIZ-0001', municipalityArs: '120540000000', version: 1 } },
      ],
    ] as const;

  refusesToAllButContractEditors('licence', () => ({ subgraph, as }), cases);

  it('keeps the seat invariant in the database as a last line of defence', async () => {
    const before = await subgraph.snapshot();
    const overbook = subgraph.db.transaction().execute(async (trx) => {
      await sql`insert into licence_allocation (licence_id, ars, seats, since, is_sample)
        values ('LIZ-0040', '120540000000', 2, '2026-11-26', false)`.execute(trx);
    });
    await expect(overbook).rejects.toThrow(/seats allocated but only/);
    expect(await subgraph.snapshot()).toEqual(before);
  });
});

describe('several writes in one request', () => {
  it('answers every mutation with the rows as they are after it, never a row cached before it', async () => {
    const licence = await createLicence({ seats: 10 });
    const result = await subgraph.query(
      `mutation ($first: AllocateLicenceInput!, $second: AllocateLicenceInput!) {
        first: allocateLicence(input: $first) { licence { freeSeats allocatedSeats } }
        second: allocateLicence(input: $second) { licence { freeSeats allocatedSeats } }
      }`,
      {
        first: { licenceId: licence.id, municipalityArs: GEMEINDEN[0], seats: 3 },
        second: { licenceId: licence.id, municipalityArs: GEMEINDEN[1], seats: 4 },
      },
      as['kaz-editor'],
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      first: { licence: { freeSeats: 7, allocatedSeats: 3 } },
      second: { licence: { freeSeats: 3, allocatedSeats: 7 } },
    });
  });
});
