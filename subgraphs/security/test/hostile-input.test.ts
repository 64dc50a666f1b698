import { expectError, type TestError } from '@kaz/subgraph-kit/testing';
import { describe, expect, it } from 'vitest';
import { setUpSubgraph } from './support.ts';

// Dates at the edges of the calendar, found by the gateway fuzzer (test/faults/fuzz.test.ts) and a
// probe of every date argument: the end of a range on 9999-12-31 (its next midnight lies in the year
// 10000), a time zone shift into the year 10000, and months of the years 0000 and 0001 (whose
// default `from` lies in the year 0) reached PostgreSQL as timestamps it cannot read and came back as
// INTERNAL_SERVER_ERROR. Instants and months now lie between the years 1900 and 2999.

const { subgraph, as } = setUpSubgraph();
const team = as['security-team'];

const INCIDENTS = 'query ($filter: IncidentFilter) { incidents(filter: $filter) { totalCount } }';
const DUE = 'query ($asOf: String) { ldaNotificationsDue(asOf: $asOf) { id } }';
const STATISTICS = 'query ($from: String, $to: String) { incidentStatistics(from: $from, to: $to) { count } }';

function expectBadInput(result: { errors?: TestError[] }, field: string) {
  expectError(result, 'BAD_USER_INPUT', field);
}

describe('an instant outside the years 1900 to 2999', () => {
  it('is BAD_USER_INPUT naming the filter bound', async () => {
    for (const value of ['9999-12-31', '9999-12-31T23:59:59-12:00', '1899-12-31']) {
      expectBadInput(await subgraph.query(INCIDENTS, { filter: { detectedTo: value } }, team), 'filter.detectedTo');
      expectBadInput(await subgraph.query(INCIDENTS, { filter: { detectedFrom: value } }, team), 'filter.detectedFrom');
    }
  });

  it('is BAD_USER_INPUT naming asOf of the due LDA notifications', async () => {
    expectBadInput(await subgraph.query(DUE, { asOf: '9999-12-31T23:59:59-12:00' }, team), 'asOf');
  });

  it('is fine at the edges of that range', async () => {
    const result = await subgraph.query(
      INCIDENTS,
      { filter: { detectedFrom: '1900-01-01', detectedTo: '2999-12-31' } },
      team,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.incidents.totalCount).toBeGreaterThan(0);
    const due = await subgraph.query(DUE, { asOf: '2999-12-31T23:59:59Z' }, team);
    expect(due.errors).toBeUndefined();
  });
});

describe('a month outside the years 1900 to 2999', () => {
  it('is BAD_USER_INPUT naming the argument, also when it would only make the default `from` one', async () => {
    expectBadInput(await subgraph.query(STATISTICS, { to: '0001-01' }, team), 'to');
    expectBadInput(await subgraph.query(STATISTICS, { from: '0000-12', to: '0000-12' }, team), 'to');
    expectBadInput(await subgraph.query(STATISTICS, { from: '1899-12' }, team), 'from');
  });

  it('counts from 1900-01 to 2999-12', async () => {
    const result = await subgraph.query(STATISTICS, { from: '1900-01', to: '2999-12' }, team);
    expect(result.errors).toBeUndefined();
    expect(result.data?.incidentStatistics.length).toBeGreaterThan(0);
  });
});
