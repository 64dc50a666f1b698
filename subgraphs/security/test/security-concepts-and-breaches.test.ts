// Issue 13 in the security subgraph: GDPR Art. 33/34 records of an incident (risk assessment, late
// notification, communication to the persons affected), the LDA's view of incidents with personal
// data, the Landkreis filter and the coverage of IT-Sicherheitskonzepte. Over 250 lines: one started subgraph.
import { auditEntries, dayInBerlin, expectRefused, headersAs, lastAuditId } from '@kaz/subgraph-kit/testing';
import { describe, expect, it } from 'vitest';
import {
  AMT_GRAMZOW,
  COTTBUS,
  GRAMZOW,
  REPORT,
  reportInput,
  SAVE_CONCEPT,
  setUpSubgraph,
  UCKERMARK,
} from './support.ts';

const { subgraph, as } = setUpSubgraph();
const team = as['security-team'];
const lda = as.auditor;
const HOUR = 3_600_000;

const ASSESS = `mutation ($input: AssessBreachRiskInput!) {
  assessBreachRisk(input: $input) {
    id version breachRisk breachRiskAssessedOn breachRiskReasoning ldaNotificationRequired ldaNotificationOverdue
  }
}`;
const RECORD_LDA = `mutation ($input: RecordLdaNotificationInput!) {
  recordLdaNotification(input: $input) { id version ldaNotifiedAt ldaNotifiedLate ldaNotificationLateReason }
}`;
const COMMUNICATE = `mutation ($input: RecordDataSubjectCommunicationInput!) {
  recordDataSubjectCommunication(input: $input) {
    id version dataSubjectsInformed dataSubjectsInformedOn dataSubjectExemption dataSubjectCommunicationNote
  }
}`;

async function report(overrides: Record<string, unknown> = {}) {
  const result = await subgraph.query(REPORT, { input: reportInput(overrides) }, team);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data?.reportIncident as { id: string; version: number; detectedAt: string };
}

const today = () => dayInBerlin(subgraph.clock, 0);
const kommune = (ars: string) => headersAs(subgraph.issuer, 'municipality', ars);

async function expectRejected(
  query: string,
  input: Record<string, unknown>,
  headers: object,
  code: string,
  field?: string,
) {
  await expectRefused(subgraph, () => subgraph.query(query, { input }, headers as Record<string, string>), code, field);
}

describe('assessBreachRisk (GDPR Art. 33(1))', () => {
  it('records the assessment with a new version and one audit entry; UNLIKELY ends the duty to notify', async () => {
    const incident = await report({ detectedAt: new Date(Date.now() - 80 * HOUR).toISOString() });
    const due = async () =>
      (await subgraph.query(`{ ldaNotificationsDue { id } }`, {}, team)).data?.ldaNotificationsDue.map(
        (i: { id: string }) => i.id,
      );
    expect(await due()).toContain(incident.id);
    const audit = await lastAuditId(subgraph.db);
    const input = {
      id: incident.id,
      version: 1,
      risk: 'UNLIKELY',
      assessedOn: today(),
      reasoning: 'Nur verschlüsselte Datenträger betroffen; Schlüssel nicht kompromittiert.',
    };
    const result = await subgraph.query(ASSESS, { input }, team);
    expect(result.errors).toBeUndefined();
    expect(result.data?.assessBreachRisk).toEqual({
      id: incident.id,
      version: 2,
      breachRisk: 'UNLIKELY',
      breachRiskAssessedOn: today(),
      breachRiskReasoning: input.reasoning,
      ldaNotificationRequired: false,
      ldaNotificationOverdue: false,
    });
    expect(await due()).not.toContain(incident.id);
    const entries = await auditEntries(subgraph.db, { after: audit });
    expect(entries.map((e) => [e.operation, e.entity_id])).toEqual([['assessBreachRisk', incident.id]]);
    // A revision: the controller may assess again, with the version it read.
    const again = await subgraph.query(ASSESS, { input: { ...input, version: 2, risk: 'HIGH_RISK' } }, team);
    expect(again.data?.assessBreachRisk).toMatchObject({
      version: 3,
      breachRisk: 'HIGH_RISK',
      ldaNotificationOverdue: true,
    });
    await expectRejected(ASSESS, { ...input, version: 2 }, team, 'CONFLICT');
  });

  it('lets the Kommune (the controller) assess an incident that affects it alone, and no other', async () => {
    const own = await report({ affectedMunicipalityArs: [GRAMZOW] });
    const shared = await report({ affectedMunicipalityArs: [GRAMZOW, COTTBUS] });
    const input = { version: 1, risk: 'RISK', assessedOn: today(), reasoning: 'Namen und Anschriften einsehbar.' };
    const result = await subgraph.query(ASSESS, { input: { ...input, id: own.id } }, await kommune(GRAMZOW));
    expect(result.errors).toBeUndefined();
    expect(result.data?.assessBreachRisk).toMatchObject({ breachRisk: 'RISK', version: 2 });
    await expectRejected(ASSESS, { ...input, id: shared.id }, await kommune(GRAMZOW), 'FORBIDDEN');
    // The Amt runs the Gemeinde's IT but is not the controller of its data.
    await expectRejected(ASSESS, { ...input, id: own.id, version: 2 }, await kommune(AMT_GRAMZOW), 'FORBIDDEN');
    await expectRejected(ASSESS, { ...input, id: own.id, version: 2 }, lda, 'FORBIDDEN');
    await expectRejected(ASSESS, { ...input, id: own.id, version: 2 }, {}, 'UNAUTHENTICATED');
  });

  it('refuses bad input and changes nothing', async () => {
    const incident = await report({ detectedAt: new Date(Date.now() - 50 * HOUR).toISOString() });
    const without = await report({ personalDataInvolved: false });
    const input = { id: incident.id, version: 1, risk: 'RISK', assessedOn: today(), reasoning: 'Begründung' };
    await expectRejected(ASSESS, { ...input, id: without.id }, team, 'BAD_USER_INPUT', 'input.id');
    await expectRejected(ASSESS, { ...input, assessedOn: '2020-01-01' }, team, 'BAD_USER_INPUT', 'input.assessedOn');
    await expectRejected(
      ASSESS,
      { ...input, assessedOn: dayInBerlin(subgraph.clock, 3) },
      team,
      'BAD_USER_INPUT',
      'input.assessedOn',
    );
    await expectRejected(ASSESS, { ...input, reasoning: '   ' }, team, 'BAD_USER_INPUT', 'input.reasoning');
    await expectRejected(ASSESS, { ...input, reasoning: 'x'.repeat(2001) }, team, 'BAD_USER_INPUT', 'input.reasoning');
  });
});

describe('recordLdaNotification: reasons for a late notification (Art. 33(1))', () => {
  it('requires the reasons after 72 hours and refuses them within', async () => {
    const late = await report({ detectedAt: new Date(Date.now() - 100 * HOUR).toISOString() });
    const notifiedAt = new Date(Date.now() - HOUR).toISOString();
    await expectRejected(
      RECORD_LDA,
      { id: late.id, version: 1, notifiedAt },
      team,
      'BAD_USER_INPUT',
      'input.lateReason',
    );
    const lateReason = 'Umfang der Daten erst nach der Forensik bekannt.';
    const result = await subgraph.query(
      RECORD_LDA,
      { input: { id: late.id, version: 1, notifiedAt, lateReason } },
      team,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.recordLdaNotification).toEqual({
      id: late.id,
      version: 2,
      ldaNotifiedAt: notifiedAt,
      ldaNotifiedLate: true,
      ldaNotificationLateReason: lateReason,
    });
    const timely = await report({ detectedAt: new Date(Date.now() - 10 * HOUR).toISOString() });
    await expectRejected(
      RECORD_LDA,
      { id: timely.id, version: 1, notifiedAt, lateReason },
      team,
      'BAD_USER_INPUT',
      'input.lateReason',
    );
    const own = await subgraph.query(
      RECORD_LDA,
      { input: { id: timely.id, version: 1, notifiedAt } },
      await kommune(GRAMZOW),
    );
    expect(own.errors).toBeUndefined();
    expect(own.data?.recordLdaNotification).toMatchObject({ ldaNotifiedLate: false, ldaNotificationLateReason: null });
  });
});

describe('recordDataSubjectCommunication (Art. 34)', () => {
  it('records that the persons were informed, or the Art. 34(3) exemption, once', async () => {
    const informed = await report();
    const input = { id: informed.id, version: 1, informed: true, informedOn: today(), note: 'Anschreiben per Post.' };
    const result = await subgraph.query(COMMUNICATE, { input }, await kommune(GRAMZOW));
    expect(result.errors).toBeUndefined();
    expect(result.data?.recordDataSubjectCommunication).toEqual({
      id: informed.id,
      version: 2,
      dataSubjectsInformed: true,
      dataSubjectsInformedOn: today(),
      dataSubjectExemption: null,
      dataSubjectCommunicationNote: 'Anschreiben per Post.',
    });
    await expectRejected(COMMUNICATE, { ...input, version: 2 }, team, 'BAD_USER_INPUT', 'input.id');

    const exempt = await report();
    const base = { id: exempt.id, version: 1 };
    await expectRejected(COMMUNICATE, { ...base, informed: true }, team, 'BAD_USER_INPUT', 'input.informedOn');
    await expectRejected(COMMUNICATE, { ...base, informed: false }, team, 'BAD_USER_INPUT', 'input.exemption');
    await expectRejected(
      COMMUNICATE,
      { ...base, informed: false, exemption: 'DATA_UNINTELLIGIBLE', informedOn: today() },
      team,
      'BAD_USER_INPUT',
      'input.informedOn',
    );
    await expectRejected(
      COMMUNICATE,
      { ...base, informed: true, informedOn: today(), exemption: 'DATA_UNINTELLIGIBLE' },
      team,
      'BAD_USER_INPUT',
      'input.exemption',
    );
    const ok = await subgraph.query(
      COMMUNICATE,
      { input: { ...base, informed: false, exemption: 'DATA_UNINTELLIGIBLE' } },
      team,
    );
    expect(ok.data?.recordDataSubjectCommunication).toMatchObject({
      dataSubjectsInformed: false,
      dataSubjectsInformedOn: null,
      dataSubjectExemption: 'DATA_UNINTELLIGIBLE',
    });
  });
});

describe('the LDA sees incidents with personal data whatever their marking (read.incident.dataprotection)', () => {
  it('shows it a TLP:RED breach it is not named on, but no RED incident without personal data', async () => {
    const breach = await report({ tlp: 'RED', recipients: [] });
    const other = await report({ tlp: 'RED', recipients: [], personalDataInvolved: false });
    const read = async (id: string, headers: Record<string, string>) =>
      (await subgraph.query(`query ($id: ID!) { incident(id: $id) { id personalDataInvolved } }`, { id }, headers)).data
        ?.incident;
    expect(await read(breach.id, lda)).toEqual({ id: breach.id, personalDataInvolved: true });
    expect(await read(other.id, lda)).toBeNull();
    // Any other partner still sees neither.
    expect(await read(breach.id, as['kaz-editor'])).toBeNull();
    const due = await subgraph.query(`{ ldaNotificationsDue { id } }`, {}, lda);
    expect(due.data?.ldaNotificationsDue.map((i: { id: string }) => i.id)).toContain(breach.id);
    const listed = await subgraph.query(
      `{ incidents(first: 500, filter: { personalDataInvolved: false }) { totalCount nodes { id personalDataInvolved tlp } } }`,
      {},
      lda,
    );
    // Without personal data, the LDA sees only what TLP shows it: what any partner sees, and what names it.
    const named = new Set(
      (
        await subgraph.db
          .selectFrom('incident_recipient')
          .select('incident_id')
          .where('recipient', '=', 'lda')
          .execute()
      ).map((r) => r.incident_id),
    );
    expect(listed.data?.incidents.nodes.length).toBeGreaterThan(0);
    for (const node of listed.data?.incidents.nodes ?? []) {
      expect(['CLEAR', 'GREEN'].includes(node.tlp) || named.has(node.id), node.id).toBe(true);
    }
  });
});

describe('IncidentFilter.district and personalDataInvolved', () => {
  it('finds the incidents of any Kommune in a Landkreis, and refuses an ARS that is no Landkreis', async () => {
    const incident = await report({ tlp: 'GREEN', personalDataInvolved: false });
    const list = async (filter: Record<string, unknown>) => {
      const result = await subgraph.query(
        `query ($filter: IncidentFilter) { incidents(filter: $filter, first: 500) { totalCount nodes { id personalDataInvolved affectedMunicipalities { ars } } } }`,
        { filter },
        team,
      );
      if (result.errors) throw new Error(JSON.stringify(result.errors));
      return result.data?.incidents;
    };
    const inUckermark = await list({ district: UCKERMARK });
    expect(inUckermark.nodes.map((i: { id: string }) => i.id)).toContain(incident.id);
    for (const node of inUckermark.nodes) {
      expect(node.affectedMunicipalities.some((m: { ars: string }) => m.ars.startsWith('12073'))).toBe(true);
    }
    expect((await list({ district: '120650000000' })).nodes.map((i: { id: string }) => i.id)).not.toContain(
      incident.id,
    );
    const withoutData = await list({ district: UCKERMARK, personalDataInvolved: false });
    expect(withoutData.nodes.map((i: { id: string }) => i.id)).toContain(incident.id);
    expect(withoutData.nodes.every((i: { personalDataInvolved: boolean }) => !i.personalDataInvolved)).toBe(true);
    expect(withoutData.totalCount).toBeLessThan(inUckermark.totalCount);
    for (const bad of [COTTBUS, GRAMZOW, '12073']) {
      const result = await subgraph.query(
        `query ($d: ID!) { incidents(filter: { district: $d }) { totalCount } }`,
        { d: bad },
        team,
      );
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});

describe('securityConceptCoverage (Umsetzungskonzept Kaz, §3)', () => {
  const COVERAGE = `{ securityConceptCoverage(asOf: "2026-11-25") {
    asOf kommunenCount currentCount noConceptCount draftOnlyCount reviewOverdueCount
    gaps { municipality { ars } gap reviewDueOn } } }`;

  it('gives the Kaz and CERT figures and Kommunen that add up, in one statement', async () => {
    for (const headers of [as['kaz-editor'], team]) {
      const result = await subgraph.query(COVERAGE, {}, headers);
      expect(result.errors).toBeUndefined();
      const c = result.data?.securityConceptCoverage;
      expect(c.asOf).toBe('2026-11-25');
      expect(c.kommunenCount).toBeGreaterThan(100);
      expect(c.currentCount + c.noConceptCount + c.draftOnlyCount + c.reviewOverdueCount).toBe(c.kommunenCount);
      expect(c.gaps).toHaveLength(c.noConceptCount + c.draftOnlyCount + c.reviewOverdueCount);
      expect(c.noConceptCount).toBeGreaterThan(0);
      expect(c.reviewOverdueCount).toBeGreaterThan(0);
      for (const gap of c.gaps) {
        expect(gap.reviewDueOn === null).toBe(gap.gap !== 'REVIEW_OVERDUE');
        if (gap.reviewDueOn) expect(gap.reviewDueOn < '2026-11-25').toBe(true);
      }
      // Amtsangehörige Gemeinden are covered by their Amt's concept, so none is listed.
      expect(c.gaps.some((g: any) => g.municipality.ars === GRAMZOW)).toBe(false);
    }
  });

  it('takes a Kommune off the list once it saves a concept', async () => {
    const before = (await subgraph.query(COVERAGE, {}, team)).data?.securityConceptCoverage;
    const missing = before.gaps.find((g: any) => g.gap === 'NO_CONCEPT').municipality.ars;
    const saved = await subgraph.query(
      SAVE_CONCEPT,
      { input: { municipalityArs: missing, basis: 'ISIS12', status: 'DRAFT' } },
      await kommune(missing),
    );
    expect(saved.errors).toBeUndefined();
    const after = (await subgraph.query(COVERAGE, {}, team)).data?.securityConceptCoverage;
    expect(after.noConceptCount).toBe(before.noConceptCount - 1);
    expect(after.draftOnlyCount).toBe(before.draftOnlyCount + 1);
    expect(after.gaps.find((g: any) => g.municipality.ars === missing)?.gap).toBe('DRAFT_ONLY');
  });

  it.each([
    ['a Kommune', 'municipality', 'FORBIDDEN'],
    ['a ministry', 'ministry', 'FORBIDDEN'],
    ['the auditor', 'auditor', 'FORBIDDEN'],
    ['an anonymous request', 'anonymous', 'UNAUTHENTICATED'],
  ] as const)('refuses %s', async (_who, column, code) => {
    const result = await subgraph.query(COVERAGE, {}, as[column]);
    expect(result.data?.securityConceptCoverage).toBeNull();
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual([code]);
  });

  it('refuses a malformed day', async () => {
    const result = await subgraph.query(`{ securityConceptCoverage(asOf: "25.11.2026") { kommunenCount } }`, {}, team);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
