// Over 250 lines: every path to the same protected records, on one hub.
import { headersAs, POTSDAM } from '@kaz/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from '../support/hub.ts';

// Issue 9, class 3: the same record must give the same answer on every path — root fields, nested
// fields, `_entities`, counts, audit entries and mutation errors — through the gateway and straight
// at the subgraph that owns it. Each case below was a side door on main.

type Answer = { data?: any; errors?: { message: string; path?: (string | number)[]; extensions?: any }[] };

let hub: TestHub;
let reader: Record<string, string>;
const bearer = async (org: string, scopes: string[] = []) => ({
  authorization: `Bearer ${await hub.issuer.sign({ org, scopes })}`,
});

beforeAll(async () => {
  hub = await startTestHub();
  reader = await bearer('kaz', ['projects:write', 'contracts:write', 'security:read', 'audit:read']);
});

afterAll(async () => {
  await hub?.stop();
});

/** Sends an operation straight to one subgraph, past the gateway, as an attacker on its network could. */
async function direct(subgraph: string, query: string, variables: object, headers: Record<string, string>) {
  const response = await fetch(hub.subgraphs[subgraph]?.url as string, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as Answer;
}

/** Through the gateway; fails the test on any error when `clean` is set. */
async function gateway(query: string, variables: object, headers: Record<string, string>, clean = false) {
  const result = (await hub.query(query, variables as Record<string, unknown>, headers)) as Answer;
  if (clean) expect(result.errors).toBeUndefined();
  return result;
}

/** Reports a TLP:RED malware incident in Potsdam, detected an hour ago, as `headers`; returns its id. */
async function reportRedIncident(
  headers: Record<string, string>,
  input: { title: string; severity: string; personalDataInvolved: boolean },
): Promise<string> {
  const reported = await gateway(
    `mutation ($input: ReportIncidentInput!) { reportIncident(input: $input) { id } }`,
    {
      input: {
        ...input,
        category: 'MALWARE',
        tlp: 'RED',
        detectedAt: new Date(Date.now() - 3_600_000).toISOString(),
        affectedMunicipalityArs: ['120540000000'],
      },
    },
    headers,
    true,
  );
  return reported.data.reportIncident.id as string;
}

describe('audit entries follow the rule of the entity they describe', () => {
  it('withholds the content of a TLP:RED incident and of a security concept from the auditor', async () => {
    const team = await headersAs(hub.issuer, 'security-team');
    const id = await reportRedIncident(team, {
      title: 'Geheimer Vorfall: Ransomware in der Kreisverwaltung',
      severity: 'CRITICAL',
      personalDataInvolved: false,
    });
    const auditor = await headersAs(hub.issuer, 'auditor');
    const log = `query ($id: ID!) { securityAuditLog(entityType: "SecurityIncident", entityId: $id) {
      totalCount nodes { operation entityId before after redacted } } }`;
    for (const answer of [await gateway(log, { id }, auditor, true), await direct('security', log, { id }, auditor)]) {
      expect(answer.errors).toBeUndefined();
      expect(answer.data.securityAuditLog.nodes).toEqual([
        { operation: 'reportIncident', entityId: id, before: null, after: null, redacted: true },
      ]);
      expect(JSON.stringify(answer)).not.toContain('Ransomware');
    }
    // Every other path hides the incident from the auditor too.
    expect((await gateway(`query ($id: ID!) { incident(id: $id) { id } }`, { id }, auditor, true)).data).toEqual({
      incident: null,
    });
    // A reader who may see the incident gets the content from the same log.
    const full = await gateway(log, { id }, reader, true);
    expect(full.data.securityAuditLog.nodes[0].redacted).toBe(false);
    expect(JSON.parse(full.data.securityAuditLog.nodes[0].after)).toMatchObject({ tlp: 'RED' });

    const concepts = `{ securityAuditLog(entityType: "SecurityConcept", first: 500) { nodes { after redacted } } }`;
    const saved = await gateway(
      `mutation ($input: SaveSecurityConceptInput!) { saveSecurityConcept(input: $input) { id } }`,
      { input: { municipalityArs: '120650136136', basis: 'ISIS12', status: 'DRAFT' } },
      await headersAs(hub.issuer, 'municipality', '120650136136'),
      true,
    );
    expect(saved.data.saveSecurityConcept.id).toBe('ISK-120650136136');
    const entries = (await gateway(concepts, {}, auditor, true)).data.securityAuditLog.nodes;
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) expect(entry).toEqual({ after: null, redacted: true });
  });
});

describe('licence allocations', () => {
  it("shows a Kommune only its own allocation of a shared licence, never another Kommune's seats and dates", async () => {
    const { licences } = (
      await gateway(`{ licences(first: 500) { nodes { id allocations { municipality { ars } } } } }`, {}, reader, true)
    ).data;
    const shared = licences.nodes.find((l: any) => l.allocations.length >= 2);
    const own = shared.allocations[0].municipality.ars as string;
    const others = shared.allocations.slice(1).map((a: any) => a.municipality.ars as string);
    const kommune = await headersAs(hub.issuer, 'municipality', own);
    const query = `query ($id: ID!, $ars: ID!) {
      licence(id: $id) { allocations { municipality { ars } seats since } }
      municipality(ars: $ars) { licences(first: 500) { nodes { id allocations { municipality { ars } } } } } }`;
    const answer = await gateway(query, { id: shared.id, ars: own }, kommune, true);
    expect(answer.data.licence.allocations.map((a: any) => a.municipality.ars)).toEqual([own]);
    for (const licence of answer.data.municipality.licences.nodes) {
      expect(licence.allocations.map((a: any) => a.municipality.ars)).toEqual([own]);
    }
    const entity = await direct(
      'contracts',
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Licence { allocations { since municipality { ars } } } } }`,
      { r: [{ __typename: 'Licence', id: shared.id }] },
      kommune,
    );
    expect(entity.errors).toBeUndefined();
    expect(entity.data._entities[0].allocations.map((a: any) => a.municipality.ars)).toEqual([own]);
    for (const other of others) expect(JSON.stringify([answer, entity])).not.toContain(other);
  });
});

describe('work orders: the Kaz all, a ministry its own', () => {
  it("answers another ministry's work order the same on every path: not there", async () => {
    const { workOrders } = (
      await gateway(
        `{ workOrders(first: 500) { nodes { id issuingMinistry { id } issuedBy { id } project { id leadMinistry { id } } } } }`,
        {},
        reader,
        true,
      )
    ).data;
    const foreign = (w: any) => w.issuingMinistry?.id !== 'mdjd' && w.project?.leadMinistry?.id !== 'mdjd';
    const target = workOrders.nodes.find((w: any) => foreign(w) && w.project && w.issuedBy);
    const ministry = await headersAs(hub.issuer, 'ministry');
    const answer = await gateway(
      `query ($id: ID!, $project: ID!, $org: ID!, $decision: ID!) {
        workOrder(id: $id) { id }
        workOrders(first: 500) { totalCount nodes { id } }
        project(id: $project) { title workOrders { id } }
        organisation(id: $org) { issuedWorkOrders { id } }
        decision(id: $decision) { workOrders { id } } }`,
      { id: target.id, project: target.project.id, org: target.issuingMinistry.id, decision: target.issuedBy.id },
      ministry,
    );
    expect(answer.data.workOrder).toBeNull();
    expect(answer.data.workOrders.totalCount).toBe(workOrders.nodes.filter((w: any) => !foreign(w)).length);
    expect(answer.data.project).toEqual({ title: expect.any(String), workOrders: null });
    expect(answer.errors?.map((e) => [e.path?.join('.'), e.extensions?.code])).toEqual([
      ['project.workOrders', 'FORBIDDEN'],
    ]);
    expect(JSON.stringify(answer)).not.toContain(target.id);
    const entity = await direct(
      'projects',
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on WorkOrder { id title } } }`,
      { r: [{ __typename: 'WorkOrder', id: target.id }] },
      ministry,
    );
    expect(entity).toEqual({ data: { _entities: [null] } });
  });
});

describe('unpublished procurement procedures', () => {
  it('keeps a PLANNED procedure, its value and participants from everyone but the Kaz on every path', async () => {
    const kaz = await headersAs(hub.issuer, 'kaz-editor');
    const input = {
      id: 'VG-2031-777',
      title: 'Geplant: gemeinsame Beschaffung von Fachverfahren',
      procedureType: 'OPEN_PROCEDURE',
      status: 'PLANNED',
      estimatedValueEur: 4_321_000,
      participatingMunicipalityArs: ['120540000000'],
      projectId: 'KAZ-2021-01',
    };
    await gateway(
      `mutation ($input: CreateProcurementProcedureInput!) { createProcurementProcedure(input: $input) { id } }`,
      { input },
      kaz,
      true,
    );
    const query = `{ procurementProcedure(id: "VG-2031-777") { id estimatedValueEur }
      planned: procurementProcedures(status: PLANNED, first: 500) { totalCount nodes { id } }
      project(id: "KAZ-2021-01") { procurements { id } }
      municipality(ars: "120540000000") { procurementProcedures { id } } }`;
    const seen = await gateway(query, {}, kaz, true);
    expect(seen.data.procurementProcedure).toEqual({ id: 'VG-2031-777', estimatedValueEur: 4_321_000 });
    for (const headers of [
      {},
      await headersAs(hub.issuer, 'municipality', POTSDAM),
      await headersAs(hub.issuer, 'ministry'),
    ]) {
      const answer = await gateway(query, {}, headers, true);
      expect(answer.data.procurementProcedure).toBeNull();
      expect(answer.data.planned).toEqual({ totalCount: 0, nodes: [] });
      expect(JSON.stringify(answer)).not.toContain('VG-2031-777');
      const entity = await direct(
        'contracts',
        `{ _entities(representations: [{ __typename: "ProcurementProcedure", id: "VG-2031-777" }]) { ... on ProcurementProcedure { estimatedValueEur } } }`,
        {},
        headers,
      );
      expect(entity).toEqual({ data: { _entities: [null] } });
    }
  });
});

describe('mutation results', () => {
  it('shows a Kommune that reports a TLP:RED incident the same incident on the other paths as in the answer', async () => {
    const kommune = await headersAs(hub.issuer, 'municipality', '120650136136');
    const reported = await gateway(
      `mutation ($input: ReportIncidentInput!) { reportIncident(input: $input) { id title tlp } }`,
      {
        input: {
          title: 'Verschlüsselte Server im Rathaus',
          category: 'MALWARE',
          severity: 'CRITICAL',
          tlp: 'RED',
          detectedAt: new Date(Date.now() - 3_600_000).toISOString(),
          affectedMunicipalityArs: ['120650136136'],
          personalDataInvolved: false,
        },
      },
      kommune,
      true,
    );
    const { id, title } = reported.data.reportIncident;
    const lookup = `query ($id: ID!) { incident(id: $id) { id title } }`;
    expect((await gateway(lookup, { id }, kommune, true)).data.incident).toEqual({ id, title });
    expect((await direct('security', lookup, { id }, kommune)).data.incident).toEqual({ id, title });
    // Still hidden from other Kommunen, as the TLP table says.
    expect(
      (await gateway(lookup, { id }, await headersAs(hub.issuer, 'municipality', POTSDAM), true)).data.incident,
    ).toBeNull();
  });
});

describe('hidden and missing records are indistinguishable', () => {
  it("gives a Kommune null for another Kommune's licence and certificate, exactly as for unknown ones", async () => {
    const { licences, certificates } = (
      await gateway(
        `{ licences(first: 500) { nodes { id contract { id } allocations { municipality { ars } } } }
           certificates(first: 500) { nodes { id holder { ars } } } }`,
        {},
        reader,
        true,
      )
    ).data;
    const own = licences.nodes.find((l: any) => l.contract && l.allocations.length > 0);
    const ars = own.allocations[0].municipality.ars as string;
    const hidden = licences.nodes.filter((l: any) => !l.allocations.some((a: any) => a.municipality.ars === ars));
    const foreignCertificate = certificates.nodes.find((c: any) => c.holder?.ars !== ars);
    const kommune = await headersAs(hub.issuer, 'municipality', ars);
    const answer = await gateway(
      `query ($hidden: ID!, $cert: ID!, $contract: ID!) {
        hidden: licence(id: $hidden) { id } unknown: licence(id: "LIZ-9999") { id }
        hiddenCert: certificate(id: $cert) { id } unknownCert: certificate(id: "CERT-9999") { id }
        frameworkContract(id: $contract) { licences { id } } }`,
      { hidden: hidden[0].id, cert: foreignCertificate.id, contract: own.contract.id },
      kommune,
      true,
    );
    expect(answer.data).toMatchObject({ hidden: null, unknown: null, hiddenCert: null, unknownCert: null });
    for (const licence of hidden) expect(JSON.stringify(answer)).not.toContain(`"${licence.id}"`);
  });

  it('gives security:write without security:read the same NOT_FOUND for a hidden incident as for a missing one', async () => {
    const team = await headersAs(hub.issuer, 'security-team');
    const hidden = await reportRedIncident(team, {
      title: 'Vertraulich: Angriff auf das Rechenzentrum',
      severity: 'HIGH',
      personalDataInvolved: true,
    });
    // A well-formed reference that names no incident: the hidden one's with another last character
    // (references end in Crockford base32; the numbered ones of the sample data in digits).
    const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
    let missing = hidden;
    for (let step = 1; missing === hidden; step++) {
      const candidate = hidden.slice(0, -1) + ALPHABET[(ALPHABET.indexOf(hidden.slice(-1)) + step) % 10];
      const found = (await gateway(`{ incident(id: "${candidate}") { id } }`, {}, team, true)).data.incident;
      if (!found) missing = candidate;
    }
    const writer = await bearer('zit_bb', ['security:write']);
    const change = `mutation ($input: ChangeIncidentStatusInput!) { changeIncidentStatus(input: $input) { id version } }`;
    const lda = `mutation ($input: RecordLdaNotificationInput!) { recordLdaNotification(input: $input) { id } }`;
    const at = new Date().toISOString();
    for (const send of [gateway, (q: string, v: object, h: Record<string, string>) => direct('security', q, v, h)]) {
      const answers = await Promise.all(
        [hidden, missing].flatMap((id) => [
          send(change, { input: { id, version: 7, status: 'CLOSED' } }, writer),
          send(lda, { input: { id, version: 7, notifiedAt: at } }, writer),
        ]),
      );
      for (const answer of answers) {
        expect(answer.data?.changeIncidentStatus ?? answer.data?.recordLdaNotification ?? null).toBeNull();
        expect(answer.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
        expect(answer.errors?.[0]?.extensions?.currentVersion).toBeUndefined();
      }
      const messages = answers.map((a) => a.errors?.[0]?.message.replace(hidden, 'ID').replace(missing, 'ID'));
      expect(new Set(messages).size).toBe(1);
    }
    const unchanged = await gateway(`{ incident(id: "${hidden}") { status version } }`, {}, team, true);
    expect(unchanged.data.incident).toEqual({ status: 'REPORTED', version: 1 });
  });
});
