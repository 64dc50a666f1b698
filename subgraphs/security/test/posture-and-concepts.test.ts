// Over 250 lines: the reads of security concepts and posture and their batching, on one started subgraph.
import { readMunicipalities } from '@kaz/reference-data';
import { headersFor } from '@kaz/subgraph-kit/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { setUpSubgraph } from './support.ts';

const { subgraph } = setUpSubgraph();
/** The headers of CERT-Brandenburg, who may read every concept (rule read.security.concept). */
let team: Record<string, string>;

beforeAll(async () => {
  team = await headersFor(subgraph.issuer, { org: 'zit_bb', scopes: ['security:read'] });
});

const POSTURES = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on Municipality {
      ars
      securityPosture { certNetworkMember openIncidentCount concept { status basis } }
      incidents(first: 3) { totalCount }
    }
  }
}`;

const GEMEINDEN = readMunicipalities().map((g) => g.ars);

describe('security concepts', () => {
  it('finds a concept by its key, null for an unknown one, BAD_USER_INPUT for a malformed one', async () => {
    const concept = await subgraph.db
      .selectFrom('security_concept')
      .selectAll()
      .orderBy('id')
      .executeTakeFirstOrThrow();
    const result = await subgraph.query(
      `query ($id: ID!) {
      known: securityConcept(id: $id) { id municipality { ars } basis status adoptedOn reviewDueOn isSample }
      unknown: securityConcept(id: "ISK-129999999999") { id }
    }`,
      { id: concept.id },
      team,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      known: {
        id: concept.id,
        municipality: { ars: concept.ars },
        basis: concept.basis,
        status: concept.status,
        adoptedOn: concept.adopted_on,
        reviewDueOn: concept.review_due_on,
        isSample: true,
      },
      unknown: null,
    });
    const malformed = await subgraph.query(`{ securityConcept(id: "ISK-1205") { id } }`, {}, team);
    expect(malformed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('keeps dates consistent: drafts have none, every other concept is reviewed after its adoption', async () => {
    const concepts = await subgraph.db.selectFrom('security_concept').selectAll().execute();
    for (const concept of concepts) {
      if (concept.status === 'DRAFT') expect([concept.adopted_on, concept.review_due_on]).toEqual([null, null]);
      else expect((concept.review_due_on as string) > (concept.adopted_on as string)).toBe(true);
    }
    expect(new Set(concepts.map((c) => c.status))).toEqual(new Set(['DRAFT', 'ADOPTED', 'UNDER_REVIEW', 'OUTDATED']));
  });

  it('filters by status and review date and pages in review-date order without gaps', async () => {
    const concepts = await subgraph.db.selectFrom('security_concept').selectAll().execute();
    const expected = concepts
      .filter((c) => c.status !== 'DRAFT' && (c.review_due_on as string) < '2027-01-01')
      .sort((a, b) => (a.review_due_on as string).localeCompare(b.review_due_on as string) || a.id.localeCompare(b.id))
      .map((c) => c.id);
    const seen: string[] = [];
    let after: string | null = null;
    for (let round = 0; round < 20; round++) {
      const result: any = await subgraph.query(
        `query ($after: String) { securityConcepts(reviewDueBefore: "2027-01-01", first: 25, after: $after) {
          totalCount pageInfo { hasNextPage endCursor } nodes { id }
        } }`,
        { after },
        team,
      );
      expect(result.data.securityConcepts.totalCount).toBe(expected.length);
      seen.push(...result.data.securityConcepts.nodes.map((n: { id: string }) => n.id));
      if (!result.data.securityConcepts.pageInfo.hasNextPage) break;
      after = result.data.securityConcepts.pageInfo.endCursor;
    }
    expect(seen).toEqual(expected);

    const outdated = await subgraph.query(
      `{ securityConcepts(status: OUTDATED, first: 500) { totalCount nodes { status } } }`,
      {},
      team,
    );
    expect(outdated.data?.securityConcepts.totalCount).toBe(concepts.filter((c) => c.status === 'OUTDATED').length);
    expect(new Set(outdated.data?.securityConcepts.nodes.map((n: { status: string }) => n.status))).toEqual(
      new Set(['OUTDATED']),
    );
  });

  it('rejects a malformed reviewDueBefore with BAD_USER_INPUT', async () => {
    const result = await subgraph.query(`{ securityConcepts(reviewDueBefore: "2027-02-29") { totalCount } }`, {}, team);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reviewDueBefore' });
  });

  it('resolves SecurityConcept references through _entities', async () => {
    const ids = (await subgraph.db.selectFrom('security_concept').select('id').orderBy('id').limit(3).execute()).map(
      (c) => c.id,
    );
    const representations = [...ids, 'ISK-129999999999'].map((id) => ({ __typename: 'SecurityConcept', id }));
    subgraph.resetStatements();
    const result = await subgraph.query(
      `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on SecurityConcept { id } } }`,
      { representations },
      team,
    );
    expect(result.data?._entities).toEqual([...ids.map((id) => ({ id })), null]);
    expect(subgraph.statements).toHaveLength(1);
  });
});

describe('security posture', () => {
  it('gives every Kommune a posture; one without concept, membership or incidents shows null, false and 0', async () => {
    const concepts = new Set(
      (await subgraph.db.selectFrom('security_concept').select('ars').execute()).map((r) => r.ars),
    );
    const members = new Set(
      (await subgraph.db.selectFrom('cert_network_membership').select('ars').execute()).map((r) => r.ars),
    );
    const affected = new Set(
      (await subgraph.db.selectFrom('security_incident_municipality').select('ars').execute()).map((r) => r.ars),
    );
    const bare = GEMEINDEN.find((ars) => !concepts.has(ars) && !members.has(ars) && !affected.has(ars));
    const result = await subgraph.query(
      `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Municipality {
        securityPosture { municipality { ars } concept { id } certNetworkMember certNetworkSince openIncidentCount lastIncidentAt }
      } } }`,
      { representations: [bare, '12345'].map((ars) => ({ __typename: 'Municipality', ars })) },
      team,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toEqual([
      {
        securityPosture: {
          municipality: { ars: bare },
          concept: null,
          certNetworkMember: false,
          certNetworkSince: null,
          openIncidentCount: 0,
          lastIncidentAt: null,
        },
      },
      { securityPosture: null },
    ]);
  });

  it('reports concept, membership and the newest incident of each Kommune to CERT-Brandenburg', async () => {
    // One real link beside the sample ones, so that the posture tells them apart.
    const sampleMembers = await subgraph.db.selectFrom('cert_network_membership').select('ars').execute();
    const real = GEMEINDEN.find((ars) => !sampleMembers.some((member) => member.ars === ars));
    if (!real) throw new Error('every Gemeinde is a sample member');
    await subgraph.db
      .insertInto('cert_network_membership')
      .values({ ars: real, member_since: '2026-01-15', is_sample: false })
      .execute();
    const memberships = await subgraph.db.selectFrom('cert_network_membership').selectAll().execute();
    const concepts = await subgraph.db.selectFrom('security_concept').selectAll().execute();
    const affected = await subgraph.db
      .selectFrom('security_incident_municipality')
      .innerJoin('security_incident', 'security_incident.id', 'security_incident_municipality.incident_id')
      .select([
        'security_incident_municipality.ars',
        'security_incident.detected_at',
        'security_incident.tlp',
        'security_incident.status',
      ])
      .execute();
    // CERT-Brandenburg reads the concepts and sees every incident, whatever its marking.
    const result = await subgraph.query(
      `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Municipality {
        ars securityPosture {
          concept { id status } certNetworkMember certNetworkMembershipIsSample certNetworkSince openIncidentCount lastIncidentAt
        }
      } } }`,
      { representations: GEMEINDEN.map((ars) => ({ __typename: 'Municipality', ars })) },
      team,
    );
    expect(result.errors).toBeUndefined();
    let withIncidents = 0;
    for (const entity of (result.data?._entities ?? []) as any[]) {
      const membership = memberships.find((m) => m.ars === entity.ars);
      const concept = concepts.find((c) => c.ars === entity.ars);
      const incidents = affected.filter((a) => a.ars === entity.ars);
      const newest =
        incidents
          .map((a) => a.detected_at.toISOString())
          .sort()
          .at(-1) ?? null;
      expect(entity.securityPosture).toEqual({
        concept: concept ? { id: concept.id, status: concept.status } : null,
        certNetworkMember: membership != null,
        certNetworkMembershipIsSample: membership?.is_sample ?? null,
        certNetworkSince: membership?.member_since ?? null,
        openIncidentCount: incidents.filter((a) => a.status !== 'RESOLVED' && a.status !== 'CLOSED').length,
        lastIncidentAt: newest,
      });
      if (newest) withIncidents++;
    }
    expect(withIncidents).toBeGreaterThan(10);
    const flags = ((result.data?._entities ?? []) as any[]).map(
      (entity) => entity.securityPosture.certNetworkMembershipIsSample,
    );
    expect(new Set(flags)).toEqual(new Set([true, false, null]));
    await subgraph.db.deleteFrom('cert_network_membership').where('ars', '=', real).execute();
  });
});

describe('federation batching', () => {
  it('resolves the posture and incidents of 10 or of all 413 Gemeinden in the same number of statements', async () => {
    const run = async (arsList: string[]) => {
      subgraph.resetStatements();
      const result = await subgraph.query(
        POSTURES,
        { representations: arsList.map((ars) => ({ __typename: 'Municipality', ars })) },
        team,
      );
      expect(result.errors).toBeUndefined();
      expect(result.data?._entities).toHaveLength(arsList.length);
      return subgraph.statements.length;
    };
    const few = await run(GEMEINDEN.slice(0, 10));
    expect(few).toBe(4);
    expect(await run(GEMEINDEN)).toBe(few);
  });

  it('pages Municipality.incidents for many Kommunen at once, newest first', async () => {
    const affected = await subgraph.db
      .selectFrom('security_incident_municipality')
      .innerJoin('security_incident', 'security_incident.id', 'security_incident_municipality.incident_id')
      .select(['security_incident_municipality.ars', 'security_incident.id', 'security_incident.detected_at'])
      .where('tlp', '=', 'CLEAR')
      .execute();
    const arsList = [...new Set(affected.map((a) => a.ars))].sort();
    const result = await subgraph.query(
      `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Municipality {
        ars incidents(first: 2, after: "b2Zmc2V0OjA") { totalCount nodes { id } }
      } } }`,
      { representations: arsList.map((ars) => ({ __typename: 'Municipality', ars })) },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toHaveLength(arsList.length);
    for (const entity of (result.data?._entities ?? []) as any[]) {
      const mine = affected
        .filter((a) => a.ars === entity.ars)
        .sort((a, b) => b.detected_at.getTime() - a.detected_at.getTime() || a.id.localeCompare(b.id));
      expect(entity.incidents.totalCount).toBe(mine.length);
      // The cursor "offset:0" starts the page behind the newest incident.
      expect(entity.incidents.nodes.map((n: { id: string }) => n.id)).toEqual(mine.slice(1, 3).map((a) => a.id));
    }
  });

  it('resolves Organisation.reportedIncidents for several organisations in one statement', async () => {
    const reported = await subgraph.db
      .selectFrom('security_incident')
      .select(['id', 'reporter_organisation_id', 'detected_at'])
      .where('tlp', '=', 'CLEAR')
      .where('reporter_organisation_id', 'is not', null)
      .execute();
    const ids = ['zit_bb', 'dikom', 'kaz', 'tuiv_ag', 'mik'];
    subgraph.resetStatements();
    const result = await subgraph.query(
      `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Organisation {
        id reportedIncidents(first: 5) { totalCount nodes { id reporter { id } } }
      } } }`,
      { representations: ids.map((id) => ({ __typename: 'Organisation', id })) },
    );
    expect(result.errors).toBeUndefined();
    expect(subgraph.statements).toHaveLength(1);
    for (const entity of (result.data?._entities ?? []) as any[]) {
      const mine = reported
        .filter((r) => r.reporter_organisation_id === entity.id)
        .sort((a, b) => b.detected_at.getTime() - a.detected_at.getTime() || a.id.localeCompare(b.id));
      expect(entity.reportedIncidents.totalCount).toBe(mine.length);
      expect(entity.reportedIncidents.nodes.map((n: { id: string }) => n.id)).toEqual(
        mine.slice(0, 5).map((r) => r.id),
      );
      for (const node of entity.reportedIncidents.nodes) expect(node.reporter).toEqual({ id: entity.id });
    }
    expect(result.data?._entities.find((e: { id: string }) => e.id === 'mik').reportedIncidents.totalCount).toBe(0);
    expect(
      result.data?._entities.find((e: { id: string }) => e.id === 'zit_bb').reportedIncidents.totalCount,
    ).toBeGreaterThan(5);
  });

  it('resolves 2 or 50 incident references with their affected Kommunen in the same number of statements', async () => {
    const ids = (
      await subgraph.db.selectFrom('security_incident').select('id').where('tlp', '=', 'CLEAR').orderBy('id').execute()
    ).map((r) => r.id);
    const run = async (list: string[]) => {
      subgraph.resetStatements();
      const result = await subgraph.query(
        `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on SecurityIncident {
          id affectedMunicipalities { ars }
        } } }`,
        { representations: list.map((id) => ({ __typename: 'SecurityIncident', id })) },
      );
      expect(result.data?._entities.map((e: { id: string }) => e.id)).toEqual(list);
      return subgraph.statements.length;
    };
    expect(await run(ids.slice(0, 2))).toBe(2);
    expect(await run(ids.slice(0, 50))).toBe(2);
  });
});
