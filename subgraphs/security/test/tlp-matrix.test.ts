import type { TokenRequest } from '@kaz/auth';
import { headersAs, headersFor, POTSDAM, tokenRequestOf } from '@kaz/subgraph-kit/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { TLP_LEVELS, type Tlp } from '../src/db/visibility.ts';
import { AMT_GRAMZOW, COTTBUS, GRAMZOW, GRUENOW, REPORT, reportInput, setUpSubgraph, UCKERMARK } from './support.ts';

// The TLP table of docs/access-control.md ("Security incidents: TLP 2.0"), cell by cell: one
// incident of each marking affecting Gramzow, reported by the security team with two named
// recipients (the TUIV-AG and the Stadt Potsdam), read by every kind of principal in every place an
// incident shows. Besides the cell itself, every count is checked against an independent reading
// of the rules over the whole database, so that no hidden seed incident leaks into a number.

const COLUMNS = [
  'anonymous',
  'kaz token',
  'affected Kommune',
  'its Amt',
  'its Landkreis',
  'other Kommune',
  'security team',
  'named recipient',
] as const;
type Column = (typeof COLUMNS)[number];

const y = true;
const n = false;
/** The table of the document. */
const MATRIX: Record<Tlp, boolean[]> = {
  CLEAR: [y, y, y, y, y, y, y, y],
  GREEN: [n, y, y, y, y, y, y, y],
  AMBER: [n, n, y, y, n, n, y, y],
  AMBER_STRICT: [n, n, y, n, n, n, y, y],
  RED: [n, n, n, n, n, n, y, y],
};

/** Who reads, as (org, scopes) pairs; null is anonymous. Two readers where one column has two kinds. */
const READERS: Record<Column, (TokenRequest | null)[]> = {
  anonymous: [null],
  'kaz token': [tokenRequestOf('kaz-editor')],
  'affected Kommune': [tokenRequestOf('municipality', GRAMZOW)],
  'its Amt': [tokenRequestOf('municipality', AMT_GRAMZOW)],
  'its Landkreis': [tokenRequestOf('municipality', UCKERMARK)],
  // A neighbour in the same Amt, and a kreisfreie Stadt (whose ARS looks like a Landkreis's).
  'other Kommune': [tokenRequestOf('municipality', GRUENOW), tokenRequestOf('municipality', COTTBUS)],
  'security team': [tokenRequestOf('security-team')],
  'named recipient': [
    { org: 'tuiv_ag', scopes: [] },
    { org: POTSDAM, scopes: [] },
  ],
};

const { subgraph } = setUpSubgraph();
const incidentOf = {} as Record<Tlp, { id: string; title: string }>;

beforeAll(async () => {
  const team = await headersAs(subgraph.issuer, 'security-team');
  for (const tlp of TLP_LEVELS) {
    const title = `Matrixvorfall ${tlp} – Gramzow`;
    const result = await subgraph.query(
      REPORT,
      { input: reportInput({ title, tlp, recipients: ['tuiv_ag', POTSDAM] }) },
      team,
    );
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    incidentOf[tlp] = { id: result.data?.reportIncident.id, title };
  }
});

/** The rules of the document, written out independently of src/access.ts. */
function sees(
  reader: TokenRequest | null,
  incident: { tlp: string; affected: string[]; recipients: string[] },
): boolean {
  if (incident.tlp === 'CLEAR') return true;
  if (!reader) return false;
  if (reader.scopes?.includes('security:read') || incident.tlp === 'GREEN') return true;
  if (incident.recipients.includes(reader.org)) return true;
  if (!/^\d{12}$/.test(reader.org)) return false;
  if (incident.tlp === 'AMBER_STRICT') return incident.affected.includes(reader.org);
  if (incident.tlp !== 'AMBER') return false;
  // Itself, or a Gemeinde of the Amt (Verbandsgemeinde, Mitverwaltung) it is: `12KKKVVVV000`, VVVV not
  // 0000. A Landkreis (`12KKK0000000`) administers no Gemeinde.
  const isAmt = reader.org.endsWith('000') && reader.org.slice(5, 9) !== '0000';
  const administers = (ars: string) => ars === reader.org || (isAmt && ars.startsWith(reader.org.slice(0, 9)));
  return incident.affected.some(administers);
}

/** Every incident with its Kommunen and recipients, straight from the database. */
async function everything() {
  const incidents = await subgraph.db.selectFrom('security_incident').selectAll().execute();
  const affected = await subgraph.db.selectFrom('security_incident_municipality').selectAll().execute();
  const recipients = await subgraph.db.selectFrom('incident_recipient').selectAll().execute();
  return incidents.map((incident) => ({
    ...incident,
    affected: affected.filter((a) => a.incident_id === incident.id).map((a) => a.ars),
    recipients: recipients.filter((r) => r.incident_id === incident.id).map((r) => r.recipient),
  }));
}

const VIEW = `query ($id: ID!, $representations: [_Any!]!) {
  incident(id: $id) { id title tlp }
  incidents(first: 500) { totalCount nodes { id } }
  ldaNotificationsDue { id }
  _entities(representations: $representations) {
    ... on SecurityIncident { id title }
    ... on Municipality {
      ars
      incidents(first: 500) { totalCount nodes { id } }
      securityPosture { openIncidentCount lastIncidentAt }
    }
    ... on Organisation { id reportedIncidents(first: 500) { totalCount nodes { id } } }
  }
}`;

const cells = TLP_LEVELS.flatMap((tlp) =>
  COLUMNS.map((column, index) => [tlp, column, MATRIX[tlp][index] ? 'yes' : 'no'] as const),
);

describe('TLP 2.0 visibility, cell by cell', () => {
  it.each(cells)('a %s incident, read by %s: %s', async (tlp, column, cell) => {
    const { id, title } = incidentOf[tlp];
    const visible = cell === 'yes';
    const all = await everything();
    for (const reader of READERS[column]) {
      const headers = await headersFor(subgraph.issuer, reader);
      const result = await subgraph.query(
        VIEW,
        {
          id,
          representations: [
            { __typename: 'SecurityIncident', id },
            { __typename: 'Municipality', ars: GRAMZOW },
            { __typename: 'Organisation', id: 'zit_bb' },
          ],
        },
        headers,
      );
      expect(result.errors).toBeUndefined();
      const data = result.data as Record<string, any>;
      const [reference, kommune, reporter] = data._entities;
      const mine = all.filter((incident) => sees(reader, incident));

      // The cell itself, in every place the incident shows.
      expect(data.incident).toEqual(visible ? { id, title, tlp } : null);
      expect(reference).toEqual(visible ? { id, title } : null);
      const ids = (page: { nodes: { id: string }[] }) => page.nodes.map((node) => node.id);
      expect(ids(data.incidents).includes(id)).toBe(visible);
      expect(ids(kommune.incidents).includes(id)).toBe(visible);
      expect(ids(reporter.reportedIncidents).includes(id)).toBe(visible);
      expect(data.ldaNotificationsDue.map((i: { id: string }) => i.id).includes(id)).toBe(visible);

      // Every count is made of exactly what the reader may see.
      expect(data.incidents.totalCount).toBe(mine.length);
      const inGramzow = mine.filter((incident) => incident.affected.includes(GRAMZOW));
      expect(kommune.incidents.totalCount).toBe(inGramzow.length);
      expect(ids(kommune.incidents).sort()).toEqual(inGramzow.map((incident) => incident.id).sort());
      expect(kommune.securityPosture.openIncidentCount).toBe(
        inGramzow.filter((incident) => !['RESOLVED', 'CLOSED'].includes(incident.status)).length,
      );
      const newest =
        inGramzow
          .map((incident) => incident.detected_at.toISOString())
          .sort()
          .at(-1) ?? null;
      expect(kommune.securityPosture.lastIncidentAt).toBe(newest);
      expect(reporter.reportedIncidents.totalCount).toBe(
        mine.filter((incident) => incident.reporter_organisation_id === 'zit_bb').length,
      );

      // A hidden incident leaves no trace, not even in the answer to a change the reader may not make.
      if (column === 'security team') continue;
      const attempt = await subgraph.query(
        `mutation ($input: ChangeIncidentStatusInput!) { changeIncidentStatus(input: $input) { id } }`,
        { input: { id, version: 1, status: 'TRIAGED' } },
        headers,
      );
      expect(attempt.errors?.[0]?.extensions?.code).toBe(reader ? 'FORBIDDEN' : 'UNAUTHENTICATED');
      if (!visible) expect(JSON.stringify([result, attempt])).not.toContain(title);
    }
  });
});

describe('batching under every kind of visibility', () => {
  it('resolves the incidents and posture of 10 or of all Gemeinden in the same statements for a Landkreis token', async () => {
    const headers = await headersAs(subgraph.issuer, 'municipality', UCKERMARK);
    const gemeinden = (
      await subgraph.db.selectFrom('security_incident_municipality').select('ars').distinct().orderBy('ars').execute()
    ).map((r) => r.ars);
    const run = async (arsList: string[]) => {
      subgraph.resetStatements();
      const result = await subgraph.query(
        `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Municipality {
          incidents(first: 3) { totalCount nodes { id affectedMunicipalities { ars } } }
          securityPosture { certNetworkMember openIncidentCount lastIncidentAt }
        } } }`,
        { representations: arsList.map((ars) => ({ __typename: 'Municipality', ars })) },
        headers,
      );
      expect(result.errors).toBeUndefined();
      return subgraph.statements.length;
    };
    const few = await run(gemeinden.slice(0, 10));
    expect(await run(gemeinden)).toBe(few);
  });

  it('loads the named recipients of 2 or of 100 incidents in the same statements', async () => {
    const team = await headersAs(subgraph.issuer, 'security-team');
    const run = async (first: number) => {
      subgraph.resetStatements();
      const result = await subgraph.query(
        `query ($first: Int) { incidents(first: $first) { nodes { id recipients } } }`,
        { first },
        team,
      );
      expect(result.errors).toBeUndefined();
      expect(result.data?.incidents.nodes).toHaveLength(first);
      return subgraph.statements.length;
    };
    expect(await run(2)).toBe(await run(100));
  });
});
