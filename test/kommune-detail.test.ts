import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from './support/hub.ts';

let hub: TestHub;

beforeAll(async () => {
  hub = await startTestHub();
});

afterAll(async () => {
  await hub?.stop();
});

// The detail page of a Kommune as a dashboard shows it: one query across all five subgraphs.
const DETAIL_PAGE = `query KommuneDetail($ars: ID!) {
  municipality(ars: $ars) {
    ars name kind population
    district { name }
    dikomMembership { memberSince }
    projects(first: 20) {
      totalCount
      nodes {
        id title phase isSample
        leadMinistry { id shortName }
        ozgServices { id name themenfeld }
        procurements { id status }
        municipalities { ars }
      }
    }
    licences(first: 20) { totalCount nodes { id product allocations { municipality { ars } seats } } }
    contracts(first: 20) { totalCount nodes { id vendor } }
    securityPosture { certNetworkMember openIncidentCount concept { basis status } }
    incidents(first: 5) { totalCount nodes { id tlp } }
  }
}`;

/** The ARS of a Kommune that takes part in projects and holds licences, found through the gateway. */
async function busyKommune(): Promise<string> {
  const result = await hub.query(
    `{
    municipalities(filter: { kinds: [AMTSFREIE_GEMEINDE, AMTSANGEHOERIGE_GEMEINDE, ORTSGEMEINDE, MITVERWALTETE_GEMEINDE] }, first: 500) {
      nodes { ars projects(first: 1) { totalCount } licences(first: 1) { totalCount } }
    }
  }`,
    {},
    await hub.readerHeaders(),
  );
  const candidates = result.data?.municipalities.nodes.filter(
    (m: any) => m.projects.totalCount >= 2 && m.licences.totalCount >= 1,
  );
  expect(candidates.length).toBeGreaterThan(0);
  return candidates[0].ars;
}

describe('a Kommune’s detail page', () => {
  it('returns complete data from all five subgraphs without errors', async () => {
    const ars = await busyKommune();
    const result = await hub.query(DETAIL_PAGE, { ars }, await hub.readerHeaders());
    expect(result.errors).toBeUndefined();
    const m = result.data?.municipality;
    expect(m.ars).toBe(ars);
    expect(m.district.name).toEqual(expect.any(String));
    expect(m.projects.totalCount).toBeGreaterThanOrEqual(2);
    for (const project of m.projects.nodes) {
      // Every project listed for the Kommune has it among its participants (both directions agree).
      expect(project.municipalities.map((p: { ars: string }) => p.ars)).toContain(ars);
      expect(project.isSample).toBe(true);
      expect(project.ozgServices.length).toBeGreaterThan(0);
      for (const service of project.ozgServices) expect(service.name).toEqual(expect.any(String));
      if (project.leadMinistry) expect(project.leadMinistry.shortName).toEqual(expect.any(String));
    }
    expect(m.licences.totalCount).toBeGreaterThanOrEqual(1);
    for (const licence of m.licences.nodes) {
      expect(licence.allocations.map((a: any) => a.municipality.ars)).toContain(ars);
    }
    expect(typeof m.securityPosture.certNetworkMember).toBe('boolean');
    expect(m.incidents.nodes.length).toBe(Math.min(5, m.incidents.totalCount));
  });

  it('gives every Kommune a security posture and empty lists rather than errors where a partner has no data', async () => {
    const result = await hub.query(DETAIL_PAGE, { ars: '120735306000' }, await hub.readerHeaders());
    expect(result.errors).toBeUndefined();
    const amt = result.data?.municipality;
    expect(amt.name).toBe('Gramzow');
    expect(amt.securityPosture).not.toBeNull();
    expect(Array.isArray(amt.projects.nodes)).toBe(true);
    expect(amt.licences.totalCount).toBe(amt.licences.nodes.length);
  });

  it('returns null for an unknown Kommune without asking the other subgraphs', async () => {
    hub.resetStatements();
    const result = await hub.query(DETAIL_PAGE, { ars: '129999999999' }, await hub.readerHeaders());
    expect(result.errors).toBeUndefined();
    expect(result.data?.municipality).toBeNull();
    for (const name of ['projects', 'contracts', 'security', 'organisations']) expect(hub.statements[name]).toEqual([]);
  });
});
