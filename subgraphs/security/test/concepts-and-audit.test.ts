// Over 250 lines: the access rules of security concepts and the audit log, one file, on one started subgraph.

import { readMunicipalities, toArs } from '@kaz/reference-data';
import { administersOrIs } from '@kaz/subgraph-kit';
import {
  auditEntries,
  expectAuditLogAppendOnly,
  expectRefused,
  headersAs,
  headersFor,
  lastAuditId,
  PRINCIPALS,
} from '@kaz/subgraph-kit/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHANGE_STATUS, GRAMZOW, REPORT, reportInput, SAVE_CONCEPT, setUpSubgraph } from './support.ts';

const { subgraph, as } = setUpSubgraph();
const team = as['security-team'];
/** A Kommune with a concept in the seed, and two Gemeinden without one. */
let withConcept: { ars: string; id: string; version: number };
let without: string[];
/** The Amt of `withConcept`'s Gemeinde. */
let amtArs: string;

beforeAll(async () => {
  // A Gemeinde of an Amt, so that "its Amt" is a real Kommune: a token for an ARS that the reference
  // data does not know is refused, whatever it may read.
  const amtOf = new Map(readMunicipalities().map((gemeinde) => [gemeinde.ars, gemeinde.amt_ars]));
  const concepts = await subgraph.db
    .selectFrom('security_concept')
    .select(['ars', 'id', 'version'])
    .where('ars', 'like', '12073%')
    .where('ars', 'not like', '%000')
    .orderBy('ars')
    .execute();
  // Not Schwedt/Oder: it carries the Mitverwaltung's Verband key but runs its own administration.
  const concept = concepts.find((row) => {
    const amt = amtOf.get(row.ars);
    return amt && administersOrIs(toArs(amt), row.ars);
  });
  if (!concept) throw new Error('the seed has no security concept of a Gemeinde in an Amt of the Uckermark');
  withConcept = concept;
  amtArs = toArs(amtOf.get(concept.ars) as string);
  const taken = new Set((await subgraph.db.selectFrom('security_concept').select('ars').execute()).map((r) => r.ars));
  without = readMunicipalities()
    .map((g) => g.ars)
    .filter((ars) => !taken.has(ars))
    .slice(0, 8);
});

async function expectRejected(
  input: Record<string, unknown>,
  headers: Record<string, string>,
  code: string,
  field?: string,
) {
  await expectRefused(subgraph, () => subgraph.query(SAVE_CONCEPT, { input }, headers), code, field);
}

describe('reading security concepts (rule read.security.concept)', () => {
  it('shows the concept in the posture to the security team, the Kommune itself and its Amt (issue 13)', async () => {
    for (const headers of [
      team,
      await headersAs(subgraph.issuer, 'municipality', withConcept.ars),
      await headersAs(subgraph.issuer, 'municipality', amtArs),
    ]) {
      const result = await subgraph.query(
        `query ($representations: [_Any!]!) { _entities(representations: $representations) {
          ... on Municipality { securityPosture { certNetworkMember concept { id } } } } }`,
        { representations: [{ __typename: 'Municipality', ars: withConcept.ars }] },
        headers,
      );
      expect(result.errors).toBeUndefined();
      expect(result.data?._entities[0].securityPosture.concept).toEqual({ id: withConcept.id });
    }
  });

  it.each([
    ['another Kommune', 'other', 'FORBIDDEN'],
    ['the Kaz', 'kaz', 'FORBIDDEN'],
    ['the auditor', 'lda', 'FORBIDDEN'],
    ['an anonymous request', null, 'UNAUTHENTICATED'],
  ])(
    'denies the concept in the posture to %s, on its path, with the rest of the posture intact',
    async (_who, who, code) => {
      const org = who === 'other' ? (without[0] as string) : who;
      const scopes = who === 'lda' ? PRINCIPALS.auditor.scopes : who === 'kaz' ? PRINCIPALS['kaz-editor'].scopes : [];
      const headers = org ? await headersFor(subgraph.issuer, { org, scopes }) : {};
      const result = await subgraph.query(
        `query ($representations: [_Any!]!) { _entities(representations: $representations) {
        ... on Municipality { ars securityPosture { certNetworkMember concept { id } } } } }`,
        { representations: [{ __typename: 'Municipality', ars: withConcept.ars }] },
        headers,
      );
      expect(result.errors).toHaveLength(1);
      expect(result.errors?.[0]).toMatchObject({
        path: ['_entities', 0, 'securityPosture', 'concept'],
        extensions: { code },
      });
      expect(result.data?._entities[0]).toEqual({
        ars: withConcept.ars,
        securityPosture: { certNetworkMember: expect.any(Boolean), concept: null },
      });
    },
  );

  it('answers another Kommune’s concept with null, exactly as where there is none, so that nothing tells whether one exists', async () => {
    const kommune = await headersAs(subgraph.issuer, 'municipality', withConcept.ars);
    const existing = await subgraph.db
      .selectFrom('security_concept')
      .select('id')
      .where('ars', '!=', withConcept.ars)
      .executeTakeFirstOrThrow();
    const result = await subgraph.query(
      `query ($own: ID!, $other: ID!, $none: ID!) {
        own: securityConcept(id: $own) { id }
        other: securityConcept(id: $other) { id }
        none: securityConcept(id: $none) { id }
      }`,
      { own: withConcept.id, other: existing.id, none: `ISK-${without[1]}` },
      kommune,
    );
    expect(result.data).toEqual({ own: { id: withConcept.id }, other: null, none: null });
    expect(result.errors).toBeUndefined();
    const ownMissing = await subgraph.query(
      `{ securityConcept(id: "ISK-${without[1]}") { id } }`,
      {},
      await headersAs(subgraph.issuer, 'municipality', without[1] as string),
    );
    expect(ownMissing).toEqual({ data: { securityConcept: null } });
  });

  it('lists concepts for security:read only; a Kommune gets FORBIDDEN on the list and keeps the rest', async () => {
    const allowed = await subgraph.query(`{ securityConcepts(first: 0) { totalCount } }`, {}, team);
    expect(allowed.data?.securityConcepts.totalCount).toBeGreaterThanOrEqual(262);
    const denied = await subgraph.query(
      `{ securityConcepts(first: 5) { totalCount } incidents(first: 0) { totalCount } }`,
      {},
      await headersAs(subgraph.issuer, 'municipality', withConcept.ars),
    );
    expect(denied.errors?.[0]).toMatchObject({ path: ['securityConcepts'], extensions: { code: 'FORBIDDEN' } });
    expect(denied.data?.securityConcepts).toBeNull();
    expect(denied.data?.incidents.totalCount).toBeGreaterThan(0);
    const anonymous = await subgraph.query(`{ securityConcepts(first: 5) { totalCount } }`);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('checks SecurityConcept references like securityConcept(id)', async () => {
    const other = await subgraph.db
      .selectFrom('security_concept')
      .select('id')
      .where('ars', '!=', withConcept.ars)
      .executeTakeFirstOrThrow();
    const result = await subgraph.query(
      `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on SecurityConcept { id } } }`,
      {
        representations: [withConcept.id, other.id].map((id) => ({ __typename: 'SecurityConcept', id })),
      },
      await headersAs(subgraph.issuer, 'municipality', withConcept.ars),
    );
    expect(result.data?._entities).toEqual([{ id: withConcept.id }, null]);
    expect(result.errors).toBeUndefined();
  });
});

describe('saveSecurityConcept (rule write.security.concept)', () => {
  it('lets a Kommune create its own concept: version 1, not sample data, one audit entry without "before"', async () => {
    const ars = without[2] as string;
    const audit = await lastAuditId(subgraph.db);
    const result = await subgraph.query(
      SAVE_CONCEPT,
      { input: { municipalityArs: ars, basis: 'ISIS12', status: 'DRAFT' } },
      await headersAs(subgraph.issuer, 'municipality', ars),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.saveSecurityConcept).toEqual({
      id: `ISK-${ars}`,
      municipality: { ars },
      basis: 'ISIS12',
      status: 'DRAFT',
      adoptedOn: null,
      reviewDueOn: null,
      version: 1,
      isSample: false,
    });
    const entries = await auditEntries(subgraph.db, { after: audit });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      actor_org: ars,
      operation: 'saveSecurityConcept',
      entity_type: 'SecurityConcept',
      entity_id: `ISK-${ars}`,
      before: null,
      after: { ars, status: 'DRAFT', version: 1 },
    });
  });

  it('lets the security team change a concept with its version: version + 1, before and after in the audit log', async () => {
    const audit = await lastAuditId(subgraph.db);
    const result = await subgraph.query(
      SAVE_CONCEPT,
      {
        input: {
          municipalityArs: withConcept.ars,
          version: withConcept.version,
          basis: 'BSI_GRUNDSCHUTZ_STANDARD',
          status: 'ADOPTED',
          adoptedOn: '2026-09-01',
          reviewDueOn: '2028-09-01',
        },
      },
      team,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.saveSecurityConcept).toMatchObject({
      id: withConcept.id,
      status: 'ADOPTED',
      adoptedOn: '2026-09-01',
      reviewDueOn: '2028-09-01',
      version: withConcept.version + 1,
      isSample: true,
    });
    const entries = await auditEntries(subgraph.db, { after: audit });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      actor_org: 'zit_bb',
      entity_id: withConcept.id,
      before: { version: withConcept.version },
      after: { status: 'ADOPTED', adopted_on: '2026-09-01', version: withConcept.version + 1 },
    });
    withConcept.version += 1;
  });

  it('answers CONFLICT for creating a concept that exists and for a stale version, NOT_FOUND for changing a missing one', async () => {
    const draft = { basis: 'ISIS12', status: 'DRAFT' };
    await expectRejected({ municipalityArs: withConcept.ars, ...draft }, team, 'CONFLICT');
    await expectRejected(
      { municipalityArs: withConcept.ars, version: withConcept.version - 1, ...draft },
      team,
      'CONFLICT',
    );
    await expectRejected({ municipalityArs: without[3], version: 1, ...draft }, team, 'NOT_FOUND');
  });

  it('lets exactly one of two concurrent writers with the same version win', async () => {
    const audit = await lastAuditId(subgraph.db);
    const results = await Promise.all(
      ['ISIS12', 'ISO_27001'].map((basis) =>
        subgraph.query(
          SAVE_CONCEPT,
          { input: { municipalityArs: withConcept.ars, version: withConcept.version, basis, status: 'DRAFT' } },
          team,
        ),
      ),
    );
    expect(results.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
    expect(await auditEntries(subgraph.db, { after: audit })).toHaveLength(1);
    withConcept.version += 1;
  });

  it('lets exactly one of two concurrent creators of the same concept win', async () => {
    const ars = without[4] as string;
    const results = await Promise.all(
      [1, 2].map(() =>
        subgraph.query(SAVE_CONCEPT, { input: { municipalityArs: ars, basis: 'ISIS12', status: 'DRAFT' } }, team),
      ),
    );
    expect(results.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
  });

  it.each([
    ['a DRAFT with an adoption date', { status: 'DRAFT', adoptedOn: '2026-01-01' }, 'input.adoptedOn'],
    ['a DRAFT with a review date', { status: 'DRAFT', reviewDueOn: '2028-01-01' }, 'input.reviewDueOn'],
    ['an ADOPTED concept without adoption date', { status: 'ADOPTED', reviewDueOn: '2028-01-01' }, 'input.adoptedOn'],
    ['an ADOPTED concept without review date', { status: 'ADOPTED', adoptedOn: '2026-01-01' }, 'input.reviewDueOn'],
    [
      'a review before the adoption',
      { status: 'ADOPTED', adoptedOn: '2026-01-01', reviewDueOn: '2026-01-01' },
      'input.reviewDueOn',
    ],
    [
      'an impossible date',
      { status: 'ADOPTED', adoptedOn: '2026-02-30', reviewDueOn: '2028-01-01' },
      'input.adoptedOn',
    ],
    ['a malformed ARS', { municipalityArs: '12073' }, 'input.municipalityArs'],
    ['the ARS of no Kommune', { municipalityArs: '129999999999' }, 'input.municipalityArs'],
    ['a version below 1', { version: 0 }, 'input.version'],
  ])('rejects %s with BAD_USER_INPUT naming the field', async (_case, overrides, field) => {
    await expectRejected(
      { municipalityArs: without[5], basis: 'ISIS12', status: 'DRAFT', ...overrides },
      team,
      'BAD_USER_INPUT',
      field,
    );
  });

  it.each([
    ['another Kommune', 'other', [], 'FORBIDDEN'],
    ['the Kaz', 'kaz', PRINCIPALS['kaz-editor'].scopes, 'FORBIDDEN'],
    ['the security team with security:read only', 'zit_bb', ['security:read'], 'FORBIDDEN'],
    ['an anonymous request', null, [], 'UNAUTHENTICATED'],
  ])('refuses a concept saved by %s', async (_who, who, scopes, code) => {
    const org = who === 'other' ? (without[6] as string) : who;
    const headers = org ? await headersFor(subgraph.issuer, { org, scopes }) : {};
    await expectRejected({ municipalityArs: without[7], basis: 'ISIS12', status: 'DRAFT' }, headers, code);
  });
});

describe('securityAuditLog (rule read.audit)', () => {
  it('is denied without audit:read, also to the security team', async () => {
    const denied = await subgraph.query(`{ securityAuditLog(first: 1) { totalCount } }`, {}, team);
    expect(denied.errors?.[0]).toMatchObject({ path: ['securityAuditLog'], extensions: { code: 'FORBIDDEN' } });
    const anonymous = await subgraph.query(`{ securityAuditLog(first: 1) { totalCount } }`);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('shows the auditor the entries of the mutations, newest first', async () => {
    const reported = await subgraph.query(REPORT, { input: reportInput({ tlp: 'RED' }) }, team);
    const id = reported.data?.reportIncident.id as string;
    await subgraph.query(CHANGE_STATUS, { input: { id, version: 1, status: 'TRIAGED' } }, team);
    const auditor = await headersAs(subgraph.issuer, 'auditor');
    const result = await subgraph.query(
      `query ($id: ID!) { securityAuditLog(entityType: "SecurityIncident", entityId: $id) {
        totalCount nodes { id actorOrg operation entityType entityId before after }
      } }`,
      { id },
      auditor,
    );
    expect(result.errors).toBeUndefined();
    const log = result.data?.securityAuditLog;
    expect(log.totalCount).toBe(2);
    expect(log.nodes.map((n: { operation: string }) => n.operation)).toEqual([
      'changeIncidentStatus',
      'reportIncident',
    ]);
    expect(log.nodes[0]).toMatchObject({ actorOrg: 'zit_bb', entityType: 'SecurityIncident', entityId: id });
    expect(log.nodes[0].id).toMatch(/^security:\d+$/);
    expect(JSON.parse(log.nodes[0].before)).toMatchObject({ status: 'REPORTED' });
    expect(JSON.parse(log.nodes[0].after)).toMatchObject({ status: 'TRIAGED' });
    expect(log.nodes[1].before).toBeNull();
    const all = await subgraph.query(`{ securityAuditLog(first: 500) { totalCount } }`, {}, auditor);
    expect(all.data?.securityAuditLog.totalCount).toBe(
      (await subgraph.db.selectFrom('audit_log').select('id').execute()).length,
    );
  });

  it('cannot be changed or emptied, not even with raw SQL', async () => {
    await subgraph.query(REPORT, { input: reportInput({ recipients: [GRAMZOW] }) }, team);
    await expectAuditLogAppendOnly(subgraph.db);
  });
});
