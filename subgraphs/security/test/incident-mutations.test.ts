// Over 250 lines: the three incident mutations with every cell of their access rows, on one started subgraph.
import {
  auditEntries,
  expectRefused,
  headersAs,
  headersFor,
  lastAuditId,
  POTSDAM,
  PRINCIPALS,
} from '@kaz/subgraph-kit/testing';
import { describe, expect, it } from 'vitest';
import {
  AMT_GRAMZOW,
  CHANGE_STATUS,
  GRAMZOW,
  GRUENOW,
  RECORD_LDA,
  REPORT,
  reportInput,
  setUpSubgraph,
} from './support.ts';

const { subgraph, as } = setUpSubgraph();
const team = as['security-team'];

const HOUR = 3_600_000;

/** Reports an incident as the security team and returns it (id, version, status, …). */
async function report(overrides: Record<string, unknown> = {}) {
  const result = await subgraph.query(REPORT, { input: reportInput(overrides) }, team);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data?.reportIncident as Record<string, any>;
}

/** A new incident reference: "CERT-BB-" and a random part, no year and no number. */
const NEW_REFERENCE = /^CERT-BB-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

/** Runs `operation` and expects it to be refused with `code` (and `field`), changing nothing. */
async function expectRejected(
  operation: string,
  input: Record<string, unknown>,
  headers: Record<string, string>,
  code: string,
  field?: string,
) {
  return expectRefused(subgraph, () => subgraph.query(operation, { input }, headers), code, field);
}

describe('reportIncident', () => {
  it('lets the security team report an incident: a random reference, REPORTED, LDA deadline, one audit entry', async () => {
    const detectedAt = new Date(Date.now() - 5 * HOUR);
    const audit = await lastAuditId(subgraph.db);
    const started = Date.now();
    const incident = await report({
      detectedAt: detectedAt.toISOString(),
      affectedMunicipalityArs: [GRUENOW, GRAMZOW],
      recipients: [POTSDAM, 'lda'],
    });
    const expectedId = incident.id as string;
    expect(expectedId).toMatch(NEW_REFERENCE);
    expect(incident).toMatchObject({
      status: 'REPORTED',
      tlp: 'AMBER',
      version: 1,
      resolvedAt: null,
      affectedMunicipalities: [{ ars: GRAMZOW }, { ars: GRUENOW }],
      reporter: { id: 'zit_bb' },
      reportingMunicipality: null,
      personalDataInvolved: true,
      ldaNotificationDueAt: new Date(detectedAt.getTime() + 72 * HOUR).toISOString(),
      ldaNotifiedAt: null,
      isSample: false,
    });
    expect(Date.parse(incident.reportedAt)).toBeGreaterThanOrEqual(started - 1000);
    const recipients = await subgraph.query(
      `query ($id: ID!) { incident(id: $id) { recipients } }`,
      { id: expectedId },
      team,
    );
    expect(recipients.data?.incident.recipients).toEqual([POTSDAM, 'lda']);

    const entries = await auditEntries(subgraph.db, { after: audit });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      actor_org: 'zit_bb',
      operation: 'reportIncident',
      entity_type: 'SecurityIncident',
      entity_id: expectedId,
      before: null,
    });
    expect(entries[0]?.after).toMatchObject({
      id: expectedId,
      status: 'REPORTED',
      version: 1,
      affected_municipality_ars: [GRAMZOW, GRUENOW],
      recipients: [POTSDAM, 'lda'],
    });
  });

  it('lets a Kommune report its own incident; it is then the reporter, and without personal data there is no LDA deadline', async () => {
    const kommune = await headersAs(subgraph.issuer, 'municipality', GRAMZOW);
    const result = await subgraph.query(
      REPORT,
      { input: reportInput({ tlp: 'GREEN', personalDataInvolved: false, recipients: undefined }) },
      kommune,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.reportIncident).toMatchObject({
      reporter: null,
      reportingMunicipality: { ars: GRAMZOW },
      ldaNotificationDueAt: null,
      version: 1,
    });
    const entries = await auditEntries(subgraph.db, { after: (await lastAuditId(subgraph.db)) - 1 });
    expect(entries[0]).toMatchObject({ actor_org: GRAMZOW, entity_id: result.data?.reportIncident.id });
  });

  it('gives a back-dated incident a reference that names neither its year nor a number', async () => {
    const incident = await report({ detectedAt: '2025-12-31T23:30:00+00:00' });
    expect(incident.id).toMatch(NEW_REFERENCE);
    expect(incident.id).not.toContain('2025');
  });

  it('finds an incident by its reference in any letter case, and still by an older numbered one', async () => {
    const incident = await report({});
    const lower = await subgraph.query(
      `query ($id: ID!) { incident(id: $id) { id } }`,
      { id: incident.id.toLowerCase() },
      team,
    );
    expect(lower.data?.incident).toEqual({ id: incident.id });
    const [numbered] = await subgraph.db
      .selectFrom('security_incident')
      .select('id')
      .where('id', 'like', 'CERT-BB-20__-____')
      .orderBy('id')
      .limit(1)
      .execute();
    expect(numbered?.id).toMatch(/^CERT-BB-\d{4}-\d{4}$/);
    const old = await subgraph.query(`query ($id: ID!) { incident(id: $id) { id } }`, { id: numbered?.id }, team);
    expect(old.data?.incident).toEqual({ id: numbered?.id });
  });

  it('gives concurrent reports distinct random references', async () => {
    const results = await Promise.all(
      [1, 2, 3, 4].map(() => subgraph.query(REPORT, { input: reportInput({ tlp: 'CLEAR' }) }, team)),
    );
    for (const result of results) expect(result.errors).toBeUndefined();
    const ids = results.map((r) => r.data?.reportIncident.id);
    for (const id of ids) expect(id).toMatch(NEW_REFERENCE);
    expect(new Set(ids).size).toBe(4);
  });

  it.each([
    ['a Kommune for another Kommune', GRAMZOW, [GRUENOW], 'FORBIDDEN'],
    ['a Kommune for itself and another', GRAMZOW, [GRAMZOW, GRUENOW], 'FORBIDDEN'],
    ['an Amt for one of its Gemeinden', '120735306000', [GRAMZOW], 'FORBIDDEN'],
    ['the Kaz', 'kaz', [GRAMZOW], 'FORBIDDEN'],
    ['the security team with security:read only', 'zit_bb', [GRAMZOW], 'FORBIDDEN'],
    ['an anonymous request', null, [GRAMZOW], 'UNAUTHENTICATED'],
  ])('refuses a report by %s', async (_who, org, affected, code) => {
    const scopes = org === 'zit_bb' ? ['security:read'] : org === 'kaz' ? ['projects:write'] : [];
    const headers = org ? await headersFor(subgraph.issuer, { org, scopes }) : {};
    await expectRejected(REPORT, reportInput({ affectedMunicipalityArs: affected }), headers, code);
  });

  it.each([
    ['an empty title', { title: '   ' }, 'input.title'],
    ['a title of 201 characters', { title: 'x'.repeat(201) }, 'input.title'],
    ['detectedAt that is no timestamp', { detectedAt: 'gestern' }, 'input.detectedAt'],
    ['detectedAt that is only a date', { detectedAt: '2025-03-01' }, 'input.detectedAt'],
    ['detectedAt on an impossible day', { detectedAt: '2025-02-30T10:00:00Z' }, 'input.detectedAt'],
    ['detectedAt in the future', { detectedAt: new Date(Date.now() + HOUR).toISOString() }, 'input.detectedAt'],
    ['no affected Kommune', { affectedMunicipalityArs: [] }, 'input.affectedMunicipalityArs'],
    ['a malformed ARS', { affectedMunicipalityArs: ['12073'] }, 'input.affectedMunicipalityArs'],
    ['an ARS of no Kommune', { affectedMunicipalityArs: ['129999999999'] }, 'input.affectedMunicipalityArs'],
    ['an ARS twice', { affectedMunicipalityArs: [GRAMZOW, GRAMZOW] }, 'input.affectedMunicipalityArs'],
    ['a malformed recipient', { recipients: ['LDA Brandenburg'] }, 'input.recipients'],
    ['an unknown organisation as recipient', { recipients: ['cert_xy'] }, 'input.recipients'],
    ['an unknown ARS as recipient', { recipients: ['129999999999'] }, 'input.recipients'],
    ['a recipient twice', { recipients: ['lda', 'lda'] }, 'input.recipients'],
  ])('rejects %s with BAD_USER_INPUT naming the field', async (_case, overrides, field) => {
    await expectRejected(REPORT, reportInput(overrides), team, 'BAD_USER_INPUT', field);
  });

  it('rejects an unknown TLP marking before anything runs', async () => {
    const before = await subgraph.snapshot();
    const result = await subgraph.query(REPORT, { input: reportInput({ tlp: 'BLACK' }) }, team);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await subgraph.snapshot()).toEqual(before);
  });
});

describe('changeIncidentStatus', () => {
  it('moves an incident forward one step: version + 1, one audit entry with before and after', async () => {
    const incident = await report();
    const audit = await lastAuditId(subgraph.db);
    const result = await subgraph.query(
      CHANGE_STATUS,
      { input: { id: incident.id, version: 1, status: 'TRIAGED' } },
      team,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.changeIncidentStatus).toEqual({
      id: incident.id,
      status: 'TRIAGED',
      resolvedAt: null,
      version: 2,
    });
    const entries = await auditEntries(subgraph.db, { after: audit });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      operation: 'changeIncidentStatus',
      entity_type: 'SecurityIncident',
      entity_id: incident.id,
      before: { status: 'REPORTED', version: 1 },
      after: { status: 'TRIAGED', version: 2 },
    });
  });

  it('may skip steps forward; RESOLVED sets resolvedAt and CLOSED keeps it', async () => {
    const incident = await report();
    const triaged = await subgraph.query(
      CHANGE_STATUS,
      { input: { id: incident.id, version: 1, status: 'TRIAGED' } },
      team,
    );
    expect(triaged.errors).toBeUndefined();
    const resolved = await subgraph.query(
      CHANGE_STATUS,
      { input: { id: incident.id, version: 2, status: 'RESOLVED' } },
      team,
    );
    const resolvedAt = resolved.data?.changeIncidentStatus.resolvedAt;
    expect(Date.now() - Date.parse(resolvedAt)).toBeLessThan(60_000);
    const closed = await subgraph.query(
      CHANGE_STATUS,
      { input: { id: incident.id, version: 3, status: 'CLOSED' } },
      team,
    );
    expect(closed.data?.changeIncidentStatus).toEqual({ id: incident.id, status: 'CLOSED', resolvedAt, version: 4 });
  });

  it('closes a false positive straight from REPORTED, setting resolvedAt', async () => {
    const incident = await report();
    const result = await subgraph.query(
      CHANGE_STATUS,
      { input: { id: incident.id, version: 1, status: 'CLOSED' } },
      team,
    );
    expect(result.data?.changeIncidentStatus).toMatchObject({ status: 'CLOSED', version: 2 });
    expect(result.data?.changeIncidentStatus.resolvedAt).not.toBeNull();
  });

  it.each([
    ['back from CONTAINED to TRIAGED', 'CONTAINED', 'TRIAGED'],
    ['from CONTAINED to CONTAINED', 'CONTAINED', 'CONTAINED'],
    ['back from CLOSED to REPORTED', 'CLOSED', 'REPORTED'],
  ])('rejects a move %s with BAD_USER_INPUT on input.status', async (_case, from, to) => {
    const incident = await report();
    await subgraph.query(CHANGE_STATUS, { input: { id: incident.id, version: 1, status: from } }, team);
    await expectRejected(
      CHANGE_STATUS,
      { id: incident.id, version: 2, status: to },
      team,
      'BAD_USER_INPUT',
      'input.status',
    );
  });

  it('rejects an unknown status, a malformed id and a version below 1', async () => {
    const incident = await report();
    const unknown = await subgraph.query(
      CHANGE_STATUS,
      { input: { id: incident.id, version: 1, status: 'REOPENED' } },
      team,
    );
    expect(unknown.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    await expectRejected(
      CHANGE_STATUS,
      { id: 'CERT-42', version: 1, status: 'TRIAGED' },
      team,
      'BAD_USER_INPUT',
      'input.id',
    );
    await expectRejected(
      CHANGE_STATUS,
      { id: incident.id, version: 0, status: 'TRIAGED' },
      team,
      'BAD_USER_INPUT',
      'input.version',
    );
  });

  it('answers NOT_FOUND for an unknown incident and CONFLICT for a stale version', async () => {
    await expectRejected(CHANGE_STATUS, { id: 'CERT-BB-2031-0001', version: 1, status: 'TRIAGED' }, team, 'NOT_FOUND');
    const incident = await report();
    await subgraph.query(CHANGE_STATUS, { input: { id: incident.id, version: 1, status: 'TRIAGED' } }, team);
    const error = await expectRejected(
      CHANGE_STATUS,
      { id: incident.id, version: 1, status: 'CONTAINED' },
      team,
      'CONFLICT',
    );
    expect(error.extensions?.currentVersion).toBe(2);
  });

  it('lets exactly one of two concurrent changes with the same version win; the other gets CONFLICT', async () => {
    const incident = await report();
    const audit = await lastAuditId(subgraph.db);
    const results = await Promise.all(
      ['TRIAGED', 'CONTAINED'].map((status) =>
        subgraph.query(CHANGE_STATUS, { input: { id: incident.id, version: 1, status } }, team),
      ),
    );
    const codes = results.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    const winner = results.find((r) => !r.errors)?.data?.changeIncidentStatus;
    expect(winner.version).toBe(2);
    const stored = await subgraph.db
      .selectFrom('security_incident')
      .select(['status', 'version'])
      .where('id', '=', incident.id)
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({ status: winner.status, version: 2 });
    expect(await auditEntries(subgraph.db, { after: audit })).toHaveLength(1);
  });

  it.each([
    ['an anonymous request', null, [], 'UNAUTHENTICATED'],
    ['the affected Kommune', GRAMZOW, [], 'FORBIDDEN'],
    ['the security team with security:read only', 'zit_bb', ['security:read'], 'FORBIDDEN'],
    ['the Kaz', 'kaz', PRINCIPALS['kaz-editor'].scopes, 'FORBIDDEN'],
  ])('refuses a status change by %s', async (_who, org, scopes, code) => {
    const incident = await report();
    const headers = org ? await headersFor(subgraph.issuer, { org, scopes }) : {};
    await expectRejected(CHANGE_STATUS, { id: incident.id, version: 1, status: 'TRIAGED' }, headers, code);
  });
});

describe('recordLdaNotification', () => {
  it('records the notification once: version + 1, one audit entry, no longer due', async () => {
    const incident = await report({ detectedAt: new Date(Date.now() - 80 * HOUR).toISOString() });
    const dueBefore = await subgraph.query(`{ ldaNotificationsDue { id } }`, {}, team);
    expect(dueBefore.data?.ldaNotificationsDue.map((i: { id: string }) => i.id)).toContain(incident.id);
    const audit = await lastAuditId(subgraph.db);
    const notifiedAt = new Date(Date.now() - 2 * HOUR).toISOString();
    // 78 hours after detection: later than Art. 33(1) allows, so with the reasons for the delay.
    const lateReason = 'Umfang der Daten erst nach Forensik bekannt';
    const result = await subgraph.query(
      RECORD_LDA,
      { input: { id: incident.id, version: 1, notifiedAt, lateReason } },
      team,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.recordLdaNotification).toEqual({
      id: incident.id,
      ldaNotifiedAt: notifiedAt,
      ldaNotificationOverdue: false,
      version: 2,
    });
    const entries = await auditEntries(subgraph.db, { after: audit });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      operation: 'recordLdaNotification',
      entity_id: incident.id,
      before: { lda_notified_at: null, version: 1 },
      after: { lda_notified_at: notifiedAt, version: 2 },
    });
    const dueAfter = await subgraph.query(`{ ldaNotificationsDue { id } }`, {}, team);
    expect(dueAfter.data?.ldaNotificationsDue.map((i: { id: string }) => i.id)).not.toContain(incident.id);

    await expectRejected(RECORD_LDA, { id: incident.id, version: 2, notifiedAt }, team, 'BAD_USER_INPUT', 'input.id');
  });

  it('rejects a notification for an incident without personal data', async () => {
    const incident = await report({ personalDataInvolved: false });
    await expectRejected(
      RECORD_LDA,
      { id: incident.id, version: 1, notifiedAt: new Date().toISOString() },
      team,
      'BAD_USER_INPUT',
      'input.id',
    );
  });

  it.each([
    ['before the detection', -10 * HOUR],
    ['in the future', 2 * HOUR],
  ])('rejects a notification time %s on input.notifiedAt', async (_case, offset) => {
    const detectedAt = new Date(Date.now() - 5 * HOUR);
    const incident = await report({ detectedAt: detectedAt.toISOString() });
    const notifiedAt = new Date((offset < 0 ? detectedAt.getTime() : Date.now()) + offset).toISOString();
    await expectRejected(
      RECORD_LDA,
      { id: incident.id, version: 1, notifiedAt },
      team,
      'BAD_USER_INPUT',
      'input.notifiedAt',
    );
  });

  it.each(['2025-03-01', 'heute', '2025-03-01T10:00:00'])(
    'rejects the notification time "%s" on input.notifiedAt',
    async (notifiedAt) => {
      const incident = await report();
      await expectRejected(
        RECORD_LDA,
        { id: incident.id, version: 1, notifiedAt },
        team,
        'BAD_USER_INPUT',
        'input.notifiedAt',
      );
    },
  );

  it('answers CONFLICT for a stale version, and to one of two concurrent writers', async () => {
    const incident = await report();
    await subgraph.query(CHANGE_STATUS, { input: { id: incident.id, version: 1, status: 'TRIAGED' } }, team);
    const notifiedAt = new Date(Date.now() - HOUR).toISOString();
    await expectRejected(RECORD_LDA, { id: incident.id, version: 1, notifiedAt }, team, 'CONFLICT');
    const results = await Promise.all(
      [1, 2].map(() => subgraph.query(RECORD_LDA, { input: { id: incident.id, version: 2, notifiedAt } }, team)),
    );
    expect(results.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
  });

  it.each([
    ['an anonymous request', null, [], 'UNAUTHENTICATED'],
    ['the Amt of the affected Gemeinde (it is not the controller)', AMT_GRAMZOW, [], 'FORBIDDEN'],
    ['the LDA itself', 'lda', ['audit:read'], 'FORBIDDEN'],
  ])('refuses a notification recorded by %s', async (_who, org, scopes, code) => {
    const incident = await report();
    const headers = org ? await headersFor(subgraph.issuer, { org, scopes }) : {};
    await expectRejected(
      RECORD_LDA,
      { id: incident.id, version: 1, notifiedAt: new Date().toISOString() },
      headers,
      code,
    );
  });
});

describe('named recipients', () => {
  it('shows the recipients to security:read only; for anyone else the field alone fails', async () => {
    const incident = await report({ tlp: 'GREEN', recipients: ['lda', GRUENOW] });
    const query = `query ($id: ID!) { incident(id: $id) { id title recipients } }`;
    const allowed = await subgraph.query(
      query,
      { id: incident.id },
      await headersFor(subgraph.issuer, { org: 'zit_bb', scopes: ['security:read'] }),
    );
    expect(allowed.data?.incident.recipients).toEqual([GRUENOW, 'lda']);
    for (const [headers, code] of [
      [await headersFor(subgraph.issuer, { org: 'kaz', scopes: ['projects:write'] }), 'FORBIDDEN'],
      [await headersFor(subgraph.issuer, { org: 'lda' }), 'FORBIDDEN'],
      [await headersFor(subgraph.issuer, { org: 'zit_bb', scopes: ['security:write'] }), 'FORBIDDEN'],
    ] as const) {
      const denied = await subgraph.query(query, { id: incident.id }, headers);
      expect(denied.errors?.[0]).toMatchObject({ path: ['incident', 'recipients'], extensions: { code } });
      expect(denied.data?.incident).toEqual({ id: incident.id, title: incident.title, recipients: null });
    }
  });
});
