import { expectError, expectRefused } from '@kaz/subgraph-kit/testing';
import { describe, expect, it } from 'vitest';
import { setUpSubgraph } from './support.ts';

// Input the schema accepts but the subgraph could not handle, found by the gateway fuzzer
// (test/faults/fuzz.test.ts): text with a NUL character and a cursor whose offset is beyond a
// bigint (both INTERNAL_SERVER_ERROR; now BAD_USER_INPUT naming the argument), a licence with
// 2,147,483,647 seats, which was stored and then made licenceTotals fail (now refused), and a
// certificate window reaching past the year 9999 (INTERNAL_SERVER_ERROR; now it ends there).

const { subgraph, as } = setUpSubgraph();

/** A cursor of the shape the API issues ("offset:<n>", base64url) for an offset it never issued. */
const cursorAt = (offset: string) => Buffer.from(`offset:${offset}`, 'utf8').toString('base64url');

describe('text with a NUL character', () => {
  it('is BAD_USER_INPUT naming the key of a lookup', async () => {
    for (const query of [
      'query ($id: ID!) { licence(id: $id) { id } }',
      'query ($id: ID!) { frameworkContract(id: $id) { id } }',
      'query ($id: ID!) { procurementProcedure(id: $id) { id } }',
      'query ($id: ID!) { certificate(id: $id) { id } }',
    ]) {
      const result = await subgraph.query(query, { id: 'LIZ-\u00000001' }, as['kaz-editor']);
      expectError(result, 'BAD_USER_INPUT', 'id');
    }
  });

  it('is BAD_USER_INPUT naming the filter, also inside an input object', async () => {
    const vendor = await subgraph.query('{ frameworkContracts(vendor: "Muster\\u0000") { totalCount } }');
    expectError(vendor, 'BAD_USER_INPUT', 'vendor');
    const product = await subgraph.query(
      'query ($filter: LicenceFilter) { licences(filter: $filter) { totalCount } }',
      { filter: { productContains: '\u0000' } },
      as['kaz-editor'],
    );
    expectError(product, 'BAD_USER_INPUT', 'filter.productContains');
  });

  it('refuses a mutation input with it and changes nothing', async () => {
    const input = {
      id: 'LIZ-0990',
      product: 'E-Akte\u0000Basis',
      vendor: 'Musterlizenz GmbH',
      seats: 10,
      validFrom: '2026-01-01',
      validTo: '2028-12-31',
      annualCostEur: 100,
    };
    await expectRefused(
      subgraph,
      () =>
        subgraph.query(
          'mutation ($input: CreateLicenceInput!) { createLicence(input: $input) { id } }',
          { input },
          as['kaz-editor'],
        ),
      'BAD_USER_INPUT',
      'input.product',
    );
  });

  it('still finds what it finds without one', async () => {
    const result = await subgraph.query('{ frameworkContracts(vendor: "") { totalCount } }');
    expect(result.errors).toBeUndefined();
    expect(result.data?.frameworkContracts.totalCount).toBeGreaterThan(0);
  });
});

describe('a cursor beyond any page', () => {
  it('is BAD_USER_INPUT naming `after` when its offset is not a safe integer', async () => {
    for (const offset of ['99999999999999999999', '9007199254740993', '1e21']) {
      const result = await subgraph.query(
        'query ($after: String) { procurementProcedures(after: $after) { totalCount } }',
        {
          after: cursorAt(offset),
        },
      );
      expectError(result, 'BAD_USER_INPUT', 'after');
    }
  });

  it('gives an empty page for a large offset that is a safe integer', async () => {
    const result = await subgraph.query(
      'query ($after: String) { procurementProcedures(after: $after) { totalCount nodes { id } } }',
      {
        after: cursorAt('9007199254740990'),
      },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.procurementProcedures.nodes).toEqual([]);
  });
});

describe('the seats of a licence', () => {
  const CREATE = 'mutation ($input: CreateLicenceInput!) { createLicence(input: $input) { id seats } }';
  const input = (id: string, seats: number) => ({
    id,
    product: 'Fachverfahren',
    vendor: 'Musterlizenz GmbH',
    seats,
    validFrom: '2026-01-01',
    validTo: '2026-12-31',
    annualCostEur: 0,
  });

  it('are at most 1,000,000, so that the totals over all licences stay an Int', async () => {
    for (const seats of [1_000_001, 2_147_483_647]) {
      await expectRefused(
        subgraph,
        () => subgraph.query(CREATE, { input: input('LIZ-0991', seats) }, as['kaz-editor']),
        'BAD_USER_INPUT',
        'input.seats',
      );
    }
    const largest = await subgraph.query(CREATE, { input: input('LIZ-0992', 1_000_000) }, as['kaz-editor']);
    expect(largest.errors).toBeUndefined();
    const totals = await subgraph.query('{ licenceTotals { seats } }', {}, as['kaz-editor']);
    expect(totals.errors).toBeUndefined();
    expect(totals.data?.licenceTotals.seats).toBeGreaterThanOrEqual(1_000_000);
  });
});

describe('a certificate window past the year 9999', () => {
  it('ends on 9999-12-31 instead of failing', async () => {
    const result = await subgraph.query(
      '{ certificates(asOf: "9999-12-31", expiringWithinDays: 1) { totalCount } late: certificates(asOf: "9999-01-01", expiringWithinDays: 3650) { totalCount } }',
      {},
      as['kaz-editor'],
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ certificates: { totalCount: 0 }, late: { totalCount: 0 } });
  });
});
