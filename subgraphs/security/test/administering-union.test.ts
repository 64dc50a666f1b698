import { administeredExcept, administeredPrefix, administersOrIs } from '@kaz/subgraph-kit';
import { headersFor, tokenRequestOf } from '@kaz/subgraph-kit/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { incidentVisibility } from '../src/access.ts';
import { REPORT, reportInput, setUpSubgraph } from './support.ts';

// Issue 13: the Mitverwaltung "Schwedt/Oder, Stadt" (`120735051000`) administers the Gemeinden under its
// Verband key `120735051` — but the mitverwaltende Gemeinde Schwedt/Oder (`120735051532`) carries that
// key too and runs its own administration. The Mitverwaltung sees the TLP:AMBER incidents of the
// mitverwalteten Gemeinde Pinnow, not those of Schwedt/Oder alone (Verbandsgemeinde- und
// Mitverwaltungsgesetz). The Verbandsgemeinde Liebenwerda sees those of all its Ortsgemeinden.

const MITVERWALTUNG = '120735051000';
const SCHWEDT = '120735051532';
const PINNOW = '120735051440';
const VERBANDSGEMEINDE = '120625031000';
const BAD_LIEBENWERDA = '120625031024';

const { subgraph } = setUpSubgraph();
const reported: Record<string, string> = {};

const CASES: [string, string[]][] = [
  ['Schwedt/Oder allein', [SCHWEDT]],
  ['Pinnow allein', [PINNOW]],
  ['Schwedt/Oder und Pinnow', [SCHWEDT, PINNOW]],
  ['Bad Liebenwerda', [BAD_LIEBENWERDA]],
];

beforeAll(async () => {
  const team = await headersFor(subgraph.issuer, tokenRequestOf('security-team'));
  for (const [title, affected] of CASES) {
    const result = await subgraph.query(
      REPORT,
      {
        input: reportInput({
          title: `Verwaltungsvorfall – ${title}`,
          affectedMunicipalityArs: affected,
          recipients: [],
        }),
      },
      team,
    );
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    reported[title] = result.data?.reportIncident.id;
  }
});

/** The AMBER incidents the Kommune `ars` should see as their administering body, read straight from the database. */
async function administeredAmber(prefix: string, except: string | null) {
  const rows = await subgraph.db
    .selectFrom('security_incident_municipality')
    .innerJoin('security_incident', 'security_incident.id', 'security_incident_municipality.incident_id')
    .select(['security_incident.id', 'security_incident_municipality.ars'])
    .where('security_incident.tlp', '=', 'AMBER')
    .execute();
  return new Set(rows.filter((r) => r.ars.startsWith(prefix) && r.ars !== except).map((r) => r.id));
}

async function visibleIds(org: string) {
  const headers = await headersFor(subgraph.issuer, tokenRequestOf('municipality', org));
  const result = await subgraph.query(`{ incidents(first: 500) { totalCount nodes { id tlp } } }`, {}, headers);
  expect(result.errors).toBeUndefined();
  const page = result.data?.incidents as { totalCount: number; nodes: { id: string; tlp: string }[] };
  expect(page.totalCount).toBe(page.nodes.length);
  return page.nodes;
}

describe('the administering union of a Gemeinde', () => {
  it('gives the Mitverwaltung its prefix except the mitverwaltende Gemeinde; every other Kommune no exception', () => {
    expect(administeredPrefix(MITVERWALTUNG)).toBe('120735051');
    expect(administeredExcept(MITVERWALTUNG)).toBe(SCHWEDT);
    expect(
      incidentVisibility({ subject: 't', org: MITVERWALTUNG, kind: 'municipality', scopes: new Set() }),
    ).toMatchObject({
      ownArs: MITVERWALTUNG,
      administeredPrefix: '120735051',
      administeredExcept: SCHWEDT,
    });
    for (const ars of [VERBANDSGEMEINDE, '120735306000', SCHWEDT, PINNOW, '120730000000', 'kaz']) {
      expect(administeredExcept(ars)).toBeNull();
    }
    // The one rule every subgraph applies to an Amt's reach (licences, concepts, contacts).
    expect(administersOrIs(MITVERWALTUNG, PINNOW)).toBe(true);
    expect(administersOrIs(MITVERWALTUNG, SCHWEDT)).toBe(false);
    expect(administersOrIs(MITVERWALTUNG, MITVERWALTUNG)).toBe(true);
  });

  it('shows the Mitverwaltung the AMBER incidents of Pinnow, not those of Schwedt/Oder alone', async () => {
    const nodes = await visibleIds(MITVERWALTUNG);
    const ids = new Set(nodes.map((n) => n.id));
    expect(ids.has(reported['Pinnow allein'] as string)).toBe(true);
    expect(ids.has(reported['Schwedt/Oder und Pinnow'] as string)).toBe(true);
    expect(ids.has(reported['Schwedt/Oder allein'] as string)).toBe(false);
    expect(ids.has(reported['Bad Liebenwerda'] as string)).toBe(false);
    // No seed incident of Schwedt/Oder alone leaks in either: the AMBER ones seen are exactly Pinnow's.
    const amber = new Set(nodes.filter((n) => n.tlp === 'AMBER').map((n) => n.id));
    expect(amber).toEqual(await administeredAmber('120735051', SCHWEDT));
  });

  it('shows Schwedt/Oder its own AMBER incidents, and the Verbandsgemeinde those of its Ortsgemeinden', async () => {
    const schwedt = new Set((await visibleIds(SCHWEDT)).map((n) => n.id));
    expect(schwedt.has(reported['Schwedt/Oder allein'] as string)).toBe(true);
    expect(schwedt.has(reported['Pinnow allein'] as string)).toBe(false);
    const verbandsgemeinde = await visibleIds(VERBANDSGEMEINDE);
    expect(verbandsgemeinde.map((n) => n.id)).toContain(reported['Bad Liebenwerda']);
    const amber = new Set(verbandsgemeinde.filter((n) => n.tlp === 'AMBER').map((n) => n.id));
    expect(amber).toEqual(await administeredAmber('120625031', null));
  });
});
