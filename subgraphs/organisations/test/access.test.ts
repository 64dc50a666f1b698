import { type Column, dayInBerlin, expectAuditLogAppendOnly, frozenClock, headersAs } from '@kaz/subgraph-kit/testing';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { HOHEN_NEUENDORF, setUpSubgraph } from './support.ts';

/** The server's clock, frozen for this file: "today" below is its day in Berlin. */
const CLOCK = frozenClock();
const { subgraph } = setUpSubgraph({ clock: CLOCK });

const EVERYONE: Column[] = ['anonymous', 'kaz-editor', 'ministry', 'municipality', 'security-team', 'auditor'];

describe('public reads (rules read.reference and read.dikom)', () => {
  it.each(EVERYONE)(
    'shows organisations, committees, decisions, external bodies and DIKOM membership to the %s',
    async (name) => {
      const result = await subgraph.query(
        `query ($reps: [_Any!]!) {
        organisations { id }
        committees { id members { role } decisions(first: 1) { totalCount } }
        decisions(first: 1) { totalCount }
        decision(id: "itrat-2020-3") { reference }
        responsibilities { area }
        dikomMembers(first: 1) { totalCount }
        externalBodies(first: 1) { totalCount }
        _entities(representations: $reps) { ... on Municipality { dikomMembership { memberSince version } } }
      }`,
        { reps: [{ __typename: 'Municipality', ars: HOHEN_NEUENDORF }] },
        await headersAs(subgraph.issuer, name, HOHEN_NEUENDORF),
      );
      expect(result.errors).toBeUndefined();
      expect(result.data?.organisations).toHaveLength(18);
      expect(result.data?.decisions.totalCount).toBe(38);
      expect(result.data?.externalBodies.totalCount).toBe(3);
      expect(result.data?.decision).toEqual({ reference: 'Entscheidung 2020/3' });
      expect(result.data?.dikomMembers.totalCount).toBe(120);
      expect(result.data?._entities).toEqual([{ dikomMembership: { memberSince: '2020-04-09', version: 1 } }]);
    },
  );

  it('treats an expired token as none: public data still answers', async () => {
    const expired = await subgraph.issuer.expired({ org: 'mdjd', scopes: ['organisations:write'] });
    const result = await subgraph.query(`{ committees { id } }`, {}, { authorization: `Bearer ${expired}` });
    expect(result.errors).toBeUndefined();
    expect(result.data?.committees).toHaveLength(4);
  });
});

describe('the audit log (rule read.audit)', () => {
  const LOG = `query ($type: String, $id: ID) {
    committees { id }
    organisationsAuditLog(entityType: $type, entityId: $id, first: 10) {
      totalCount nodes { id occurredAt actorSubject actorOrg operation entityType entityId before after }
    }
  }`;

  it('records the mutations and shows them, newest first, to the auditor only', async () => {
    const ministry = await headersAs(subgraph.issuer, 'ministry');
    const decision = await subgraph.query(
      `mutation { recordDecision(input: { committeeId: "pg-ozg", reference: "Beschluss 2025/1",
        decidedOn: "2025-05-05", title: "Arbeitsweise 2025", text: "Die Projektgruppe tagt zweimonatlich." }) { id } }`,
      {},
      ministry,
    );
    expect(decision.data?.recordDecision).toEqual({ id: 'pgozg-2025-1' });
    const ended = await subgraph.query(
      `mutation ($ars: ID!, $until: String!) {
        endDikomMembership(input: { municipalityArs: $ars, version: 1, memberUntil: $until }) { version }
      }`,
      { ars: HOHEN_NEUENDORF, until: dayInBerlin(CLOCK) },
      ministry,
    );
    expect(ended.data?.endDikomMembership).toEqual({ version: 2 });

    const result = await subgraph.query(LOG, {}, await headersAs(subgraph.issuer, 'auditor'));
    expect(result.errors).toBeUndefined();
    const log = result.data?.organisationsAuditLog;
    expect(log.totalCount).toBe(2);
    expect(log.nodes.map((n: any) => [n.operation, n.entityType, n.entityId, n.actorOrg, n.actorSubject])).toEqual([
      ['endDikomMembership', 'DikomMembership', HOHEN_NEUENDORF, 'mdjd', 'ministry@mdjd'],
      ['recordDecision', 'Decision', 'pgozg-2025-1', 'mdjd', 'ministry@mdjd'],
    ]);
    expect(log.nodes[0].id).toMatch(/^organisations:\d+$/);
    expect(JSON.parse(log.nodes[0].before)).toMatchObject({ ars: HOHEN_NEUENDORF, member_until: null, version: 1 });
    expect(JSON.parse(log.nodes[0].after)).toMatchObject({
      ars: HOHEN_NEUENDORF,
      member_until: dayInBerlin(CLOCK),
      version: 2,
    });
    expect(log.nodes[1].before).toBeNull();
    expect(JSON.parse(log.nodes[1].after)).toMatchObject({ id: 'pgozg-2025-1', reference: 'Beschluss 2025/1' });

    const one = await subgraph.query(
      LOG,
      { type: 'Decision', id: 'pgozg-2025-1' },
      await headersAs(subgraph.issuer, 'auditor'),
    );
    expect(one.data?.organisationsAuditLog.nodes.map((n: any) => n.operation)).toEqual(['recordDecision']);
  });

  it.each(EVERYONE.filter((name) => name !== 'auditor'))(
    'refuses the log to the %s on its path, the rest of the result intact',
    async (name) => {
      const result = await subgraph.query(LOG, {}, await headersAs(subgraph.issuer, name, HOHEN_NEUENDORF));
      expect(result.data?.committees).toHaveLength(4);
      expect(result.data?.organisationsAuditLog).toBeNull();
      expect(result.errors).toHaveLength(1);
      expect(result.errors?.[0]?.path).toEqual(['organisationsAuditLog']);
      expect(result.errors?.[0]?.extensions?.code).toBe(name === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
    },
  );

  it('cannot be changed or deleted, not even with the subgraph’s own database access', async () => {
    await expectAuditLogAppendOnly(subgraph.db);
    const orgs = await sql<{ actor_org: string }>`select distinct actor_org from audit_log`.execute(subgraph.db);
    expect(orgs.rows).toEqual([{ actor_org: 'mdjd' }]);
  });
});
