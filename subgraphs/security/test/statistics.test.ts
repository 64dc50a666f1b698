import { readMunicipalities } from '@kaz/reference-data';
import { frozenClock, headersAs } from '@kaz/subgraph-kit/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { berlinMonth, shiftMonth } from '../src/schema/incident-statistics.ts';
import { setUpSubgraph } from './support.ts';

const { subgraph } = setUpSubgraph({ clock: frozenClock() });

interface RawIncident {
  id: string;
  severity: string;
  tlp: string;
  status: string;
  month: string;
  affected: string[];
  recipients: string[];
  overdue: boolean;
}
let incidents: RawIncident[];
let first: string;
let last: string;

const SEVERITY_ORDER = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];
const STATISTICS = `query ($from: String, $to: String) { incidentStatistics(from: $from, to: $to) { month severity count } }`;
const TOTALS = `{ incidentTotals { open resolved overdueLdaNotifications } }`;

beforeAll(async () => {
  const rows = await subgraph.db.selectFrom('security_incident').selectAll().orderBy('id').execute();
  const affected = await subgraph.db.selectFrom('security_incident_municipality').selectAll().execute();
  const recipients = await subgraph.db.selectFrom('incident_recipient').selectAll().execute();
  const now = subgraph.clock.now().getTime();
  incidents = rows.map((r) => ({
    id: r.id,
    severity: r.severity,
    tlp: r.tlp,
    status: r.status,
    month: berlinMonth(r.detected_at),
    affected: affected.filter((a) => a.incident_id === r.id).map((a) => a.ars),
    recipients: recipients.filter((a) => a.incident_id === r.id).map((a) => a.recipient),
    overdue:
      r.lda_notification_due_at != null && r.lda_notified_at == null && r.lda_notification_due_at.getTime() < now,
  }));
  const months = incidents.map((i) => i.month).sort();
  first = months[0]!;
  last = months.at(-1)!;
});

/** The expected rows of incidentStatistics for the incidents `seen`, in the field's order. */
function expectedRows(seen: RawIncident[], from: string, to: string) {
  const counts = new Map<string, number>();
  for (const i of seen) {
    if (i.month < from || i.month > to) continue;
    const key = `${i.month}|${i.severity}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts]
    .map(([key, count]) => {
      const [month, severity] = key.split('|') as [string, string];
      return { month, severity, count };
    })
    .sort((a, b) =>
      a.month === b.month
        ? SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity)
        : a.month.localeCompare(b.month),
    );
}

async function statistics(headers: Record<string, string>, variables: Record<string, unknown>) {
  subgraph.resetStatements();
  const result = await subgraph.query(STATISTICS, variables, headers);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  expect(subgraph.statements).toHaveLength(1);
  return (result.data as any).incidentStatistics as { month: string; severity: string; count: number }[];
}

describe('incident statistics per month and severity', () => {
  it('counts for an anonymous request exactly the TLP:CLEAR incidents of each month', async () => {
    const rows = await statistics({}, { from: first, to: last });
    const clear = incidents.filter((i) => i.tlp === 'CLEAR');
    expect(clear.length).toBeGreaterThan(0);
    expect(clear.length).toBeLessThan(incidents.length);
    expect(rows).toEqual(expectedRows(clear, first, last));
  });

  it('counts every incident in the range for the security team', async () => {
    const rows = await statistics(await headersAs(subgraph.issuer, 'security-team'), { from: first, to: last });
    expect(rows.reduce((sum, r) => sum + r.count, 0)).toBe(incidents.length);
    expect(rows).toEqual(expectedRows(incidents, first, last));
  });

  it('leaves out the months outside the range and keeps month and severity order', async () => {
    const months = [...new Set(incidents.map((i) => i.month))].sort();
    expect(months.length).toBeGreaterThan(2);
    const from = months[1]!;
    const to = months.at(-2)!;
    const rows = await statistics(await headersAs(subgraph.issuer, 'security-team'), { from, to });
    expect(rows).toEqual(expectedRows(incidents, from, to));
    expect(rows.every((r) => r.month >= from && r.month <= to)).toBe(true);
    // A single month works, too.
    expect(await statistics(await headersAs(subgraph.issuer, 'security-team'), { from: to, to })).toEqual(
      expectedRows(incidents, to, to),
    );
  });

  it('counts an AMBER incident for the affected Kommune but not for another Kommune', async () => {
    // A Gemeinde (not an Amt, so it administers nobody) affected by an AMBER incident.
    const amber = incidents.find((i) => i.tlp === 'AMBER' && i.affected.some((ars) => !ars.endsWith('000')))!;
    expect(amber).toBeDefined();
    const own = amber.affected.find((ars) => !ars.endsWith('000'))!;
    // A Gemeinde in another Landkreis that no incident affects or names.
    const touched = new Set(incidents.flatMap((i) => [...i.affected, ...i.recipients]));
    const other = readMunicipalities()
      .map((g) => g.ars)
      .find((ars) => !ars.endsWith('000') && !touched.has(ars) && ars.slice(0, 5) !== own.slice(0, 5))!;
    expect(other).toBeDefined();

    const seenByOwn = incidents.filter(
      (i) =>
        i.tlp === 'CLEAR' ||
        i.tlp === 'GREEN' ||
        (['AMBER', 'AMBER_STRICT'].includes(i.tlp) && i.affected.includes(own)) ||
        (['AMBER', 'AMBER_STRICT', 'RED'].includes(i.tlp) && i.recipients.includes(own)),
    );
    const seenByOther = incidents.filter((i) => i.tlp === 'CLEAR' || i.tlp === 'GREEN');
    const ownRows = await statistics(await headersAs(subgraph.issuer, 'municipality', own), { from: first, to: last });
    const otherRows = await statistics(await headersAs(subgraph.issuer, 'municipality', other), {
      from: first,
      to: last,
    });
    expect(ownRows).toEqual(expectedRows(seenByOwn, first, last));
    expect(otherRows).toEqual(expectedRows(seenByOther, first, last));

    const cell = (rows: typeof ownRows) =>
      rows.find((r) => r.month === amber.month && r.severity === amber.severity)?.count ?? 0;
    expect(cell(ownRows)).toBeGreaterThan(cell(otherRows));
  });

  it('defaults to the last 12 months up to the current month', async () => {
    const to = berlinMonth(subgraph.clock.now());
    const from = shiftMonth(to, -11);
    const rows = await statistics(await headersAs(subgraph.issuer, 'security-team'), {});
    expect(rows).toEqual(expectedRows(incidents, from, to));
    expect(await statistics(await headersAs(subgraph.issuer, 'security-team'), { to: last })).toEqual(
      expectedRows(incidents, shiftMonth(last, -11), last),
    );
  });

  it('rejects a malformed month or from after to with BAD_USER_INPUT naming the argument', async () => {
    for (const [variables, field] of [
      [{ from: '2025-13' }, 'from'],
      [{ from: '2025-3' }, 'from'],
      [{ from: '2025-03-01' }, 'from'],
      [{ to: 'März' }, 'to'],
      [{ from: '2025-06', to: '2025-05' }, 'from'],
    ] as const) {
      const result = await subgraph.query(STATISTICS, variables, {});
      expect(result.errors?.[0]?.extensions?.code, JSON.stringify(variables)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.extensions?.field).toBe(field);
    }
  });
});

describe('incident totals', () => {
  const expectedTotals = (seen: RawIncident[]) => ({
    open: seen.filter((i) => !['RESOLVED', 'CLOSED'].includes(i.status)).length,
    resolved: seen.filter((i) => ['RESOLVED', 'CLOSED'].includes(i.status)).length,
    overdueLdaNotifications: seen.filter((i) => i.overdue).length,
  });

  it('counts open, resolved and overdue incidents of the security team in one statement', async () => {
    subgraph.resetStatements();
    const result = await subgraph.query(TOTALS, {}, await headersAs(subgraph.issuer, 'security-team'));
    expect(subgraph.statements).toHaveLength(1);
    const totals = (result.data as any).incidentTotals;
    expect(totals).toEqual(expectedTotals(incidents));
    expect(totals.open + totals.resolved).toBe(incidents.length);
  });

  it('counts only the TLP:CLEAR incidents for an anonymous request', async () => {
    const result = await subgraph.query(TOTALS, {}, {});
    expect(result.errors).toBeUndefined();
    expect((result.data as any).incidentTotals).toEqual(expectedTotals(incidents.filter((i) => i.tlp === 'CLEAR')));
  });
});
