import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from './support/hub.ts';

// The SQL cost of a request must not grow with the rows it returns: listing Gemeinden with data from
// every partner costs each subgraph no more statements for all 413 Gemeinden than for 10.

let hub: TestHub;

beforeAll(async () => {
  hub = await startTestHub();
});

afterAll(async () => {
  await hub?.stop();
});

const GEMEINDEN_WITH_EVERYTHING = `query Gemeinden($first: Int!) {
  municipalities(filter: { kinds: [KREISFREIE_STADT, AMTSFREIE_GEMEINDE, AMTSANGEHOERIGE_GEMEINDE, ORTSGEMEINDE, MITVERWALTETE_GEMEINDE] }, first: $first) {
    totalCount
    nodes {
      ars name district { name } amt { name }
      dikomMembership { memberSince }
      projects(first: 5) { totalCount nodes { id title leadMinistry { shortName } ozgServices { name } } }
      licences(first: 5) { totalCount nodes { id product seats } }
      contracts(first: 3) { totalCount nodes { id vendor } }
      securityPosture { certNetworkMember openIncidentCount concept { status } }
    }
  }
}`;

/**
 * The larger request may cost fewer statements than the smaller one (a loader can find a Landkreis it
 * already loaded as an entity), never more.
 */
function expectNoGrowth(small: Record<string, number>, large: Record<string, number>) {
  expect(Object.keys(large).sort()).toEqual(Object.keys(small).sort());
  for (const [name, count] of Object.entries(large)) {
    expect(count, `statements of ${name}`).toBeLessThanOrEqual(small[name] as number);
  }
}

async function statementsFor(first: number) {
  hub.resetStatements();
  const result = await hub.query(GEMEINDEN_WITH_EVERYTHING, { first }, await hub.readerHeaders());
  expect(result.errors).toBeUndefined();
  expect(result.data?.municipalities.nodes).toHaveLength(first);
  return Object.fromEntries(Object.entries(hub.statements).map(([name, list]) => [name, list.length]));
}

describe('statement counts through the gateway', () => {
  it('do not grow per subgraph from 10 Gemeinden to all 413', async () => {
    const few = await statementsFor(10);
    const all = await statementsFor(413);
    expectNoGrowth(few, all);
    // Every subgraph took part, so the comparison means something.
    for (const count of Object.values(all)) expect(count).toBeGreaterThan(0);
  });

  it('do not grow from 10 to all 60 projects with their nested lists', async () => {
    const query = `query ($first: Int!) { projects(first: $first) { nodes {
      id municipalities { name district { name } securityPosture { certNetworkMember } }
      leadMinistry { name } ozgServices { name } procurements { id participatingMunicipalities { name } }
      workOrders { id issuedBy { reference committee { name } } }
    } } }`;
    const count = async (first: number) => {
      hub.resetStatements();
      const result = await hub.query(query, { first }, await hub.readerHeaders());
      expect(result.errors).toBeUndefined();
      return Object.fromEntries(Object.entries(hub.statements).map(([name, list]) => [name, list.length]));
    };
    expectNoGrowth(await count(10), await count(60));
  });
});
