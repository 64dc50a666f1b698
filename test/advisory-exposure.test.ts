import { headersAs } from '@kaz/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from './support/hub.ts';

// CERT-Brandenburg asks "which Kommunen run a product hit by a vulnerability?": the security
// subgraph owns Advisory and the products it names, the contracts subgraph extends it with the
// Kommunen holding licences of those products (`@requires` the products), the municipalities
// subgraph names them. Asked through the gateway as the security team, with every subgraph's
// statements counted.

let hub: TestHub;
let team: Record<string, string>;

beforeAll(async () => {
  hub = await startTestHub();
  team = await headersAs(hub.issuer, 'security-team');
});

afterAll(async () => {
  await hub?.stop();
});

const EXPOSURE = `query ($id: ID!) {
  advisory(id: $id) {
    id severity cveIds
    affectedProducts { vendor product }
    affectedMunicipalities { municipality { ars name } products { vendor product } }
  }
}`;

interface Licence {
  vendor: string;
  product: string;
  allocations: { municipality: { ars: string } }[];
}

/** The licences with their holders, read by the Kaz on the licence paths: the answer to check against. */
async function licences(): Promise<Licence[]> {
  const result = await hub.query(
    `{ licences(first: 500) { nodes { vendor product allocations { municipality { ars } } } } }`,
    {},
    await headersAs(hub.issuer, 'kaz-editor'),
  );
  expect(result.errors).toBeUndefined();
  return result.data?.licences.nodes;
}

/** ARS → the products (as "vendor / product") of `named` it holds licences of, as the licences tell. */
function holders(all: Licence[], named: { vendor: string; product: string }[]): Map<string, string[]> {
  const wanted = new Set(named.map((p) => `${p.vendor} / ${p.product}`));
  const byArs = new Map<string, Set<string>>();
  for (const licence of all) {
    const product = `${licence.vendor} / ${licence.product}`;
    if (!wanted.has(product)) continue;
    for (const { municipality } of licence.allocations) {
      byArs.set(municipality.ars, (byArs.get(municipality.ars) ?? new Set()).add(product));
    }
  }
  return new Map([...byArs].map(([ars, products]) => [ars, [...products].sort()]));
}

const counts = () => Object.fromEntries(Object.entries(hub.statements).map(([name, list]) => [name, list.length]));

describe('Advisory.affectedMunicipalities through the gateway', () => {
  it('answers CERT which Kommunen run the products of an advisory, as the licences have it', async () => {
    const result = await hub.query(EXPOSURE, { id: 'CERT-BB-ADV-2026-0042' }, team);
    expect(result.errors).toBeUndefined();
    const advisory = result.data?.advisory;
    expect(advisory).toMatchObject({ id: 'CERT-BB-ADV-2026-0042', severity: 'CRITICAL', cveIds: ['CVE-2026-90601'] });
    const expected = holders(await licences(), advisory.affectedProducts);
    expect(expected.size).toBeGreaterThan(3);
    const got = new Map<string, string[]>(
      advisory.affectedMunicipalities.map((k: any) => [
        k.municipality.ars,
        k.products.map((p: any) => `${p.vendor} / ${p.product}`),
      ]),
    );
    expect(got).toEqual(expected);
    // Ordered by ARS, each named by the municipalities subgraph.
    const arsList = advisory.affectedMunicipalities.map((k: any) => k.municipality.ars);
    expect(arsList).toEqual([...arsList].sort());
    for (const k of advisory.affectedMunicipalities) expect(k.municipality.name).toEqual(expect.any(String));
  });

  it('is empty for an advisory whose product no Kommune has', async () => {
    const result = await hub.query(EXPOSURE, { id: 'CERT-BB-ADV-2026-0040' }, team);
    expect(result.errors).toBeUndefined();
    expect(result.data?.advisory.affectedProducts).toHaveLength(1);
    expect(result.data?.advisory.affectedMunicipalities).toEqual([]);
  });

  it('costs each subgraph the same statements for one advisory as for all six', async () => {
    const query = `query ($first: Int!) { advisories(first: $first) { nodes {
      id affectedMunicipalities { municipality { ars name } products { product } }
    } } }`;
    const run = async (first: number) => {
      hub.resetStatements();
      const result = await hub.query(query, { first }, team);
      expect(result.errors).toBeUndefined();
      expect(result.data?.advisories.nodes).toHaveLength(first);
      return counts();
    };
    // The newest advisory alone, then all six (four of which are run by Kommunen).
    const one = await run(1);
    const six = await run(6);
    const expected = { security: 2, contracts: 1, municipalities: 1, projects: 0, organisations: 0 };
    expect(one).toEqual(expected);
    expect(six).toEqual(expected);
  });

  it('is refused to anonymous requests and to roles without the rule, and shows a Kommune only itself', async () => {
    const anonymous = await hub.query(EXPOSURE, { id: 'CERT-BB-ADV-2026-0042' });
    expect(anonymous.errors?.map((e) => [e.extensions?.code, e.path?.join('.')])).toEqual([
      ['UNAUTHENTICATED', 'advisory.affectedMunicipalities'],
    ]);
    // The advisory itself is public: the rest of the answer stands.
    expect(anonymous.data?.advisory).toMatchObject({ id: 'CERT-BB-ADV-2026-0042', affectedMunicipalities: null });
    for (const column of ['ministry', 'auditor'] as const) {
      const denied = await hub.query(EXPOSURE, { id: 'CERT-BB-ADV-2026-0042' }, await headersAs(hub.issuer, column));
      expect(denied.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
      expect(denied.data?.advisory.affectedMunicipalities).toBeNull();
    }
    const all = await hub.query(EXPOSURE, { id: 'CERT-BB-ADV-2026-0042' }, team);
    const [first, second] = all.data?.advisory.affectedMunicipalities ?? [];
    const asKommune = await hub.query(
      EXPOSURE,
      { id: 'CERT-BB-ADV-2026-0042' },
      await headersAs(hub.issuer, 'municipality', first.municipality.ars),
    );
    expect(asKommune.errors).toBeUndefined();
    expect(asKommune.data?.advisory.affectedMunicipalities).toEqual([first]);
    expect(asKommune.data?.advisory.affectedMunicipalities).not.toContainEqual(second);
  });
});
