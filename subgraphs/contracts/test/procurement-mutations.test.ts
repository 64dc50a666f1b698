// Over 250 lines: the procurement and framework-contract mutations with their access rows, on one subgraph.
import { auditEntries, expectError, expectRefused } from '@kaz/subgraph-kit/testing';
import { describe, expect, it } from 'vitest';
import { refusesToAllButContractEditors, setUpSubgraph } from './support.ts';

const { subgraph, as } = setUpSubgraph({ ars: '120540000000' });

const PROCEDURE = `id title procedureType status publishedOn awardedOn estimatedValueEur
  participatingMunicipalities { ars } project { id } calledOffFrom { id } version isSample`;
const CREATE = `mutation ($input: CreateProcurementProcedureInput!) { createProcurementProcedure(input: $input) { ${PROCEDURE} } }`;
const UPDATE = `mutation ($input: UpdateProcurementProcedureInput!) { updateProcurementProcedure(input: $input) { ${PROCEDURE} } }`;
const CREATE_CONTRACT = `mutation ($input: CreateFrameworkContractInput!) { createFrameworkContract(input: $input) {
  id title vendor startsOn endsOn ceilingEur calledOffEur eligibleMunicipalities { ars } procurement { id } version isSample } }`;

let procedureSerial = 100;
/** A valid createProcurementProcedure input with a fresh number; `changes` override fields. */
function procedureInput(changes: Record<string, unknown> = {}) {
  procedureSerial += 1;
  return {
    id: `VG-2027-${procedureSerial}`,
    title: 'Gemeinsame Beschaffung Fachverfahren Friedhofswesen',
    procedureType: 'OPEN_PROCEDURE',
    status: 'PLANNED',
    estimatedValueEur: 250000,
    participatingMunicipalityArs: ['120540000000', '120530000000'],
    projectId: null,
    ...changes,
  };
}

let contractSerial = 100;
/** A valid createFrameworkContract input with a fresh number; `changes` override fields. */
function contractInput(changes: Record<string, unknown> = {}) {
  contractSerial += 1;
  return {
    id: `RV-2027-${contractSerial}`,
    title: 'Rahmenvertrag Arbeitsplatz-Hardware',
    vendor: 'Beispiel Systemhaus GmbH',
    startsOn: '2027-01-01',
    endsOn: '2030-12-31',
    ceilingEur: 2500000,
    eligibleMunicipalityArs: ['120640000000', '120540000000'],
    ...changes,
  };
}

async function createProcedure(changes: Record<string, unknown> = {}) {
  const result = await subgraph.query(CREATE, { input: procedureInput(changes) }, as['kaz-editor']);
  expect(result.errors).toBeUndefined();
  return (result.data as any).createProcurementProcedure as { id: string; version: number; status: string };
}

async function update(input: Record<string, unknown>) {
  return subgraph.query(UPDATE, { input }, as['kaz-editor']);
}

describe('createProcurementProcedure', () => {
  it('starts a planned procedure with version 1 and one audit entry', async () => {
    const input = procedureInput();
    const result = await subgraph.query(CREATE, { input }, as['kaz-editor']);
    expect(result.errors).toBeUndefined();
    expect((result.data as any).createProcurementProcedure).toEqual({
      id: input.id,
      title: input.title,
      procedureType: 'OPEN_PROCEDURE',
      status: 'PLANNED',
      publishedOn: null,
      awardedOn: null,
      estimatedValueEur: 250000,
      participatingMunicipalities: [{ ars: '120530000000' }, { ars: '120540000000' }],
      project: null,
      calledOffFrom: null,
      version: 1,
      isSample: false,
    });
    const entries = await auditEntries(subgraph.db, { entityType: 'ProcurementProcedure', entityId: input.id });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ operation: 'createProcurementProcedure', actor_org: 'kaz', before: null });
    expect(entries[0]!.after).toMatchObject({
      id: input.id,
      status: 'PLANNED',
      version: 1,
      participating_municipality_ars: ['120530000000', '120540000000'],
    });
  });

  it('starts a published procedure, and a call-off from a framework contract', async () => {
    const published = await createProcedure({ status: 'PUBLISHED', publishedOn: '2026-11-30', projectId: null });
    expect(published).toMatchObject({ status: 'PUBLISHED', publishedOn: '2026-11-30', project: null });
    const callOff = await createProcedure({
      procedureType: 'FRAMEWORK_CALL_OFF',
      callOffContractId: 'RV-2024-001',
      projectId: null,
    });
    expect(callOff).toMatchObject({ procedureType: 'FRAMEWORK_CALL_OFF', calledOffFrom: { id: 'RV-2024-001' } });
  });

  it.each(['PUBLIC_TENDER', 'RESTRICTED_TENDER', 'NEGOTIATED_AWARD'])(
    'starts a national procedure below the EU thresholds (UVgO), stored as such: %s',
    async (procedureType) => {
      const created = await createProcedure({ procedureType, status: 'PUBLISHED', publishedOn: '2026-10-01' });
      expect(created).toMatchObject({ procedureType, status: 'PUBLISHED', calledOffFrom: null });
      const stored = await subgraph.db
        .selectFrom('procurement_procedure')
        .select('procedure_type')
        .where('id', '=', created.id)
        .executeTakeFirstOrThrow();
      expect(stored.procedure_type).toBe(procedureType);
    },
  );

  it.each([
    ['a malformed number', { id: 'VG-27-1' }, 'input.id'],
    ['an existing number', { id: 'VG-2023-004' }, 'input.id'],
    ['an empty title', { title: '  ' }, 'input.title'],
    ['a status a new procedure cannot have', { status: 'AWARDED' }, 'input.status'],
    ['PUBLISHED without a date', { status: 'PUBLISHED' }, 'input.publishedOn'],
    ['PLANNED with a publication date', { publishedOn: '2026-12-01' }, 'input.publishedOn'],
    ['an impossible date', { status: 'PUBLISHED', publishedOn: '2026-13-01' }, 'input.publishedOn'],
    ['a negative value', { estimatedValueEur: -1 }, 'input.estimatedValueEur'],
    ['no Kommune', { participatingMunicipalityArs: [] }, 'input.participatingMunicipalityArs'],
    ['a malformed ARS', { participatingMunicipalityArs: ['12054'] }, 'input.participatingMunicipalityArs'],
    ['an ARS of no Kommune', { participatingMunicipalityArs: ['129999999999'] }, 'input.participatingMunicipalityArs'],
    [
      'a Kommune twice',
      { participatingMunicipalityArs: ['120540000000', '120540000000'] },
      'input.participatingMunicipalityArs',
    ],
    ['a malformed project key', { projectId: 'KAZ-25-3' }, 'input.projectId'],
    ['a call-off without its contract', { procedureType: 'FRAMEWORK_CALL_OFF' }, 'input.callOffContractId'],
    ['a contract for another kind', { callOffContractId: 'RV-2024-001' }, 'input.callOffContractId'],
    [
      'an unknown contract',
      { procedureType: 'FRAMEWORK_CALL_OFF', callOffContractId: 'RV-2099-001' },
      'input.callOffContractId',
    ],
  ])('refuses %s with BAD_USER_INPUT and changes nothing', async (_case, changes, field) => {
    await expectRefused(
      subgraph,
      () => subgraph.query(CREATE, { input: procedureInput(changes) }, as['kaz-editor']),
      'BAD_USER_INPUT',
      field,
    );
  });

  // The project's owner is the projects subgraph, checked live (test/references-between-partners.test.ts
  // covers known and unknown keys through the gateway); here no owner is configured.
  it('refuses a project it cannot check, naming the projects subgraph, and changes nothing', async () => {
    const error = await expectRefused(
      subgraph,
      () => subgraph.query(CREATE, { input: procedureInput({ projectId: 'KAZ-2025-03' }) }, as['kaz-editor']),
      'REFERENCE_OWNER_UNREACHABLE',
    );
    expect(error.message).toBe(
      'the projects subgraph has no URL (set SUBGRAPH_PROJECTS_URL); input.projectId KAZ-2025-03 could not be checked',
    );
  });
});

describe('updateProcurementProcedure', () => {
  it('moves a procedure PLANNED → PUBLISHED → EVALUATION → AWARDED, one version and one audit entry each', async () => {
    const { id } = await createProcedure();
    const steps = [
      { status: 'PUBLISHED', publishedOn: '2026-12-01' },
      { status: 'EVALUATION' },
      { status: 'AWARDED', awardedOn: '2027-03-15' },
    ];
    for (const [index, step] of steps.entries()) {
      const result = await update({ id, version: index + 1, ...step });
      expect(result.errors).toBeUndefined();
      expect((result.data as any).updateProcurementProcedure).toMatchObject({
        status: step.status,
        version: index + 2,
      });
    }
    const entries = await auditEntries(subgraph.db, { entityType: 'ProcurementProcedure', entityId: id });
    expect(entries.map((e) => e.operation)).toEqual([
      'createProcurementProcedure',
      'updateProcurementProcedure',
      'updateProcurementProcedure',
      'updateProcurementProcedure',
    ]);
    expect(entries[3]!.before).toMatchObject({ status: 'EVALUATION', awarded_on: null, version: 3 });
    expect(entries[3]!.after).toMatchObject({
      status: 'AWARDED',
      awarded_on: '2027-03-15',
      published_on: '2026-12-01',
      version: 4,
    });
  });

  it('cancels a procedure from PLANNED, PUBLISHED or EVALUATION', async () => {
    const planned = await createProcedure();
    const published = await createProcedure({ status: 'PUBLISHED', publishedOn: '2026-12-01' });
    for (const { id } of [planned, published]) {
      const result = await update({ id, version: 1, status: 'CANCELLED' });
      expect(result.errors).toBeUndefined();
      expect((result.data as any).updateProcurementProcedure).toMatchObject({ status: 'CANCELLED', version: 2 });
    }
    const evaluation = await update({ id: 'VG-2026-003', version: 1, status: 'CANCELLED' });
    expect((evaluation.data as any).updateProcurementProcedure.status).toBe('CANCELLED');
  });

  it('changes title and value without touching the status', async () => {
    const { id } = await createProcedure();
    const result = await update({ id, version: 1, title: 'Neuer Titel', estimatedValueEur: 99.99 });
    expect(result.errors).toBeUndefined();
    expect((result.data as any).updateProcurementProcedure).toMatchObject({
      title: 'Neuer Titel',
      estimatedValueEur: 99.99,
      status: 'PLANNED',
      version: 2,
    });
  });

  it.each([
    ['PLANNED', 'EVALUATION', {}],
    ['PLANNED', 'AWARDED', { awardedOn: '2027-01-01' }],
    ['PUBLISHED', 'PLANNED', {}],
    ['PUBLISHED', 'AWARDED', { awardedOn: '2027-01-01' }],
  ])('refuses the move %s → %s with BAD_USER_INPUT on input.status', async (from, to, extra) => {
    const created =
      from === 'PLANNED'
        ? await createProcedure()
        : await createProcedure({ status: 'PUBLISHED', publishedOn: '2026-12-01' });
    await expectRefused(
      subgraph,
      () => update({ id: created.id, version: 1, status: to, ...extra }),
      'BAD_USER_INPUT',
      'input.status',
    );
  });

  it.each([
    ['AWARDED', 'VG-2023-004'],
    ['CANCELLED', 'VG-2022-003'],
  ])('keeps %s final', async (_status, id) => {
    for (const status of ['PLANNED', 'PUBLISHED', 'EVALUATION', 'AWARDED', 'CANCELLED'].filter((s) => s !== _status)) {
      await expectRefused(subgraph, () => update({ id, version: 1, status }), 'BAD_USER_INPUT', 'input.status');
    }
  });

  it.each([
    ['PUBLISHED without a publication date', { status: 'PUBLISHED' }, 'input.publishedOn'],
    ['a publication date for a PLANNED procedure', { publishedOn: '2026-12-01' }, 'input.publishedOn'],
    ['an impossible date', { status: 'PUBLISHED', publishedOn: '2026-11-31' }, 'input.publishedOn'],
    [
      'an award date without the award',
      { status: 'PUBLISHED', publishedOn: '2026-12-01', awardedOn: '2027-01-01' },
      'input.awardedOn',
    ],
    ['an empty title', { title: '' }, 'input.title'],
    ['a negative value', { estimatedValueEur: -5 }, 'input.estimatedValueEur'],
    ['a malformed number', { id: 'VG-1' }, 'input.id'],
    ['nothing to change', {}, 'input'],
  ])('refuses %s with BAD_USER_INPUT and changes nothing', async (_case, changes, field) => {
    const { id } = await createProcedure();
    await expectRefused(subgraph, () => update({ id, version: 1, ...changes }), 'BAD_USER_INPUT', field);
  });

  it('refuses AWARDED without an award date, and an award before the publication', async () => {
    const { id } = await createProcedure({ status: 'PUBLISHED', publishedOn: '2026-12-01' });
    expect((await update({ id, version: 1, status: 'EVALUATION' })).errors).toBeUndefined();
    await expectRefused(
      subgraph,
      () => update({ id, version: 2, status: 'AWARDED' }),
      'BAD_USER_INPUT',
      'input.awardedOn',
    );
    await expectRefused(
      subgraph,
      () => update({ id, version: 2, status: 'AWARDED', awardedOn: '2026-11-30' }),
      'BAD_USER_INPUT',
      'input.awardedOn',
    );
    await expectRefused(
      subgraph,
      () => update({ id: 'VG-2023-004', version: 1, publishedOn: '2024-01-01' }),
      'BAD_USER_INPUT',
      'input.publishedOn',
    );
  });

  it('answers NOT_FOUND for an unknown procedure and CONFLICT for a stale version', async () => {
    await expectRefused(subgraph, () => update({ id: 'VG-2099-001', version: 1, title: 'x' }), 'NOT_FOUND');
    const { id } = await createProcedure();
    const error = await expectRefused(subgraph, () => update({ id, version: 7, title: 'Neu' }), 'CONFLICT');
    expect(error.extensions?.currentVersion).toBe(1);
  });

  it('lets only one of two writers with the same version change a procedure; the other gets CONFLICT', async () => {
    const { id } = await createProcedure();
    const results = await Promise.all([
      update({ id, version: 1, status: 'PUBLISHED', publishedOn: '2026-12-01' }),
      update({ id, version: 1, status: 'CANCELLED' }),
    ]);
    expect(results.filter((r) => r.errors === undefined)).toHaveLength(1);
    expectError(results.find((r) => r.errors !== undefined)!, 'CONFLICT');
    const stored = await subgraph.db
      .selectFrom('procurement_procedure')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(stored.version).toBe(2);
    expect(await auditEntries(subgraph.db, { entityType: 'ProcurementProcedure', entityId: id })).toHaveLength(2);
  });
});

describe('createFrameworkContract', () => {
  it('records a contract with version 1, nothing called off and one audit entry', async () => {
    const input = contractInput();
    const result = await subgraph.query(CREATE_CONTRACT, { input }, as['kaz-editor']);
    expect(result.errors).toBeUndefined();
    expect((result.data as any).createFrameworkContract).toEqual({
      id: input.id,
      title: input.title,
      vendor: input.vendor,
      startsOn: '2027-01-01',
      endsOn: '2030-12-31',
      ceilingEur: 2500000,
      calledOffEur: 0,
      eligibleMunicipalities: [{ ars: '120540000000' }, { ars: '120640000000' }],
      procurement: null,
      version: 1,
      isSample: false,
    });
    const entries = await auditEntries(subgraph.db, { entityType: 'FrameworkContract', entityId: input.id });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ operation: 'createFrameworkContract', before: null });
    expect(entries[0]!.after).toMatchObject({
      id: input.id,
      eligible_municipality_ars: ['120540000000', '120640000000'],
    });
  });

  it('records the contract awarded in a procedure', async () => {
    const { id } = await createProcedure({ status: 'PUBLISHED', publishedOn: '2026-12-01' });
    await update({ id, version: 1, status: 'EVALUATION' });
    await update({ id, version: 2, status: 'AWARDED', awardedOn: '2027-02-01' });
    const result = await subgraph.query(
      CREATE_CONTRACT,
      { input: contractInput({ procurementId: id }) },
      as['kaz-editor'],
    );
    expect(result.errors).toBeUndefined();
    expect((result.data as any).createFrameworkContract.procurement).toEqual({ id });
  });

  it.each([
    ['a malformed number', { id: 'RV-1' }, 'input.id'],
    ['an existing number', { id: 'RV-2024-001' }, 'input.id'],
    ['an empty title', { title: '' }, 'input.title'],
    ['an empty vendor', { vendor: ' ' }, 'input.vendor'],
    ['an impossible date', { startsOn: '2027-02-29' }, 'input.startsOn'],
    ['an end before the start', { endsOn: '2026-12-31' }, 'input.endsOn'],
    ['a negative ceiling', { ceilingEur: -1 }, 'input.ceilingEur'],
    ['no Kommune', { eligibleMunicipalityArs: [] }, 'input.eligibleMunicipalityArs'],
    ['an ARS of no Kommune', { eligibleMunicipalityArs: ['129999999999'] }, 'input.eligibleMunicipalityArs'],
    ['a malformed procedure number', { procurementId: 'VG-1' }, 'input.procurementId'],
    ['an unknown procedure', { procurementId: 'VG-2099-001' }, 'input.procurementId'],
    ['a procedure with a contract already', { procurementId: 'VG-2023-004' }, 'input.procurementId'],
    ['a procedure not awarded', { procurementId: 'VG-2026-004' }, 'input.procurementId'],
    ['a call-off', { procurementId: 'VG-2023-003' }, 'input.procurementId'],
  ])('refuses %s with BAD_USER_INPUT and changes nothing', async (_case, changes, field) => {
    await expectRefused(
      subgraph,
      () => subgraph.query(CREATE_CONTRACT, { input: contractInput(changes) }, as['kaz-editor']),
      'BAD_USER_INPUT',
      field,
    );
  });
});

describe('write.procurement: who may', () => {
  const cases = () =>
    [
      ['createProcurementProcedure', CREATE, { input: procedureInput() }],
      ['updateProcurementProcedure', UPDATE, { input: { id: 'VG-2026-005', version: 1, title: 'Neu' } }],
      ['createFrameworkContract', CREATE_CONTRACT, { input: contractInput() }],
    ] as const;

  refusesToAllButContractEditors('procurement', () => ({ subgraph, as }), cases);
});
