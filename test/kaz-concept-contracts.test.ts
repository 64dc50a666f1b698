import { readFileSync } from 'node:fs';
import { headersAs } from '@kaz/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleRows } from '../subgraphs/contracts/seed/rows.ts';
import { startTestHub, type TestHub } from './support/hub.ts';

// Issue 13, the contracts subgraph's part: the example operations 23–25 through the gateway, each with
// the principal who would ask it, against the sample data.

const operation = (file: string) => readFileSync(new URL(`../schema/operations/${file}`, import.meta.url), 'utf8');

const AMT = '120705001000'; // Amt Bad Wilsnack/Weisen
const PRIGNITZ = '120700000000';

let hub: TestHub;

beforeAll(async () => {
  hub = await startTestHub();
});

afterAll(async () => {
  await hub?.stop();
});

describe("23: an Amt's IT lead sees the licences and certificates of its Gemeinden", () => {
  const query = operation('23-amt-gemeinden-licences.graphql');
  const rows = sampleRows();

  it("answers the Amt with its own licences and its Gemeinden's certificates, as the sample data has them", async () => {
    const result = await hub.query(query, {}, await headersAs(hub.issuer, 'municipality', AMT));
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    const amt = (result.data as any).municipality;
    expect(amt.kind).toBe('AMT');
    const ownLicences = rows.allocations.filter((a) => a.ars === AMT).map((a) => a.licence_id);
    expect(amt.licences.totalCount).toBe(ownLicences.length);
    expect(amt.licences.totalCount).toBeGreaterThan(0);
    const byGemeinde = Object.fromEntries(
      amt.members.nodes.map((g: any) => [g.id, g.certificates.nodes.map((c: any) => c.id)]),
    );
    const expected = rows.certificates.filter((c) => c.holder_ars?.startsWith('120705001') && c.holder_ars !== AMT);
    expect(expected.length).toBeGreaterThan(0);
    for (const certificate of expected) expect(byGemeinde[certificate.holder_ars!]).toContain(certificate.id);
    // The Gemeinden's IT-Sicherheitskonzepte, as CERT-Brandenburg (security:read) sees them.
    const cert = await hub.query(
      `query ($ars: ID!) { municipality(ars: $ars) { members(first: 20) { nodes { id securityPosture { concept { id } } } } } }`,
      { ars: AMT },
      await headersAs(hub.issuer, 'security-team'),
    );
    const concepts = (nodes: any[]) => nodes.map((g: any) => [g.id, g.securityPosture.concept?.id ?? null]);
    expect(concepts(amt.members.nodes)).toEqual(concepts((cert.data as any).municipality.members.nodes));
    expect(concepts(amt.members.nodes).filter(([, id]) => id !== null).length).toBeGreaterThan(0);
  });

  it("refuses the Gemeinden's licences and certificates to the Landkreis, which does not administer them", async () => {
    const result = await hub.query(query, {}, await headersAs(hub.issuer, 'municipality', PRIGNITZ));
    const paths = (result.errors ?? []).map((e) => [e.path?.slice(-1)[0], e.extensions?.code]);
    expect(paths.length).toBeGreaterThan(0);
    for (const [field, code] of paths) {
      expect(['licences', 'certificates', 'concept']).toContain(field);
      expect(code).toBe('FORBIDDEN');
    }
  });
});

describe('24: the LDA asks which vendors process personal data on the Kommunen’s behalf', () => {
  const query = operation('24-processors.graphql');
  const licences = sampleRows().licences.filter((l) => l.processes_personal_data);

  it('lists every Auftragsverarbeitung with its Kommunen and the missing agreements', async () => {
    const result = await hub.query(query, {}, await headersAs(hub.issuer, 'auditor'));
    expect(result.errors).toBeUndefined();
    const data = result.data as any;
    expect(data.dataProcessings.totalCount).toBe(licences.length);
    expect(data.dataProcessings.nodes.map((n: any) => n.licenceId).sort()).toEqual(licences.map((l) => l.id).sort());
    const missing = licences.filter((l) => l.processor_agreement_on == null).map((l) => l.id);
    expect(missing.length).toBeGreaterThan(0);
    expect(data.withoutAgreement.nodes.map((n: any) => n.licenceId).sort()).toEqual(missing.sort());
    const served = data.dataProcessings.nodes.flatMap((n: any) => n.municipalities);
    expect(served.length).toBeGreaterThan(0);
    expect(served.every((m: any) => m.displayName)).toBe(true);
  });

  it('refuses the list to a Kommune', async () => {
    const result = await hub.query(query, {}, await headersAs(hub.issuer, 'municipality', AMT));
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
  });
});

describe('25: a Kommune asks which Vergabehilfen the Kaz offers and who uses them', () => {
  const query = operation('25-procurement-templates.graphql');

  it('lists the adopted templates, free of charge, with the Kommunen that use them', async () => {
    const result = await hub.query(query, {}, await headersAs(hub.issuer, 'municipality', AMT));
    expect(result.errors).toBeUndefined();
    const { totalCount, nodes } = (result.data as any).procurementTemplates;
    expect(totalCount).toBe(3);
    expect(nodes.every((n: any) => n.status === 'ADOPTED' && n.freeOfCharge && n.isSample)).toBe(true);
    const users = nodes.flatMap((n: any) => n.uses.map((u: any) => u.municipality));
    expect(users.map((m: any) => m.ars)).toContain(AMT);
    expect(users.every((m: any) => m.displayName)).toBe(true);
  });
});
