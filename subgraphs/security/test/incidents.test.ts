// Over 250 lines: the reads of security incidents (details, LDA deadlines, the list), on one started subgraph.
import { frozenClock } from '@kaz/subgraph-kit/testing';
import { describe, expect, it } from 'vitest';
import { readKommunen } from '../seed/sample-kommunen.ts';
import { securitySubgraph } from '../src/subgraph.ts';
import { setUpSubgraph } from './support.ts';

const { subgraph } = setUpSubgraph({ clock: frozenClock() });

const HOURS_72 = 72 * 3_600_000;

/** The incidents an anonymous request may see, straight from the database. */
function clearIncidents() {
  return subgraph.db.selectFrom('security_incident').selectAll().where('tlp', '=', 'CLEAR').execute();
}

async function snapshot() {
  return {
    incidents: await subgraph.db.selectFrom('security_incident').selectAll().orderBy('id').execute(),
    affected: await subgraph.db
      .selectFrom('security_incident_municipality')
      .selectAll()
      .orderBy('incident_id')
      .orderBy('ars')
      .execute(),
    recipients: await subgraph.db
      .selectFrom('incident_recipient')
      .selectAll()
      .orderBy('incident_id')
      .orderBy('recipient')
      .execute(),
    concepts: await subgraph.db.selectFrom('security_concept').selectAll().orderBy('id').execute(),
    memberships: await subgraph.db.selectFrom('cert_network_membership').selectAll().orderBy('ars').execute(),
  };
}

describe('sample data', () => {
  it('holds 150 incidents from January 2024 to November 2026, numbered per year without gaps', async () => {
    const { incidents } = await snapshot();
    expect(incidents).toHaveLength(150);
    expect(incidents.every((i) => i.is_sample)).toBe(true);
    const byYear = new Map<string, number[]>();
    for (const { id } of incidents) {
      const [, , year, number] = id.split('-') as [string, string, string, string];
      byYear.set(year, [...(byYear.get(year) ?? []), Number(number)]);
    }
    expect([...byYear.keys()].sort()).toEqual(['2024', '2025', '2026']);
    for (const numbers of byYear.values()) expect(numbers).toEqual(numbers.map((_, index) => index + 1));
    const detected = incidents.map((i) => i.detected_at.toISOString()).sort();
    expect(detected[0]?.slice(0, 7)).toBe('2024-01');
    expect(detected.at(-1)?.slice(0, 7)).toBe('2026-11');
  });

  it('names the Kommunen of an incident in German that reads right ("und eine weitere Kommune")', async () => {
    const { incidents } = await snapshot();
    const titles = incidents.map((incident) => incident.title);
    expect(titles.filter((title) => /\b1 weitere Kommunen\b/.test(title))).toEqual([]);
    expect(titles.some((title) => title.endsWith(' und eine weitere Kommune'))).toBe(true);
    expect(titles.some((title) => / und [2-6] weitere Kommunen$/.test(title))).toBe(true);
  });

  it('has no Melderegister at a Landkreis (the Gemeinden keep it)', async () => {
    const { incidents, affected } = await snapshot();
    const landkreise = new Set(
      readKommunen()
        .filter((k) => k.kind === 'LANDKREIS')
        .map((k) => k.ars),
    );
    const onlyLandkreise = incidents.filter((incident) => {
      const arsList = affected.filter((row) => row.incident_id === incident.id).map((row) => row.ars);
      return arsList.length > 0 && arsList.every((ars) => landkreise.has(ars));
    });
    expect(onlyLandkreise.length).toBeGreaterThan(0);
    expect(onlyLandkreise.filter((incident) => incident.title.includes('Melderegister'))).toEqual([]);
  });

  it('spreads the incidents over many real Kommunen', async () => {
    const { affected } = await snapshot();
    const known = new Set(readKommunen().map((k) => k.ars));
    const ars = new Set(affected.map((row) => row.ars));
    expect(ars.size).toBeGreaterThan(100);
    for (const key of ars) expect(known.has(key)).toBe(true);
  });

  it('holds 262 security concepts (all 14 Landkreise, 248 Gemeinden) and 116 CERT network memberships', async () => {
    const { concepts, memberships } = await snapshot();
    expect(concepts).toHaveLength(262);
    const landkreise = new Set(
      readKommunen()
        .filter((k) => k.kind === 'LANDKREIS')
        .map((k) => k.ars),
    );
    expect(landkreise.size).toBe(14);
    expect(concepts.filter((c) => landkreise.has(c.ars))).toHaveLength(14);
    expect(memberships).toHaveLength(116);
  });

  it('names recipients for every TLP:RED incident and for AMBER+STRICT ones with personal data, nowhere else', async () => {
    const { incidents, affected, recipients } = await snapshot();
    const kommunen = new Map(readKommunen().map((k) => [k.ars, k]));
    for (const incident of incidents) {
      const named = recipients.filter((r) => r.incident_id === incident.id).map((r) => r.recipient);
      const expected = new Set<string>();
      if (incident.tlp === 'RED') {
        for (const row of affected.filter((a) => a.incident_id === incident.id)) {
          expected.add(kommunen.get(row.ars)?.districtArs ?? row.ars);
        }
        if (incident.reporter_organisation_id) expected.add(incident.reporter_organisation_id);
      }
      if (['RED', 'AMBER_STRICT'].includes(incident.tlp) && incident.personal_data_involved) expected.add('lda');
      expect(named).toEqual([...expected].sort());
    }
    expect(recipients.length).toBeGreaterThan(20);
  });

  it('seeding a second time changes nothing', async () => {
    const before = await snapshot();
    await securitySubgraph.seed(subgraph.db);
    expect(await snapshot()).toEqual(before);
  });
});

describe('incident details', () => {
  it('gives the LDA deadline exactly 72 hours after detection when personal data is involved, else null', async () => {
    const rows = await clearIncidents();
    const result = await subgraph.query(`{
      incidents(first: 500) { nodes { id detectedAt reportedAt resolvedAt status personalDataInvolved ldaNotificationDueAt ldaNotifiedAt ldaNotificationOverdue } }
    }`);
    expect(result.errors).toBeUndefined();
    const nodes = result.data?.incidents.nodes as Record<string, any>[];
    expect(nodes).toHaveLength(rows.length);
    const now = subgraph.clock.now().getTime();
    let overdue = 0;
    let withPersonalData = 0;
    for (const node of nodes) {
      expect(Date.parse(node.reportedAt)).toBeGreaterThanOrEqual(Date.parse(node.detectedAt));
      expect(node.resolvedAt != null).toBe(node.status === 'RESOLVED' || node.status === 'CLOSED');
      if (!node.personalDataInvolved) {
        expect(node.ldaNotificationDueAt).toBeNull();
        expect(node.ldaNotificationOverdue).toBe(false);
        continue;
      }
      withPersonalData++;
      expect(Date.parse(node.ldaNotificationDueAt) - Date.parse(node.detectedAt)).toBe(HOURS_72);
      const expected = node.ldaNotifiedAt == null && Date.parse(node.ldaNotificationDueAt) < now;
      expect(node.ldaNotificationOverdue).toBe(expected);
      if (expected) overdue++;
    }
    expect(withPersonalData).toBeGreaterThan(overdue);
    expect(overdue).toBeGreaterThan(0);
  });

  it('names the reporter: a partner organisation or the Kommune itself, which is then among the affected', async () => {
    const result = await subgraph.query(`{
      incidents(first: 500) { nodes { reporter { id } reportingMunicipality { ars } affectedMunicipalities { ars } } }
    }`);
    const nodes = result.data?.incidents.nodes as any[];
    expect(nodes.some((n) => n.reporter)).toBe(true);
    expect(nodes.some((n) => n.reportingMunicipality)).toBe(true);
    for (const node of nodes) {
      expect((node.reporter == null) !== (node.reportingMunicipality == null)).toBe(true);
      expect(node.affectedMunicipalities.length).toBeGreaterThan(0);
      if (node.reportingMunicipality) {
        expect(node.affectedMunicipalities.map((m: { ars: string }) => m.ars)).toContain(
          node.reportingMunicipality.ars,
        );
      }
    }
  });

  it.each([
    ['{ incident(id: "CERT-BB-2031-0001") { id } }', null],
    ['{ incident(id: "CERT-2025-42") { id } }', 'id'],
  ])('answers %s with null for an unknown reference and BAD_USER_INPUT for a malformed one', async (query, field) => {
    const result = await subgraph.query(query);
    expect(result.data?.incident ?? null).toBeNull();
    if (field) expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    else expect(result.errors).toBeUndefined();
  });
});

describe('LDA notifications due', () => {
  const dueAsOf = async (asOf: Date) =>
    (await clearIncidents())
      .filter(
        (i) =>
          i.personal_data_involved && i.detected_at <= asOf && (i.lda_notified_at == null || i.lda_notified_at > asOf),
      )
      .sort(
        (a, b) =>
          (a.lda_notification_due_at as Date).getTime() - (b.lda_notification_due_at as Date).getTime() ||
          a.id.localeCompare(b.id),
      )
      .map((i) => i.id);

  it('lists the outstanding notifications as of a moment, ordered by deadline', async () => {
    // Moments just after detections with personal data, so that running and overdue deadlines both occur.
    const withPersonalData = (await clearIncidents()).filter((i) => i.personal_data_involved);
    const moments = withPersonalData.slice(0, 6).map((i) => new Date(i.detected_at.getTime() + 3_600_000));
    let nonEmpty = 0;
    for (const asOf of moments) {
      const result = await subgraph.query(
        `query ($asOf: String) { ldaNotificationsDue(asOf: $asOf) { id ldaNotificationDueAt } }`,
        {
          asOf: asOf.toISOString(),
        },
      );
      expect(result.errors).toBeUndefined();
      const ids = result.data?.ldaNotificationsDue.map((i: { id: string }) => i.id);
      expect(ids).toEqual(await dueAsOf(asOf));
      if (ids.length > 0) nonEmpty++;
    }
    expect(nonEmpty).toBeGreaterThan(0);
  });

  it('lists the outstanding notifications as of now by default, the overdue ones flagged', async () => {
    const result = await subgraph.query(`{ ldaNotificationsDue { id ldaNotificationDueAt ldaNotificationOverdue } }`);
    const now = subgraph.clock.now();
    const listed = result.data?.ldaNotificationsDue as {
      id: string;
      ldaNotificationDueAt: string;
      ldaNotificationOverdue: boolean;
    }[];
    expect(listed.map((i) => i.id)).toEqual(await dueAsOf(now));
    expect(listed.some((i) => i.ldaNotificationOverdue)).toBe(true);
    for (const item of listed)
      expect(item.ldaNotificationOverdue).toBe(Date.parse(item.ldaNotificationDueAt) < now.getTime());
  });

  it.each(['2025-02-30', 'yesterday', '2025-03-01T25:00:00Z', '2025-03-01T10:00:00'])(
    'rejects asOf "%s" with BAD_USER_INPUT',
    async (asOf) => {
      const result = await subgraph.query(`query ($asOf: String) { ldaNotificationsDue(asOf: $asOf) { id } }`, {
        asOf,
      });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'asOf' });
    },
  );
});

describe('incident list', () => {
  it('pages through all visible incidents without gaps or repeats, newest first', async () => {
    const expected = (await clearIncidents())
      .sort((a, b) => b.detected_at.getTime() - a.detected_at.getTime() || a.id.localeCompare(b.id))
      .map((i) => i.id);
    const seen: string[] = [];
    let after: string | null = null;
    for (let round = 0; round < 20; round++) {
      const result: any = await subgraph.query(
        `query ($after: String) { incidents(first: 7, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } }`,
        { after },
      );
      const page = result.data.incidents;
      expect(page.totalCount).toBe(expected.length);
      seen.push(...page.nodes.map((node: { id: string }) => node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(expected);
  });

  it('filters by status, severity, category, detection time and Kommune', async () => {
    const rows = await clearIncidents();
    const affected = await subgraph.db.selectFrom('security_incident_municipality').selectAll().execute();
    const ars = affected.find((row) => rows.some((i) => i.id === row.incident_id))?.ars as string;
    const ofArs = new Set(affected.filter((row) => row.ars === ars).map((row) => row.incident_id));
    const from = new Date('2025-01-01T00:00:00Z');
    const to = new Date('2025-07-01T00:00:00Z');
    const result = await subgraph.query(
      `query ($ars: ID) {
        open: incidents(filter: { statuses: [REPORTED, TRIAGED, CONTAINED] }) { totalCount nodes { status } }
        serious: incidents(filter: { severities: [HIGH, CRITICAL], categories: [PHISHING, VULNERABILITY, OUTAGE] }) { totalCount }
        firstHalf2025: incidents(filter: { detectedFrom: "2025-01-01", detectedTo: "2025-06-30" }) { totalCount }
        byTimestamps: incidents(filter: { detectedFrom: "2025-01-01T01:00:00+01:00", detectedTo: "2025-06-30T23:59:59.999Z" }) { totalCount }
        here: incidents(filter: { municipalityArs: $ars }) { totalCount nodes { affectedMunicipalities { ars } } }
      }`,
      { ars },
    );
    expect(result.errors).toBeUndefined();
    const data = result.data as Record<string, any>;
    const open = rows.filter((i) => ['REPORTED', 'TRIAGED', 'CONTAINED'].includes(i.status));
    expect(open.length).toBeGreaterThan(0);
    expect(data.open.totalCount).toBe(open.length);
    expect(data.serious.totalCount).toBe(
      rows.filter(
        (i) =>
          ['HIGH', 'CRITICAL'].includes(i.severity) && ['PHISHING', 'VULNERABILITY', 'OUTAGE'].includes(i.category),
      ).length,
    );
    const inRange = rows.filter((i) => i.detected_at >= from && i.detected_at < to).length;
    expect(inRange).toBeGreaterThan(0);
    expect(data.firstHalf2025.totalCount).toBe(inRange);
    expect(data.byTimestamps.totalCount).toBe(inRange);
    expect(data.here.totalCount).toBe(rows.filter((i) => ofArs.has(i.id)).length);
    for (const node of data.here.nodes)
      expect(node.affectedMunicipalities.map((m: { ars: string }) => m.ars)).toContain(ars);
  });

  it.each([
    ['{ incidents(filter: { detectedFrom: "2025-13-01" }) { totalCount } }', 'filter.detectedFrom'],
    ['{ incidents(filter: { detectedTo: "01.03.2025" }) { totalCount } }', 'filter.detectedTo'],
    [
      '{ incidents(filter: { detectedFrom: "2025-03-02", detectedTo: "2025-03-01" }) { totalCount } }',
      'filter.detectedFrom',
    ],
    ['{ incidents(filter: { municipalityArs: "12054" }) { totalCount } }', 'filter.municipalityArs'],
    ['{ incidents(first: 501) { totalCount } }', 'first'],
  ])('rejects %s with BAD_USER_INPUT', async (query, field) => {
    const result = await subgraph.query(query);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(result.data?.incidents ?? null).toBeNull();
  });
});
