import { auditEntries, dayInBerlin, expectError, frozenClock, headersFor } from '@kaz/subgraph-kit/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { setUpSubgraph } from './support.ts';

const CLOCK = frozenClock();
/** The municipality column is Potsdam, a kreisfreie Stadt: one of the first requesters of §2.1. */
const { subgraph, as } = setUpSubgraph({ clock: CLOCK });
const POTSDAM = '120540000000';
const BARNIM = '120600000000';
/** A Gemeinde (Bernau bei Berlin, Landkreis Barnim): not yet among the requesters of §2.1. */
const BERNAU = '120600020020';
let asBarnim: Record<string, string>;
let asBernau: Record<string, string>;

beforeAll(async () => {
  asBarnim = await headersFor(subgraph.issuer, { org: BARNIM, scopes: [] });
  asBernau = await headersFor(subgraph.issuer, { org: BERNAU, scopes: [] });
});

const LIST = `query ($status: SupportRequestStatus, $ars: ID) {
  supportRequests(status: $status, municipalityArs: $ars, first: 50) {
    totalCount nodes { id municipality { ars } subject submittedOn status triagedOn workOrderId project { id } declineReason isSample version }
  }
}`;
const SUBMIT = `mutation ($input: SubmitSupportRequestInput!) { submitSupportRequest(input: $input) {
  id municipality { ars } subject details submittedOn status version isSample
} }`;
const TRIAGE = `mutation ($input: TriageSupportRequestInput!) { triageSupportRequest(input: $input) {
  id status triagedOn workOrderId project { id } declineReason version
} }`;

describe('support requests of the Kommunen (Umsetzungskonzept Kaz §2.1)', () => {
  it('lists every request, with its outcome, for the Kaz', async () => {
    const result = await subgraph.query(LIST, {}, as['kaz-editor']);
    expect(result.errors).toBeUndefined();
    const page = result.data?.supportRequests;
    expect(page.totalCount).toBe(7);
    const statuses = page.nodes.map((r: any) => r.status);
    expect(statuses.filter((s: string) => s === 'SUBMITTED')).toHaveLength(3);
    for (const request of page.nodes) {
      expect(request.isSample).toBe(true);
      expect(request.subject).toMatch(/\(BEISPIEL\)$/);
      if (request.status === 'TRIAGED') expect(request.workOrderId ?? request.project?.id).toBeTruthy();
      if (request.status === 'DECLINED') expect(request.declineReason).toBeTruthy();
    }
    const barnim = page.nodes.find((r: any) => r.municipality.ars === BARNIM);
    expect(barnim).toMatchObject({ status: 'TRIAGED', triagedOn: '2024-04-17' });
  });

  it('shows a Kommune its own requests only, another Kommune’s as if there were none', async () => {
    const own = await subgraph.query(LIST, {}, as.municipality);
    expect(own.data?.supportRequests.nodes.map((r: any) => r.municipality.ars)).toEqual([POTSDAM]);
    const other = await subgraph.query(LIST, { ars: BARNIM }, as.municipality);
    expect(other.data?.supportRequests).toEqual({ totalCount: 0, nodes: [] });
    const id = (await subgraph.query(LIST, { ars: BARNIM }, as['kaz-editor'])).data?.supportRequests.nodes[0].id;
    const lookup = await subgraph.query(`query ($id: ID!) { supportRequest(id: $id) { id } }`, { id }, as.municipality);
    expect(lookup).toEqual({ data: { supportRequest: null } });
    expectError(await subgraph.query(LIST, {}, as.ministry), 'FORBIDDEN');
    expectError(await subgraph.query(LIST, {}, as.anonymous), 'UNAUTHENTICATED');
  });

  it('takes a request from a Landkreis for itself and writes one audit entry', async () => {
    const since = (await auditEntries(subgraph.db)).at(-1)?.id ?? 0;
    const result = await subgraph.query(
      SUBMIT,
      {
        input: { municipalityArs: BARNIM, subject: 'Hilfe bei der Ausschreibung eines Fachverfahrens', details: null },
      },
      asBarnim,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.submitSupportRequest).toMatchObject({
      municipality: { ars: BARNIM },
      submittedOn: dayInBerlin(CLOCK),
      status: 'SUBMITTED',
      version: 1,
      isSample: false,
    });
    expect(result.data?.submitSupportRequest.id).toMatch(/^UA-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    const entries = await auditEntries(subgraph.db, { after: since });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ operation: 'submitSupportRequest', entity_type: 'SupportRequest' });
  });

  it('refuses a Gemeinde (not yet a requester), another Kommune’s ARS, other principals and bad input', async () => {
    const snapshot = await subgraph.snapshot();
    const input = { municipalityArs: POTSDAM, subject: 'Beratung', details: null };
    expectError(await subgraph.query(SUBMIT, { input: { ...input, municipalityArs: BERNAU } }, asBernau), 'FORBIDDEN');
    expectError(
      await subgraph.query(SUBMIT, { input: { ...input, municipalityArs: BARNIM } }, as.municipality),
      'FORBIDDEN',
    );
    expectError(await subgraph.query(SUBMIT, { input }, as['kaz-editor']), 'FORBIDDEN');
    expectError(await subgraph.query(SUBMIT, { input }, as.anonymous), 'UNAUTHENTICATED');
    expectError(
      await subgraph.query(SUBMIT, { input: { ...input, subject: '  ' } }, as.municipality),
      'BAD_USER_INPUT',
      'input.subject',
    );
    expect(await subgraph.snapshot()).toEqual(snapshot);
  });

  it('lets the Kaz triage a request into a project, once, and decline another with a reason', async () => {
    const open = (await subgraph.query(LIST, { status: 'SUBMITTED' }, as['kaz-editor'])).data?.supportRequests.nodes;
    const [first, second] = open;
    const triaged = await subgraph.query(
      TRIAGE,
      { input: { id: first.id, version: first.version, status: 'TRIAGED', projectId: 'KAZ-2021-01' } },
      as['kaz-editor'],
    );
    expect(triaged.errors).toBeUndefined();
    expect(triaged.data?.triageSupportRequest).toMatchObject({
      status: 'TRIAGED',
      triagedOn: dayInBerlin(CLOCK),
      project: { id: 'KAZ-2021-01' },
      version: first.version + 1,
    });
    expectError(
      await subgraph.query(
        TRIAGE,
        { input: { id: first.id, version: first.version + 1, status: 'DECLINED', declineReason: 'doch nicht' } },
        as['kaz-editor'],
      ),
      'BAD_USER_INPUT',
      'input.status',
    );
    const declined = await subgraph.query(
      TRIAGE,
      { input: { id: second.id, version: second.version, status: 'DECLINED', declineReason: 'Keine Kaz-Aufgabe.' } },
      as['kaz-editor'],
    );
    expect(declined.data?.triageSupportRequest).toMatchObject({
      status: 'DECLINED',
      declineReason: 'Keine Kaz-Aufgabe.',
    });
  });

  it('refuses a triage without an outcome, with a missing project, a stale version or from anyone but the Kaz', async () => {
    const [open] =
      (await subgraph.query(LIST, { status: 'SUBMITTED' }, as['kaz-editor'])).data?.supportRequests.nodes ?? [];
    const snapshot = await subgraph.snapshot();
    const input = { id: open.id, version: open.version, status: 'TRIAGED', projectId: 'KAZ-2021-01' };
    const run = (changes: Record<string, unknown>, headers = as['kaz-editor']) =>
      subgraph.query(TRIAGE, { input: { ...input, ...changes } }, headers);
    expectError(await run({ projectId: null }), 'BAD_USER_INPUT', 'input.workOrderId');
    expectError(await run({ projectId: 'KAZ-2099-99' }), 'BAD_USER_INPUT', 'input.projectId');
    expectError(await run({ status: 'DECLINED' }), 'BAD_USER_INPUT', 'input.declineReason');
    expectError(await run({ triagedOn: dayInBerlin(CLOCK, 2) }), 'BAD_USER_INPUT', 'input.triagedOn');
    expectError(await run({ version: open.version + 1 }), 'CONFLICT');
    expectError(await run({ id: 'UA-0000-0000-0000' }), 'NOT_FOUND');
    expectError(await run({}, as.municipality), 'FORBIDDEN');
    expectError(await run({}, as.ministry), 'FORBIDDEN');
    expect(await subgraph.snapshot()).toEqual(snapshot);
  });
});
