import { headersAs } from '@kaz/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from '../support/hub.ts';

// Issue 9, class 2: identifiers that could be exhausted and told about hidden records. Incident
// references were "CERT-BB-<year of detection>-<n ≤ 9999>" and work orders "AA-<year>-<n ≤ 999>": a
// Kommune token filled the year's incident numbers (15 aliased reportIncident per request), after
// which CERT's own reports failed, and the numbers showed how many hidden incidents existed and when
// they were detected. Now references are random and writes have a quota per principal.

const GRAMZOW = '120735306225';
const POTSDAM = '120540000000';
const COTTBUS = '120520000000';
const RANDOM_PART = '[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}';
const INCIDENT_REFERENCE = new RegExp(`^CERT-BB-${RANDOM_PART}$`);
const WORK_ORDER_KEY = new RegExp(`^AA-${RANDOM_PART}$`);
const PER_MINUTE = 30;

let hub: TestHub;
let cert: Record<string, string>;

beforeAll(async () => {
  hub = await startTestHub({ gateway: { maxMutationsPerMinute: PER_MINUTE } });
  cert = await headersAs(hub.issuer, 'security-team');
});

afterAll(async () => {
  await hub?.stop();
});

async function bearer(org: string, scopes: string[] = [], sub?: string) {
  return { authorization: `Bearer ${await hub.issuer.sign({ org, scopes, ...(sub ? { subject: sub } : {}) })}` };
}

function incidentInput(ars: string, overrides: Record<string, unknown> = {}) {
  return {
    title: `Angriffstest ${ars}`,
    category: 'PHISHING',
    severity: 'LOW',
    tlp: 'GREEN',
    detectedAt: new Date(Date.now() - 3_600_000).toISOString(),
    affectedMunicipalityArs: [ars],
    personalDataInvolved: false,
    ...overrides,
  };
}

/** One request with `count` aliased reportIncident for `ars`, the attack's shape. */
function aliasedReports(count: number): string {
  const fields = Array.from({ length: count }, (_, i) => `r${i}: reportIncident(input: $input) { id }`);
  return `mutation ($input: ReportIncidentInput!) { ${fields.join(' ')} }`;
}

const REPORT = 'mutation ($input: ReportIncidentInput!) { reportIncident(input: $input) { id } }';

/** What the security subgraph has stored: incidents and audit entries, counted in its database. */
async function stored() {
  const db = hub.subgraphs.security?.db;
  if (!db) throw new Error('the hub has no security subgraph');
  const count = async (table: string) => {
    const row = await db
      .selectFrom(table)
      .select((eb: any) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    return Number((row as { n: unknown }).n);
  };
  return { incidents: await count('security_incident'), audit: await count('audit_log') };
}

describe('new identifiers', () => {
  it('of incidents are random: no year of detection, no number, none following another', async () => {
    const backDated = await hub.query(
      REPORT,
      { input: incidentInput(POTSDAM, { detectedAt: '2019-03-04T10:00:00Z' }) },
      cert,
    );
    expect(backDated.errors).toBeUndefined();
    const ids = [backDated.data?.reportIncident.id as string];
    // A hidden TLP:RED incident between two visible ones leaves no gap a Kommune could count.
    const kommune = await headersAs(hub.issuer, 'municipality', GRAMZOW);
    for (const [input, headers] of [
      [incidentInput(GRAMZOW), kommune],
      [incidentInput(GRAMZOW, { tlp: 'RED' }), cert],
      [incidentInput(GRAMZOW), kommune],
    ] as const) {
      const result = await hub.query(REPORT, { input }, headers);
      expect(result.errors).toBeUndefined();
      ids.push(result.data?.reportIncident.id);
    }
    for (const id of ids) expect(id).toMatch(INCIDENT_REFERENCE);
    expect(ids[0]).not.toContain('2019');
    expect(new Set(ids).size).toBe(ids.length);
    // The references still work as keys, in either form.
    const found = await hub.query(`query ($id: ID!) { incident(id: $id) { id title } }`, { id: ids[1] }, kommune);
    expect(found.data?.incident).toEqual({ id: ids[1], title: `Angriffstest ${GRAMZOW}` });
  });

  it('of work orders are random: no year of issue, no number', async () => {
    const ministry = await headersAs(hub.issuer, 'ministry');
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const result = await hub.query(
        `mutation ($input: IssueWorkOrderInput!) { issueWorkOrder(input: $input) { id issuedOn } }`,
        { input: { title: `Prüfauftrag ${i}`, dueDate: '2099-12-31', decisionId: null, projectId: null } },
        ministry,
      );
      expect(result.errors).toBeUndefined();
      ids.push(result.data?.issueWorkOrder.id);
      expect(result.data?.issueWorkOrder.id).not.toContain(result.data?.issueWorkOrder.issuedOn.slice(0, 4));
    }
    for (const id of ids) expect(id).toMatch(WORK_ORDER_KEY);
    expect(new Set(ids).size).toBe(3);
  });
});

describe('a burst of reports by a Kommune', () => {
  it('cannot use up the references, so CERT still reports (the year was almost full before)', async () => {
    // The state the attack reached after ~90 s: every number of the year but the last few taken.
    const year = new Date(Date.now() - 3_600_000).getUTCFullYear();
    const taken = new Date(Date.now() - 7_200_000);
    const rows = Array.from({ length: 9995 }, (_, i) => ({
      id: `CERT-BB-${year}-${String(i + 1).padStart(4, '0')}`,
      title: 'Füllmeldung',
      category: 'OTHER',
      severity: 'LOW',
      status: 'REPORTED',
      tlp: 'CLEAR',
      detected_at: taken,
      reported_at: taken,
      reporter_organisation_id: 'zit_bb',
      personal_data_involved: false,
      is_sample: false,
    }));
    for (let start = 0; start < rows.length; start += 2_000) {
      await hub.subgraphs.security?.db
        .insertInto('security_incident')
        .values(rows.slice(start, start + 2_000))
        .onConflict((oc: any) => oc.column('id').doNothing())
        .execute();
    }
    const kommune = await headersAs(hub.issuer, 'municipality', COTTBUS);
    for (let round = 0; round < 2; round++) {
      const burst = await hub.query(aliasedReports(10), { input: incidentInput(COTTBUS) }, kommune);
      expect(burst.status).toBe(200);
      expect(burst.errors).toBeUndefined();
      for (const id of Object.values(burst.data ?? {})) expect((id as { id: string }).id).toMatch(INCIDENT_REFERENCE);
    }
    const own = await hub.query(REPORT, { input: incidentInput(POTSDAM, { tlp: 'RED' }) }, cert);
    expect(own.errors).toBeUndefined();
    expect(own.data?.reportIncident.id).toMatch(INCIDENT_REFERENCE);
  });

  it('of 15 aliased mutations in one request is refused whole with 429 before anything runs', async () => {
    const kommune = await bearer(GRAMZOW, [], 'burst@gramzow');
    const before = await stored();
    hub.resetStatements();
    const response = await fetch(hub.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...kommune },
      body: JSON.stringify({ query: aliasedReports(15), variables: { input: incidentInput(GRAMZOW) } }),
    });
    expect(response.status).toBe(429);
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
    const body = await response.json();
    expect(body.errors[0].extensions.code).toBe('RATE_LIMITED');
    expect(body.data ?? null).toBeNull();
    // The security subgraph ran no statement for it; nothing was stored or audited.
    expect(hub.statements.security).toEqual([]);
    expect(await stored()).toEqual(before);
  });

  it('of 15 aliased mutations is refused whole by the security subgraph reached directly, too', async () => {
    const kommune = await bearer(GRAMZOW, [], 'direct@gramzow');
    const before = await stored();
    const response = await fetch(hub.subgraphs.security?.url as string, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...kommune },
      body: JSON.stringify({ query: aliasedReports(15), variables: { input: incidentInput(GRAMZOW) } }),
    });
    expect(response.status).toBe(429);
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await response.json()).errors[0].extensions.code).toBe('RATE_LIMITED');
    expect(await stored()).toEqual(before);
  });
});

describe('the write quota per minute', () => {
  it('stops a principal after its mutations of the minute with 429 RATE_LIMITED and Retry-After', async () => {
    const kommune = await bearer(POTSDAM, [], 'quota@potsdam');
    for (let i = 0; i < PER_MINUTE / 10; i++) {
      const allowed = await hub.query(aliasedReports(10), { input: incidentInput(POTSDAM) }, kommune);
      expect(allowed.status).toBe(200);
      expect(allowed.errors).toBeUndefined();
    }
    const before = await stored();
    const response = await fetch(hub.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...kommune },
      body: JSON.stringify({ query: REPORT, variables: { input: incidentInput(POTSDAM) } }),
    });
    expect(response.status).toBe(429);
    const retryAfter = Number(response.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect((await response.json()).errors[0].extensions.code).toBe('RATE_LIMITED');
    expect(await stored()).toEqual(before);
    // Reads are no writes: the principal still reads.
    const read = await hub.query('{ incidents(first: 1) { totalCount } }', {}, kommune);
    expect(read.status).toBe(200);
    expect(read.data?.incidents.totalCount).toBeGreaterThan(0);
  });
});
