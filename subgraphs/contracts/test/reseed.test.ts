import { headersFor } from '@kaz/subgraph-kit/testing';
import { expect, it } from 'vitest';
import { contractsSubgraph } from '../src/subgraph.ts';
import { setUpSubgraph } from './support.ts';

const { subgraph } = setUpSubgraph();

it('keeps a released allocation released when the seed runs again (a restart on a kept database)', async () => {
  const headers = await headersFor(subgraph.issuer, { org: 'kaz', scopes: ['contracts:write'] });
  const listed = await subgraph.query(
    `{ licences(first: 1) { nodes { id allocations { version municipality { ars } } } } }`,
    {},
    headers,
  );
  const licence = listed.data?.licences.nodes[0];
  const allocation = licence.allocations[0];
  const released = await subgraph.query(
    `mutation ($input: ReleaseLicenceAllocationInput!) { releaseLicenceAllocation(input: $input) { id } }`,
    { input: { licenceId: licence.id, municipalityArs: allocation.municipality.ars, version: allocation.version } },
    headers,
  );
  expect(released.errors).toBeUndefined();

  await contractsSubgraph.seed(subgraph.db);

  const remaining = await subgraph.db
    .selectFrom('licence_allocation')
    .select('ars')
    .where('licence_id', '=', licence.id)
    .where('ars', '=', allocation.municipality.ars)
    .execute();
  expect(remaining).toEqual([]);
});
