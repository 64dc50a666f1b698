import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import type { Principal, Scope } from '@kaz/auth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Context, createContext } from '../src/context.ts';
import { TLP_LEVELS } from '../src/db/visibility.ts';
import { schema } from '../src/schema/index.ts';
import { setUpSubgraph } from './support.ts';

const { subgraph } = setUpSubgraph();

const ENTITIES = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on SecurityIncident { id tlp }
    ... on Municipality { ars incidents(first: 500) { totalCount nodes { id } } securityPosture { openIncidentCount lastIncidentAt } }
    ... on Organisation { id reportedIncidents(first: 500) { totalCount nodes { id } } }
  }
}`;

async function allIncidents() {
  return subgraph.db
    .selectFrom('security_incident')
    .select(['id', 'tlp', 'status', 'reporter_organisation_id'])
    .orderBy('id')
    .execute();
}

async function affectedRows() {
  return subgraph.db
    .selectFrom('security_incident_municipality')
    .innerJoin('security_incident', 'security_incident.id', 'security_incident_municipality.incident_id')
    .select([
      'security_incident_municipality.ars',
      'security_incident.id',
      'security_incident.tlp',
      'security_incident.status',
    ])
    .execute();
}

describe('TLP visibility for an anonymous request', () => {
  it('the database holds incidents of all five TLP levels, about a third of them TLP:CLEAR', async () => {
    const rows = await allIncidents();
    const byTlp = Object.fromEntries(TLP_LEVELS.map((tlp) => [tlp, rows.filter((r) => r.tlp === tlp).length]));
    expect(rows).toHaveLength(150);
    for (const tlp of TLP_LEVELS) expect(byTlp[tlp]).toBeGreaterThan(5);
    expect(byTlp.CLEAR).toBe(53);
  });

  it('lists and counts only the TLP:CLEAR incidents', async () => {
    const clear = (await allIncidents()).filter((r) => r.tlp === 'CLEAR').map((r) => r.id);
    const result = await subgraph.query(`{ incidents(first: 500) { totalCount nodes { id tlp } } }`);
    expect(result.errors).toBeUndefined();
    const page = result.data?.incidents;
    expect(page.totalCount).toBe(clear.length);
    expect(page.nodes.map((n: { id: string }) => n.id).sort()).toEqual(clear);
    expect(new Set(page.nodes.map((n: { tlp: string }) => n.tlp))).toEqual(new Set(['CLEAR']));
  });

  it('counts only TLP:CLEAR incidents under every filter, too', async () => {
    const rows = (await allIncidents()).filter((r) => r.status === 'CLOSED');
    const result = await subgraph.query(`{ incidents(filter: { statuses: [CLOSED] }, first: 0) { totalCount } }`);
    expect(result.data?.incidents.totalCount).toBe(rows.filter((r) => r.tlp === 'CLEAR').length);
    expect(result.data?.incidents.totalCount).toBeLessThan(rows.length);
  });

  it('returns null for incident(id) of a TLP:RED incident, and the incident for a TLP:CLEAR one', async () => {
    const rows = await allIncidents();
    const red = rows.find((r) => r.tlp === 'RED')?.id;
    const clear = rows.find((r) => r.tlp === 'CLEAR')?.id;
    const result = await subgraph.query(
      `query ($red: ID!, $clear: ID!) { red: incident(id: $red) { id } clear: incident(id: $clear) { id } }`,
      {
        red,
        clear,
      },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ red: null, clear: { id: clear } });
  });

  it('resolves _entities references of hidden incidents to null', async () => {
    const rows = await allIncidents();
    const representations = rows.map((r) => ({ __typename: 'SecurityIncident', id: r.id }));
    // Only the incident fragment: the subgraph's cost limit counts every fragment of the selection for
    // each representation, and the Kommune and organisation pages of ENTITIES are not asked for here.
    const result = await subgraph.query(
      `query ($representations: [_Any!]!) { _entities(representations: $representations) {
        ... on SecurityIncident { id tlp } } }`,
      { representations },
    );
    expect(result.errors).toBeUndefined();
    const entities = result.data?._entities as ({ id: string; tlp: string } | null)[];
    expect(entities).toHaveLength(rows.length);
    rows.forEach((row, index) => {
      expect(entities[index]).toEqual(row.tlp === 'CLEAR' ? { id: row.id, tlp: 'CLEAR' } : null);
    });
  });

  it('counts only visible incidents in Municipality.incidents and in the security posture', async () => {
    const affected = await affectedRows();
    // The Kommune with the most hidden incidents shows the difference best.
    const hidden = new Map<string, number>();
    for (const row of affected) if (row.tlp !== 'CLEAR') hidden.set(row.ars, (hidden.get(row.ars) ?? 0) + 1);
    const [ars] = [...hidden.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] as [string, number];
    const mine = affected.filter((row) => row.ars === ars);
    const visible = mine.filter((row) => row.tlp === 'CLEAR');
    const open = visible.filter((row) => row.status !== 'RESOLVED' && row.status !== 'CLOSED');
    const result = await subgraph.query(ENTITIES, { representations: [{ __typename: 'Municipality', ars }] });
    const entity = result.data?._entities[0];
    expect(mine.length).toBeGreaterThan(visible.length);
    expect(entity.incidents.totalCount).toBe(visible.length);
    expect(entity.incidents.nodes.map((n: { id: string }) => n.id).sort()).toEqual(visible.map((r) => r.id).sort());
    expect(entity.securityPosture.openIncidentCount).toBe(open.length);
  });

  it('shows no posture figures at all for a Kommune whose incidents are all hidden', async () => {
    const affected = await affectedRows();
    const visibleArs = new Set(affected.filter((r) => r.tlp === 'CLEAR').map((r) => r.ars));
    const ars = affected.find((r) => !visibleArs.has(r.ars))?.ars;
    const result = await subgraph.query(ENTITIES, { representations: [{ __typename: 'Municipality', ars }] });
    expect(result.data?._entities[0]).toMatchObject({
      incidents: { totalCount: 0, nodes: [] },
      securityPosture: { openIncidentCount: 0, lastIncidentAt: null },
    });
  });

  it('counts only visible incidents in Organisation.reportedIncidents', async () => {
    const rows = await allIncidents();
    const result = await subgraph.query(ENTITIES, {
      representations: ['zit_bb', 'dikom'].map((id) => ({ __typename: 'Organisation', id })),
    });
    for (const [index, id] of ['zit_bb', 'dikom'].entries()) {
      const reported = rows.filter((r) => r.reporter_organisation_id === id);
      const visible = reported.filter((r) => r.tlp === 'CLEAR');
      expect(reported.length).toBeGreaterThan(visible.length);
      expect(result.data?._entities[index].reportedIncidents.totalCount).toBe(visible.length);
    }
  });

  it('lists only visible incidents as LDA notifications due', async () => {
    const result = await subgraph.query(`{ ldaNotificationsDue(asOf: "2026-11-25T16:00:00Z") { id tlp } }`);
    const hidden = await subgraph.db
      .selectFrom('security_incident')
      .select('id')
      .where('personal_data_involved', '=', true)
      .where('lda_notified_at', 'is', null)
      .where('tlp', '!=', 'CLEAR')
      .execute();
    expect(hidden.length).toBeGreaterThan(0);
    const listed = result.data?.ldaNotificationsDue as { id: string; tlp: string }[];
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.every((i) => i.tlp === 'CLEAR')).toBe(true);
  });
});

describe('TLP visibility follows the principal of the context', () => {
  // In-process execution with a hand-made principal, next to the HTTP tests with signed tokens.
  const server = new ApolloServer<Context>({ schema, plugins: [ApolloServerPluginInlineTraceDisabled()] });
  beforeAll(() => server.start());
  afterAll(() => server.stop());

  const principal = (org: string, scopes: Scope[] = []): Principal => ({
    subject: `test@${org}`,
    org,
    kind: /^\d{12}$/.test(org) ? 'municipality' : 'organisation',
    scopes: new Set(scopes),
  });

  const run = async (who: Principal | null, query: string) => {
    const response = await server.executeOperation({ query }, { contextValue: createContext(subgraph.db, who) });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return response.body.singleResult;
  };

  it('CERT-Brandenburg (security:read) sees all 150 incidents; an anonymous context only the TLP:CLEAR ones', async () => {
    const all = await run(principal('zit_bb', ['security:read']), `{ incidents(first: 0) { totalCount } }`);
    expect((all.data as any).incidents.totalCount).toBe(150);
    const anonymous = await run(null, `{ incidents(first: 0) { totalCount } }`);
    expect((anonymous.data as any).incidents.totalCount).toBe(53);
  });

  it('a partner token that is named nowhere sees CLEAR and GREEN incidents only', async () => {
    const rows = await allIncidents();
    const result = await run(
      principal('mdjd', ['workorders:write']),
      `{ incidents(first: 500) { totalCount nodes { tlp } } }`,
    );
    const page = (result.data as any).incidents;
    expect(page.totalCount).toBe(rows.filter((r) => r.tlp === 'CLEAR' || r.tlp === 'GREEN').length);
    expect(new Set(page.nodes.map((n: { tlp: string }) => n.tlp))).toEqual(new Set(['CLEAR', 'GREEN']));
  });

  it('the LDA, a named recipient in the sample data, also sees the RED and AMBER+STRICT incidents it is named on, and every one with personal data', async () => {
    const named = await subgraph.db
      .selectFrom('incident_recipient')
      .innerJoin('security_incident', 'security_incident.id', 'incident_recipient.incident_id')
      .select(['security_incident.id', 'security_incident.tlp'])
      .where('recipient', '=', 'lda')
      .execute();
    expect(new Set(named.map((r) => r.tlp))).toEqual(new Set(['RED', 'AMBER_STRICT']));
    const open = (await allIncidents()).filter((r) => r.tlp === 'CLEAR' || r.tlp === 'GREEN');
    // Rule read.incident.dataprotection (issue 13): every incident with personal data, whatever its marking.
    const personal = await subgraph.db
      .selectFrom('security_incident')
      .select('id')
      .where('personal_data_involved', '=', true)
      .execute();
    const result = await run(principal('lda'), `{ incidents(first: 500) { totalCount nodes { id } } }`);
    const ids = (result.data as any).incidents.nodes.map((n: { id: string }) => n.id).sort();
    expect(ids).toEqual([...new Set([...open, ...named, ...personal].map((r) => r.id))].sort());
  });
});
