import { POTSDAM, tokenRequestOf } from '@kaz/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAccessTable } from './support/access-table.ts';
import { ENGINES, startTestHub, type TestHub } from './support/hub.ts';

// The TLP table of docs/access-control.md, cell by cell, through the gateway: an incident of each
// marking affecting Gramzow (Amt Gramzow, Landkreis Uckermark), seen — or not — by each principal
// in every place an incident shows: incident(id), the Kommune's incident list and its count, the
// Kommune's open-incident count, and the reporter's list in another subgraph's type.

const GRAMZOW = '120735306225';
const AMT_GRAMZOW = '120735306000';
const UCKERMARK = '120730000000';

const table = readAccessTable('tlp-matrix', 0);

describe.each(ENGINES)('through %s', (_name, engine) => {
  let hub: TestHub;
  const incidentOf: Record<string, string> = {};

  beforeAll(async () => {
    hub = await startTestHub({ engine });
    const team = await hub.issuer.sign(tokenRequestOf('security-team'));
    for (const row of table.rows) {
      const result = await hub.query(
        `mutation ($input: ReportIncidentInput!) { reportIncident(input: $input) { id tlp } }`,
        {
          input: {
            title: `TLP-Test ${row.key}`,
            category: 'MALWARE',
            severity: 'HIGH',
            tlp: row.key,
            detectedAt: new Date(Date.now() - 7_200_000).toISOString(),
            affectedMunicipalityArs: [GRAMZOW],
            personalDataInvolved: false,
            recipients: ['lda'],
          },
        },
        { authorization: `Bearer ${team}` },
      );
      if (result.errors) throw new Error(JSON.stringify(result.errors));
      incidentOf[row.key] = result.data?.reportIncident.id;
    }
  });

  afterAll(async () => {
    await hub?.stop();
  });

  /**
   * The tokens of one column of the table, by the principals of the
   * access table: the kaz-editor as "any partner", the `municipality` column for each Kommune.
   */
  async function tokensOf(column: string): Promise<(string | null)[]> {
    const kommune = (ars: string) => hub.issuer.sign(tokenRequestOf('municipality', ars));
    switch (column) {
      case 'anonymous':
        return [null];
      case 'any partner':
        return [await hub.issuer.sign(tokenRequestOf('kaz-editor'))];
      case 'affected Kommune':
        return [await kommune(GRAMZOW)];
      case 'its Amt':
        return [await kommune(AMT_GRAMZOW)];
      case 'its Landkreis':
        return [await kommune(UCKERMARK)];
      case 'other Kommune':
        return [await kommune(POTSDAM)];
      case 'security-team':
        // The security team by its `security:read` alone, as the TLP table says: reading needs no more.
        return [await hub.issuer.sign({ ...tokenRequestOf('security-team'), scopes: ['security:read'] })];
      case 'named recipient':
        // The LDA, a named recipient of every incident above, as an organisation without scopes.
        return [await hub.issuer.sign({ org: 'lda', scopes: [] })];
      default:
        throw new Error(`unknown column ${column}`);
    }
  }

  const VIEW = `query ($id: ID!, $ars: ID!) {
    incident(id: $id) { id tlp }
    municipality(ars: $ars) {
      incidents(first: 500) { totalCount nodes { id status } }
      securityPosture { openIncidentCount }
    }
    organisation(id: "zit_bb") { reportedIncidents(first: 500) { totalCount nodes { id } } }
  }`;

  const cells = table.rows.flatMap((row) =>
    table.columns.map((column) => [row.key, column, row.cells[column]] as const),
  );

  describe('TLP visibility through the gateway', () => {
    it('covers the five markings and eight kinds of reader', () => {
      expect(table.rows.map((row) => row.key)).toEqual(['CLEAR', 'GREEN', 'AMBER', 'AMBER_STRICT', 'RED']);
      expect(table.columns).toHaveLength(8);
    });

    it.each(cells)('%s incident, %s: %s', async (marking, column, cell) => {
      const id = incidentOf[marking];
      for (const token of await tokensOf(column)) {
        const result = await hub.query(VIEW, { id, ars: GRAMZOW }, token ? { authorization: `Bearer ${token}` } : {});
        expect(result.errors).toBeUndefined();
        const data = result.data as Record<string, any>;
        const visible = cell === 'yes';
        expect(data.incident?.id ?? null).toBe(visible ? id : null);
        const listed = data.municipality.incidents.nodes.map((node: { id: string }) => node.id);
        expect(listed.includes(id)).toBe(visible);
        const reported = data.organisation.reportedIncidents.nodes.map((node: { id: string }) => node.id);
        expect(reported.includes(id)).toBe(visible);
        // Counts are made of exactly what the reader may see: no hidden incident inflates them.
        expect(data.municipality.incidents.totalCount).toBe(listed.length);
        expect(data.organisation.reportedIncidents.totalCount).toBe(reported.length);
        const open = data.municipality.incidents.nodes.filter(
          (node: { status: string }) => !['RESOLVED', 'CLOSED'].includes(node.status),
        );
        expect(data.municipality.securityPosture.openIncidentCount).toBe(open.length);
      }
    });
  });
});
