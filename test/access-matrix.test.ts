// Over 250 lines: one access table, one file.
import { readOzgServices } from '@kaz/reference-data';
import { type Column, dayInBerlin, POTSDAM, tokenRequestOf } from '@kaz/subgraph-kit/testing';
import { buildClientSchema, getIntrospectionQuery, getNamedType, type IntrospectionQuery, isObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleOzgRolloutRows } from '../subgraphs/projects/seed/ozg-rollout.ts';
import { newProjectInput } from './support/access-path-fixtures.ts';
import { type PathAnswer, type PathProbe, pathProbes } from './support/access-paths.ts';
import { readAccessTable } from './support/access-table.ts';
import { ENGINES, startTestHub, type TestHub } from './support/hub.ts';

// Every cell of the rules table in docs/access-control.md, checked through the gateway with real
// tokens, and every cell of its paths table: each rule on each path that reaches its records. A row
// without a probe here, a probe without a row, or a field of the API schema returning a protected
// type without a row fails the run.

type Target = 'own' | 'other';
/** allowed: the data came back; denied: FORBIDDEN/UNAUTHENTICATED; hidden: null, as for a missing record. */
type Outcome = 'allowed' | 'denied' | 'hidden';

const table = readAccessTable('access-matrix', 1);
/** OZG-Leistungen without a sample rollout record: a new record of one of them is always new. */
const sampleRolloutIds = new Set(sampleOzgRolloutRows().map((row) => row.ozg_service_id));
const unrolledOzgIds = readOzgServices()
  .map((service) => service.ozg_id)
  .filter((id) => !sampleRolloutIds.has(id));
const paths = readAccessTable('access-paths', 1);

describe.each(ENGINES)('through %s', (_name, engine) => {
  let hub: TestHub;
  let sequence = 0;
  const next = () => ++sequence;

  beforeAll(async () => {
    hub = await startTestHub({ engine });
  });

  afterAll(async () => {
    await hub?.stop();
  });

  /** The token of a column; a Kommune's token is for `ars`. */
  async function tokenOf(column: Column, ars: string): Promise<string | null> {
    return column === 'anonymous' ? null : hub.issuer.sign(tokenRequestOf(column, ars));
  }

  /**
   * Runs an operation and classifies it: denied when a field failed with FORBIDDEN or UNAUTHENTICATED
   * (and then no data of it came back), hidden when a root field answered null without an error,
   * allowed when every root field answered data.
   */
  async function run(token: string | null, query: string, variables: Record<string, unknown> = {}): Promise<Outcome> {
    const result = await hub.query(query, variables, token ? { authorization: `Bearer ${token}` } : {});
    const denials = (result.errors ?? []).filter((error) =>
      ['FORBIDDEN', 'UNAUTHENTICATED'].includes(error.extensions?.code),
    );
    const others = (result.errors ?? []).filter((error) => !denials.includes(error));
    if (others.length > 0) throw new Error(`unexpected errors: ${JSON.stringify(others)}`);
    if (denials.length > 0) {
      for (const denial of denials) expect(valueAt(result.data, denial.path ?? []), 'denied data').toBeNull();
      return 'denied';
    }
    const roots = Object.values(result.data ?? {});
    expect(roots.length).toBeGreaterThan(0);
    return roots.every((value) => value !== null) ? 'allowed' : 'hidden';
  }

  /** The value at a response path; null when any step is missing. */
  function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
    let value: any = data;
    for (const step of path) value = value?.[step] ?? null;
    return value ?? null;
  }

  /** As the kaz-editor and the security team together: sees everything, to find targets. */
  async function lookup(query: string, variables: Record<string, unknown> = {}) {
    const token = await hub.issuer.sign({
      org: 'zit_bb',
      scopes: ['projects:write', 'contracts:write', 'security:read', 'audit:read'],
    });
    const result = await hub.query(query, variables, { authorization: `Bearer ${token}` });
    if (result.errors) throw new Error(`lookup failed: ${JSON.stringify(result.errors)}`);
    return result.data as Record<string, any>;
  }

  /** Reports an incident as CERT-Brandenburg; its reference and version. */
  async function reportAsTeam(input: Record<string, unknown>): Promise<{ id: string; version: number }> {
    const team = await hub.issuer.sign({ org: 'zit_bb', scopes: ['security:read', 'security:write'] });
    const reported = await hub.query(
      `mutation ($input: ReportIncidentInput!) { reportIncident(input: $input) { id version } }`,
      { input },
      { authorization: `Bearer ${team}` },
    );
    const incident = reported.data?.reportIncident;
    if (!incident) throw new Error(`report failed: ${JSON.stringify(reported.errors)}`);
    return incident;
  }

  /** The TLP:RED incident with personal data of the read.incident.dataprotection probe, reported once. */
  let redBreach: { id: string; version: number } | undefined;

  /** A Kommune with a record of some kind and another Kommune without it. */
  async function ownAndOther(query: string, pick: (data: Record<string, any>) => string[]) {
    const candidates = pick(await lookup(query));
    const own = candidates[0];
    if (!own) throw new Error('no Kommune with such a record in the seed');
    const other = own === POTSDAM ? '120530000000' : POTSDAM;
    return { own, other };
  }

  /** The Amt of rules read.licence.amt and read.certificate.amt, one of its Gemeinden and a Gemeinde of another Amt. */
  const AMT = { ars: '120705001000', gemeinde: '120705001052', otherGemeinde: '120705005060' };

  let allocated: Promise<void> | undefined;
  /** Gives the Amt's Gemeinde seats of a licence once, so that the Amt has a Gemeinde's licence to read. */
  function gemeindeAllocation(): Promise<void> {
    allocated ??= (async () => {
      const { licences } = await lookup(`{ licences(first: 500) { nodes { id freeSeats } } }`);
      const licence = licences.nodes.find((l: any) => l.freeSeats > 0);
      await lookup(`mutation ($input: AllocateLicenceInput!) { allocateLicence(input: $input) { seats } }`, {
        input: { licenceId: licence.id, municipalityArs: AMT.gemeinde, seats: 1 },
      });
    })();
    return allocated;
  }

  /**
   * As the column (the municipality column as the Amt), the licences or certificates of the Amt's
   * Gemeinde (own) or of another Amt's Gemeinde (other); an allowed own answer must hold records.
   */
  async function amtAsks(as: Column, target: Target, list: 'licences' | 'certificates'): Promise<Outcome> {
    const token = await tokenOf(as, AMT.ars);
    const query = `query ($ars: ID!) { municipality(ars: $ars) { name ${list}(first: 5) { totalCount nodes { id } } } }`;
    const variables = { ars: target === 'own' ? AMT.gemeinde : AMT.otherGemeinde };
    const outcome = await run(token, query, variables);
    if (outcome === 'allowed' && target === 'own') {
      const result = await hub.query(query, variables, token ? { authorization: `Bearer ${token}` } : {});
      expect((result.data as any).municipality[list].totalCount, `the Gemeinde's ${list} came back`).toBeGreaterThan(0);
    }
    return outcome;
  }

  /**
   * One probe per rule. `as` is the column, `target` whose record the probe touches: the principal's
   * own (only asked for "own" cells) or someone else's.
   */
  const probes: Record<string, (as: Column, target: Target) => Promise<Outcome>> = {
    'read.reference': async (as) =>
      run(
        await tokenOf(as, POTSDAM),
        `{ municipality(ags: "12054000") { name } organisations { id } committee(id: "it-rat") { name }
           decision(id: "itrat-2020-3") { title } ozgService(id: "10000") { name } externalBody(id: "fitko") { name } }`,
      ),

    'read.project.overview': async (as) =>
      run(
        await tokenOf(as, POTSDAM),
        `{ project(id: "KAZ-2021-01") { title kind phase startDate leadMinistry { id } municipalities { ars } ozgServices { id }
           processesPersonalData dpiaStatus dpiaCompletedOn leadMinistryHistory { ministry { id } from to } }
           leadMinistryHandovers(first: 5) { totalCount nodes { handedOverOn } } }`,
      ),

    'read.project.internal': async (as, target) => {
      const { projects } = await lookup(`{ projects(first: 100) { nodes { id leadMinistry { id } } } }`);
      const own = projects.nodes.find((p: any) => p.leadMinistry?.id === 'mdjd');
      const other = projects.nodes.find((p: any) => p.leadMinistry && p.leadMinistry.id !== 'mdjd');
      const project = target === 'own' ? own : other;
      return run(
        await tokenOf(as, POTSDAM),
        `query ($id: ID!) { project(id: $id) { title budgetTotalEur budget { year amountEur } milestones { title } } }`,
        { id: project.id },
      );
    },

    'read.funding.totals': async (as) =>
      run(await tokenOf(as, POTSDAM), `{ programmeFunding(fromYear: 2021, toYear: 2022) { year landPlannedEur } }`),

    'read.supportrequest': async (as, target) => {
      const { supportRequests } = await lookup(`{ supportRequests(first: 100) { nodes { id municipality { ars } } } }`);
      const request = supportRequests.nodes.find((r: any) => (r.municipality.ars === POTSDAM) === (target === 'own'));
      return run(await tokenOf(as, POTSDAM), `query ($id: ID!) { supportRequest(id: $id) { id subject status } }`, {
        id: request.id,
      });
    },

    'read.workorder': async (as, target) => {
      const { workOrders } = await lookup(
        `{ workOrders(first: 500) { nodes { id issuingMinistry { id } project { leadMinistry { id } } } } }`,
      );
      const own = (w: any) => w.issuingMinistry?.id === 'mdjd' || w.project?.leadMinistry?.id === 'mdjd';
      const order = workOrders.nodes.find((w: any) => (target === 'own' ? own(w) : !own(w)));
      return run(await tokenOf(as, POTSDAM), `query ($id: ID!) { workOrder(id: $id) { id title status } }`, {
        id: order.id,
      });
    },

    'read.procurement.planned': async (as) => {
      const { procurementProcedures } = await lookup(`{ procurementProcedures(status: PLANNED) { nodes { id } } }`);
      return run(
        await tokenOf(as, POTSDAM),
        `query ($id: ID!) { procurementProcedure(id: $id) { id estimatedValueEur participatingMunicipalities { ars } } }`,
        { id: procurementProcedures.nodes[0].id },
      );
    },

    'read.procurement': async (as) =>
      run(
        await tokenOf(as, POTSDAM),
        `{ procurementProcedures(first: 3) { totalCount } frameworkContracts(first: 3) { totalCount }
           procurementTemplates(first: 3) { totalCount nodes { id uses { since } } } }`,
      ),

    'read.licence': async (as, target) => {
      const { own, other } = await ownAndOther(
        `{ licences(first: 500) { nodes { allocations { municipality { ars } } } } }`,
        (d) => d.licences.nodes.flatMap((l: any) => l.allocations.map((a: any) => a.municipality.ars)),
      );
      return run(
        await tokenOf(as, own),
        `query ($ars: ID!) { municipality(ars: $ars) { name licences(first: 5) { totalCount nodes { id product } } } }`,
        { ars: target === 'own' ? own : other },
      );
    },

    'read.licence.exposure': async (as, target) => {
      const query = `{ advisory(id: "CERT-BB-ADV-2026-0042") { id affectedMunicipalities { municipality { ars } } } }`;
      const listed = (data: Record<string, any>) =>
        data.advisory.affectedMunicipalities.map((k: any) => k.municipality.ars) as string[];
      const [own, other] = listed(await lookup(query)) as [string, string];
      const token = await tokenOf(as, own);
      const outcome = await run(token, query);
      if (outcome !== 'allowed') return outcome;
      // Allowed: the Kommune asked about (the principal's own, or another that runs the product) is listed, or hidden.
      const result = await hub.query(query, {}, token ? { authorization: `Bearer ${token}` } : {});
      return listed(result.data ?? {}).includes(target === 'own' ? own : other) ? 'allowed' : 'hidden';
    },

    'read.certificate': async (as, target) => {
      const { own, other } = await ownAndOther(`{ certificates(first: 500) { nodes { holder { ars } } } }`, (d) =>
        d.certificates.nodes.filter((c: any) => c.holder).map((c: any) => c.holder.ars),
      );
      return run(
        await tokenOf(as, own),
        `query ($ars: ID!) { municipality(ars: $ars) { name certificates(first: 5) { totalCount nodes { id } } } }`,
        { ars: target === 'own' ? own : other },
      );
    },

    'read.licence.amt': async (as, target) => {
      await gemeindeAllocation();
      return amtAsks(as, target, 'licences');
    },

    'read.certificate.amt': async (as, target) => amtAsks(as, target, 'certificates'),

    'read.licence.processing': async (as) => {
      const token = await tokenOf(as, POTSDAM);
      const outcome = await run(
        token,
        `{ dataProcessings(first: 5) { totalCount nodes { vendor product processorAgreementOn municipalities { ars } } } }`,
      );
      if (outcome === 'allowed') {
        const result = await hub.query(
          `{ dataProcessings(first: 5) { totalCount } }`,
          {},
          { authorization: `Bearer ${token}` },
        );
        expect((result.data as any).dataProcessings.totalCount, 'data processings came back').toBeGreaterThan(0);
      }
      return outcome;
    },

    'write.procurement.template': async (as) =>
      run(
        await tokenOf(as, POTSDAM),
        `mutation ($input: CreateProcurementTemplateInput!) { createProcurementTemplate(input: $input) { id version } }`,
        {
          input: {
            id: `VH-2030-${String(next()).padStart(3, '0')}`,
            kind: 'MODEL_CONTRACT',
            title: 'Matrixtest: Mustervertrag',
            status: 'DRAFT',
            freeOfCharge: true,
          },
        },
      ),

    'write.procurement.template.use': async (as, target) =>
      run(
        await tokenOf(as, POTSDAM),
        `mutation ($input: RecordProcurementTemplateUseInput!) { recordProcurementTemplateUse(input: $input) { since version } }`,
        {
          input: {
            templateId: 'VH-2024-001',
            municipalityArs: target === 'own' ? POTSDAM : '120530000000',
            since: dayInBerlin(hub.clock, -1),
          },
        },
      ),

    'write.licence.processing': async (as) => {
      const { licence } = await lookup(`{ licence(id: "LIZ-0001") { version processesPersonalData } }`);
      return run(
        await tokenOf(as, POTSDAM),
        `mutation ($input: RecordProcessorAgreementInput!) { recordProcessorAgreement(input: $input) { id version } }`,
        {
          input: {
            licenceId: 'LIZ-0001',
            version: licence.version,
            processesPersonalData: licence.processesPersonalData,
          },
        },
      );
    },

    'read.security.posture': async (as) =>
      run(
        await tokenOf(as, POTSDAM),
        `{ municipality(ars: "${POTSDAM}") { securityPosture { certNetworkMember openIncidentCount } } }`,
      ),

    'read.security.concept': async (as, target) => {
      const { own, other } = await ownAndOther(
        `{ securityConcepts(first: 500) { nodes { municipality { ars } } } }`,
        (d) => d.securityConcepts.nodes.map((c: any) => c.municipality.ars),
      );
      return run(
        await tokenOf(as, own),
        `query ($ars: ID!) { municipality(ars: $ars) { name securityPosture { certNetworkMember concept { status } } } }`,
        { ars: target === 'own' ? own : other },
      );
    },

    'read.security.coverage': async (as) =>
      run(
        await tokenOf(as, POTSDAM),
        `{ securityConceptCoverage { kommunenCount noConceptCount gaps { municipality { ars } gap } } }`,
      ),

    'read.incident.dataprotection': async (as) => {
      // A TLP:RED incident with personal data that neither affects nor names any column's principal
      // (the seed names the LDA on its own, so the probe reports one): only CERT (security:read) and the
      // LDA (read.incident.dataprotection) see it.
      redBreach ??= await reportAsTeam({
        title: 'Matrixtest: vertrauliche Datenpanne',
        category: 'DATA_LEAK',
        severity: 'HIGH',
        tlp: 'RED',
        detectedAt: new Date(Date.now() - 3_600_000).toISOString(),
        affectedMunicipalityArs: ['120650136136'],
        personalDataInvolved: true,
      });
      return run(
        await tokenOf(as, POTSDAM),
        `query ($id: ID!) { incident(id: $id) { id personalDataInvolved ldaNotificationRequired breachRisk } }`,
        { id: redBreach.id },
      );
    },

    'read.dikom': async (as) =>
      run(await tokenOf(as, POTSDAM), `{ dikomMembers(first: 3) { totalCount nodes { memberSince } } }`),

    'read.workprogramme': async (as) =>
      run(
        await tokenOf(as, POTSDAM),
        `{ workProgramme(year: 2026) { id progressPercent items { id status progressPercent responsibleOrganisation { id } } } }`,
      ),

    'read.recommendation': async (as) =>
      run(
        await tokenOf(as, POTSDAM),
        `{ recommendation(id: "empf-2024-1") { status decision { id } applications(first: 5) { totalCount } }
           recommendations(first: 5) { totalCount nodes { id } } }`,
      ),

    'read.municipality.contacts': async (as, target) => {
      // Potsdam and Cottbus both have sample contacts; the Kommune's token is Potsdam's.
      const query = `query ($ars: ID!) { municipality(ars: $ars) { contacts { role email } } }`;
      const variables = { ars: target === 'own' ? POTSDAM : '120520000000' };
      const token = await tokenOf(as, POTSDAM);
      const outcome = await run(token, query, variables);
      if (outcome === 'allowed') {
        const result = await hub.query(query, variables, token ? { authorization: `Bearer ${token}` } : {});
        expect(result.data?.municipality.contacts.length, 'the contacts came back').toBeGreaterThan(0);
      }
      return outcome;
    },

    'read.ozg.rollout': async (as) =>
      run(
        await tokenOf(as, POTSDAM),
        `{ municipality(ars: "${POTSDAM}") { ozgRollout(first: 3) { totalCount nodes { status } }
           ozgObligations { total open } }
           ozgService(id: "10124") { rolloutCounts { online } rollout(first: 3) { totalCount } federfuehrung { id } }
           ozgRolloutCoverage(by: LANDKREIS) { online } }`,
      ),

    'read.project.cooperation': async (as) =>
      run(
        await tokenOf(as, POTSDAM),
        `{ projectTemplates { id milestones { title atPercent } } projectTemplate(id: "ozg-umsetzung") { roles { title } }
           reusableResults(first: 3) { totalCount nodes { title licence contactMailbox } }
           project(id: "KAZ-2021-01") { participants { role } groups { name members { role } } reusableResults { title } }
           organisation(id: "dikom") { projects(first: 3) { totalCount } } }`,
      ),

    'read.audit': async (as) =>
      run(
        await tokenOf(as, POTSDAM),
        `{ projectsAuditLog(first: 1) { totalCount } contractsAuditLog(first: 1) { totalCount }
           securityAuditLog(first: 1) { totalCount } organisationsAuditLog(first: 1) { totalCount } }`,
      ),

    'write.project': async (as) =>
      run(
        await tokenOf(as, POTSDAM),
        `mutation ($input: CreateProjectInput!) { createProject(input: $input) { id version } }`,
        {
          input: newProjectInput(
            `KAZ-2030-${String(next() % 100).padStart(2, '0')}`,
            'Matrixtest: digitaler Antrag',
            'Angelegt vom Berechtigungstest.',
          ),
        },
      ),

    'write.project.dataprotection': async (as) => {
      const { project } = await lookup(`{ project(id: "KAZ-2021-02") { version } }`);
      return run(
        await tokenOf(as, POTSDAM),
        `mutation ($input: RecordDataProtectionAssessmentInput!) { recordDataProtectionAssessment(input: $input) { id version } }`,
        {
          input: {
            id: 'KAZ-2021-02',
            version: project.version,
            processesPersonalData: true,
            status: 'COMPLETED',
            completedOn: dayInBerlin(hub.clock, -1),
          },
        },
      );
    },

    'write.project.cooperation': async (as) =>
      run(
        await tokenOf(as, POTSDAM),
        `mutation ($input: CreateProjectGroupInput!) { createProjectGroup(input: $input) { id members { role } } }`,
        {
          input: {
            projectId: 'KAZ-2021-01',
            name: `Matrixtest-Projektgruppe ${next()}`,
            purpose: 'Angelegt vom Berechtigungstest.',
            members: [{ organisationId: 'lda', role: 'ADVISORY' }],
          },
        },
      ),

    'write.project.handover': async (as) => {
      const { project } = await lookup(`{ project(id: "KAZ-2021-10") { version leadMinistry { id } } }`);
      return run(
        await tokenOf(as, POTSDAM),
        `mutation ($input: HandOverProjectInput!) { handOverProject(input: $input) { id version } }`,
        {
          input: {
            projectId: 'KAZ-2021-10',
            version: project.version,
            toMinistryId: project.leadMinistry?.id === 'mleuv' ? 'mgs' : 'mleuv',
            on: dayInBerlin(hub.clock, 0),
          },
        },
      );
    },

    'write.supportrequest.submit': async (as, target) =>
      run(
        await tokenOf(as, POTSDAM),
        `mutation ($input: SubmitSupportRequestInput!) { submitSupportRequest(input: $input) { id version } }`,
        {
          input: {
            municipalityArs: target === 'own' ? POTSDAM : '120600000000',
            subject: `Matrixtest: Unterstützungsanfrage ${next()}`,
          },
        },
      ),

    'write.reuse.request': async (as, target) => {
      const { reusableResults } = await lookup(`{ reusableResults(first: 100) { nodes { id } } }`);
      // A Kommune wishes for a result once: every probe takes another result.
      const result = reusableResults.nodes[next() % reusableResults.nodes.length];
      const own = '120650136136';
      return run(
        await tokenOf(as, own),
        `mutation ($input: RequestReuseInput!) { requestReuse(input: $input) { requestedOn version } }`,
        { input: { resultId: result.id, ars: target === 'own' ? own : POTSDAM, note: 'Matrixtest' } },
      );
    },

    'write.supportrequest.triage': async (as) => {
      const { supportRequests } = await lookup(
        `{ supportRequests(status: SUBMITTED, first: 1) { nodes { id version } } }`,
      );
      const request = supportRequests.nodes[0];
      return run(
        await tokenOf(as, POTSDAM),
        `mutation ($input: TriageSupportRequestInput!) { triageSupportRequest(input: $input) { id version } }`,
        { input: { id: request.id, version: request.version, status: 'DECLINED', declineReason: 'Matrixtest.' } },
      );
    },

    'write.workorder.issue': async (as) =>
      run(
        await tokenOf(as, POTSDAM),
        `mutation ($input: IssueWorkOrderInput!) { issueWorkOrder(input: $input) { id version } }`,
        {
          input: {
            title: `Matrixtest-Arbeitsauftrag ${next()}`,
            dueDate: dayInBerlin(hub.clock, 30),
            decisionId: null,
            projectId: null,
          },
        },
      ),

    'write.workorder.status': async (as) => {
      const { workOrders } = await lookup(`{ workOrders(first: 500) { nodes { id version status } } }`);
      const order = workOrders.nodes.find((w: any) => w.status === 'OPEN');
      return run(
        await tokenOf(as, POTSDAM),
        `mutation ($input: UpdateWorkOrderStatusInput!) { updateWorkOrderStatus(input: $input) { id version } }`,
        { input: { id: order.id, version: order.version, status: 'IN_PROGRESS' } },
      );
    },

    'write.procurement': async (as) =>
      run(
        await tokenOf(as, POTSDAM),
        `mutation ($input: CreateProcurementProcedureInput!) { createProcurementProcedure(input: $input) { id version } }`,
        {
          input: {
            id: `VG-2030-${String(next()).padStart(3, '0')}`,
            title: 'Matrixtest: gemeinsame Beschaffung',
            procedureType: 'OPEN_PROCEDURE',
            status: 'PLANNED',
            estimatedValueEur: 1000,
            participatingMunicipalityArs: [POTSDAM],
          },
        },
      ),

    'write.licence': async (as) =>
      run(
        await tokenOf(as, POTSDAM),
        `mutation ($input: CreateLicenceInput!) { createLicence(input: $input) { id version } }`,
        {
          input: {
            id: `LIZ-${String(9000 + next()).padStart(4, '0')}`,
            product: 'Matrixtest-Lizenz',
            vendor: 'Beispiel GmbH',
            seats: 5,
            validFrom: dayInBerlin(hub.clock, 0),
            validTo: dayInBerlin(hub.clock, 365),
            annualCostEur: 100,
          },
        },
      ),

    'write.certificate': async (as) =>
      run(
        await tokenOf(as, POTSDAM),
        `mutation ($input: CreateCertificateInput!) { createCertificate(input: $input) { id version } }`,
        {
          input: {
            id: `CERT-${9000 + next()}`,
            commonName: 'matrix.potsdam.de',
            kind: 'TLS_SERVER',
            issuer: 'D-Trust',
            holderArs: POTSDAM,
            serialNumber: `0A:${(next() % 256).toString(16).toUpperCase().padStart(2, '0')}:7F`,
            validFrom: dayInBerlin(hub.clock, 0),
            validTo: dayInBerlin(hub.clock, 365),
          },
        },
      ),

    'write.incident.report': async (as, target) => {
      const own = '120650136136';
      return run(
        await tokenOf(as, own),
        `mutation ($input: ReportIncidentInput!) { reportIncident(input: $input) { id version } }`,
        {
          input: {
            title: 'Matrixtest: Phishing-Welle',
            category: 'PHISHING',
            severity: 'LOW',
            tlp: 'GREEN',
            detectedAt: new Date(Date.now() - 3_600_000).toISOString(),
            affectedMunicipalityArs: [target === 'own' ? own : POTSDAM],
            personalDataInvolved: false,
          },
        },
      );
    },

    'write.incident.lifecycle': async (as) => {
      const { incidents } = await lookup(`{ incidents(first: 500) { nodes { id version status } } }`);
      const incident = incidents.nodes.find((i: any) => i.status === 'REPORTED' || i.status === 'TRIAGED');
      return run(
        await tokenOf(as, POTSDAM),
        `mutation ($input: ChangeIncidentStatusInput!) { changeIncidentStatus(input: $input) { id version } }`,
        { input: { id: incident.id, version: incident.version, status: 'CONTAINED' } },
      );
    },

    'write.incident.breach': async (as, target) => {
      // A fresh GREEN incident with personal data, reported by CERT: "own" affects the Kommune of the
      // token alone, "other" it and Potsdam, so that the Kommune is not the only controller.
      const own = '120650136136';
      const incident = await reportAsTeam({
        title: 'Matrixtest: Datenpanne',
        category: 'DATA_LEAK',
        severity: 'LOW',
        tlp: 'GREEN',
        detectedAt: new Date(Date.now() - 3_600_000).toISOString(),
        affectedMunicipalityArs: target === 'own' ? [own] : [own, POTSDAM],
        personalDataInvolved: true,
      });
      return run(
        await tokenOf(as, own),
        `mutation ($input: AssessBreachRiskInput!) { assessBreachRisk(input: $input) { id version breachRisk } }`,
        {
          input: {
            id: incident.id,
            version: incident.version,
            risk: 'RISK',
            assessedOn: dayInBerlin(hub.clock, 0),
            reasoning: 'Matrixtest: Namen und Anschriften einsehbar.',
          },
        },
      );
    },

    'write.advisory': async (as) =>
      run(
        await tokenOf(as, POTSDAM),
        `mutation ($input: PublishAdvisoryInput!) { publishAdvisory(input: $input) { id } }`,
        {
          input: {
            title: `Matrixtest-Warnmeldung ${next()}`,
            severity: 'LOW',
            cveIds: [],
            affectedProducts: [{ vendor: 'Beispiel GmbH', product: 'Matrixtest-Produkt' }],
          },
        },
      ),

    'write.security.concept': async (as, target) => {
      const { municipalities } = await lookup(
        `{ municipalities(filter: { kinds: [AMTSFREIE_GEMEINDE, AMTSANGEHOERIGE_GEMEINDE, ORTSGEMEINDE, MITVERWALTETE_GEMEINDE] }, first: 500) { nodes { ars securityPosture { concept { id } } } } }`,
      );
      const without = municipalities.nodes.filter((m: any) => !m.securityPosture.concept).map((m: any) => m.ars);
      const own = without[next() % without.length];
      const other = without.find((ars: string) => ars !== own);
      return run(
        await tokenOf(as, own),
        `mutation ($input: SaveSecurityConceptInput!) { saveSecurityConcept(input: $input) { id version } }`,
        { input: { municipalityArs: target === 'own' ? own : other, basis: 'BSI_GRUNDSCHUTZ_BASIS', status: 'DRAFT' } },
      );
    },

    'write.decision': async (as) =>
      run(
        await tokenOf(as, POTSDAM),
        `mutation ($input: RecordDecisionInput!) { recordDecision(input: $input) { id version } }`,
        {
          input: {
            committeeId: 'it-rat',
            reference: `Matrixtest ${next()}`,
            decidedOn: dayInBerlin(hub.clock, -1),
            title: 'Beschluss des Berechtigungstests',
            text: 'Der IT-Rat nimmt den Test zur Kenntnis.',
          },
        },
      ),

    'write.dikom': async (as) => {
      const { municipalities } = await lookup(
        `{ municipalities(filter: { kinds: [AMTSFREIE_GEMEINDE, AMTSANGEHOERIGE_GEMEINDE, ORTSGEMEINDE, MITVERWALTETE_GEMEINDE] }, first: 500) { nodes { ars dikomMembership { memberSince } } } }`,
      );
      const candidates = municipalities.nodes.filter((m: any) => !m.dikomMembership).map((m: any) => m.ars);
      return run(
        await tokenOf(as, POTSDAM),
        `mutation ($input: RecordDikomMembershipInput!) { recordDikomMembership(input: $input) { memberSince version } }`,
        { input: { municipalityArs: candidates[next() % candidates.length], memberSince: dayInBerlin(hub.clock, -1) } },
      );
    },

    'write.workprogramme': async (as) => {
      const { workProgramme } = await lookup(`{ workProgramme(year: 2026) { items { id version } } }`);
      const item = workProgramme.items[4];
      return run(
        await tokenOf(as, POTSDAM),
        `mutation ($input: UpdateWorkProgrammeItemInput!) { updateWorkProgrammeItem(input: $input) { id version } }`,
        { input: { id: item.id, version: item.version, progressNote: `Matrixtest ${next()}` } },
      );
    },

    'write.recommendation': async (as) =>
      run(
        await tokenOf(as, POTSDAM),
        `mutation ($input: RecordRecommendationInput!) { recordRecommendation(input: $input) { id version } }`,
        { input: { title: `Matrixtest-Empfehlung ${next()}`, subject: 'Angelegt vom Berechtigungstest.' } },
      ),

    'write.recommendation.application': async (as, target) =>
      run(
        await tokenOf(as, POTSDAM),
        `mutation ($input: RecordRecommendationApplicationInput!) { recordRecommendationApplication(input: $input) { id version } }`,
        { input: { recommendationId: 'empf-2024-1', municipalityArs: target === 'own' ? POTSDAM : '120520000000' } },
      ),

    'write.municipality.contact': async (as, target) => {
      const ars = target === 'own' ? POTSDAM : '120520000000';
      const { municipality } = await lookup(
        `query ($ars: ID!) { municipality(ars: $ars) { contacts { role version } } }`,
        {
          ars,
        },
      );
      const current = municipality.contacts.find((c: any) => c.role === 'IT_LEAD');
      return run(
        await tokenOf(as, POTSDAM),
        `mutation ($input: SaveMunicipalityContactInput!) { saveMunicipalityContact(input: $input) { id version } }`,
        {
          input: {
            municipalityArs: ars,
            role: 'IT_LEAD',
            email: `it-leitung-${next()}@kommune.example`,
            ...(current ? { version: current.version } : {}),
          },
        },
      );
    },

    'write.ozg.rollout': async (as, target) => {
      const own = '120605006000';
      return run(
        await tokenOf(as, own),
        `mutation ($input: RecordOzgRolloutInput!) { recordOzgRollout(input: $input) { status version } }`,
        {
          input: {
            municipalityArs: target === 'own' ? own : POTSDAM,
            ozgServiceId: unrolledOzgIds[next() % unrolledOzgIds.length],
            status: 'PLANNED',
          },
        },
      );
    },
    'write.external-body': async (as) =>
      run(
        await tokenOf(as, POTSDAM),
        `mutation ($input: RecordExternalBodyInput!) { recordExternalBody(input: $input) { id version } }`,
        {
          input: {
            id: `matrixtest-${next()}`,
            name: 'Matrixtest-Stelle außerhalb Brandenburgs',
            kind: 'OTHER',
            cooperationSubject: 'Berechtigungstest',
            cooperatingSince: dayInBerlin(hub.clock, -1),
          },
        },
      ),
  };

  describe('the access table', () => {
    it('has a probe for every rule and a rule for every probe', () => {
      expect(table.rows.map((row) => row.key).sort()).toEqual(Object.keys(probes).sort());
      expect(table.columns).toEqual([
        'anonymous',
        'kaz-editor',
        'ministry',
        'municipality',
        'security-team',
        'auditor',
      ]);
    });
  });

  const cells = table.rows.flatMap((row) =>
    table.columns.map((column) => [row.key, column, row.cells[column] as string] as const),
  );

  describe.each(table.rows.map((row) => [row.key, row] as const))('%s', (key) => {
    it.each(cells.filter(([rule]) => rule === key).map(([, column, cell]) => [column, cell] as const))(
      'as %s: %s',
      async (column, cell) => {
        const probe = probes[key];
        if (!probe) throw new Error(`no probe for ${key}`);
        const as = column as Column;
        if (cell === 'own') {
          expect(await probe(as, 'own'), 'own record').toBe('allowed');
          expect(['denied', 'hidden'], "someone else's record").toContain(await probe(as, 'other'));
        } else if (cell === 'yes') {
          expect(await probe(as, 'other')).toBe('allowed');
        } else {
          expect(cell).toBe('no');
          expect(['denied', 'hidden']).toContain(await probe(as, 'other'));
        }
      },
    );
  });

  // The paths table: each protected kind of record on every path that reaches it.

  /** Which cells of a path may stand under a cell of its rule: a path is never wider than its rule. */
  const NARROWER: Record<string, string[]> = {
    yes: ['yes'],
    no: ['no', 'hidden', 'redacted'],
    own: ['own', 'own+no', 'no', 'hidden', 'redacted'],
  };

  /** The types whose records have a rule that is not "yes" for everyone (incidents: the TLP table). */
  const PROTECTED = ['WorkOrder', 'Licence', 'LicenceAllocation', 'Certificate', 'SecurityConcept'];
  const PROTECTED_ALSO = [
    'ProcurementProcedure',
    'AuditEntry',
    'BudgetLine',
    'Milestone',
    'AffectedMunicipality',
    'MunicipalityContact',
  ];

  /** Asserts one probed answer against one cell (own/own+no already split into their parts). */
  function expectCell(cell: string, as: Column, { answer, key }: { answer: PathAnswer; key: string }) {
    const code = as === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
    if (cell === 'yes') {
      expect(answer.codes, 'no error').toEqual([]);
      expect(answer.keys, 'the record came back').toContain(key);
      return;
    }
    expect(answer.keys, 'nothing of the record came back').not.toContain(key);
    if (cell === 'no') {
      expect(answer.codes.length, 'an error on the path').toBeGreaterThan(0);
      for (const got of answer.codes) expect(got).toBe(code);
    } else {
      expect(answer.codes, 'no error: answered as if missing').toEqual([]);
      if (cell === 'redacted') expect(answer.listed, 'the entry is listed').toContain(key);
    }
  }

  describe('the paths table', () => {
    let probesOfPaths: Record<string, PathProbe>;
    beforeAll(async () => {
      probesOfPaths = await pathProbes(hub);
    });

    it('names a rule of the rules table for every path and is never wider than it', () => {
      expect(paths.columns).toEqual(table.columns);
      const order = ['no', 'own', 'yes'];
      for (const row of paths.rows) {
        // Query.deadlines needs a token: its lists are closed to anonymous callers whatever their rule.
        const needsToken = row.key.startsWith('Deadlines.');
        if (needsToken) expect(row.cells.anonymous, `${row.key} as anonymous`).toBe('no');
        // tlp: the incident's marking decides (the TLP table, test/tlp.test.ts); the probes check the cells.
        if (row.description === 'tlp') continue;
        // An audit entry's content is under two rules, the log's (read.audit) and its entity's: the narrower holds.
        const rules = row.description.split('+').map((key) => table.rows.find((r) => r.key === key.trim()));
        expect(rules.every(Boolean), `${row.key}: rule ${row.description}`).toBe(true);
        for (const column of paths.columns) {
          if (needsToken && column === 'anonymous') continue;
          const cell = order[Math.min(...rules.map((rule) => order.indexOf(rule?.cells[column] as string)))] as string;
          expect(NARROWER[cell], `${row.key} as ${column}`).toContain(row.cells[column]);
        }
      }
    });

    it('has a row for every field of the API schema that returns a protected record, and a probe for every row', async () => {
      const introspection = await hub.query<IntrospectionQuery>(getIntrospectionQuery());
      const schema = buildClientSchema(introspection.data as IntrospectionQuery);
      const writes = table.rows
        .filter((r) => r.key.startsWith('write.'))
        .flatMap((r) => r.description.match(/`(\w+)`/g));
      const missing: string[] = [];
      for (const type of Object.values(schema.getTypeMap())) {
        if (!isObjectType(type) || type.name.startsWith('__') || /(Connection|Edge)$/.test(type.name)) continue;
        for (const field of Object.values(type.getFields())) {
          const named = getNamedType(field.type);
          const nodes = isObjectType(named) ? named.getFields().nodes : undefined;
          const node = nodes ? getNamedType(nodes.type) : named;
          if (![...PROTECTED, ...PROTECTED_ALSO].includes(node.name)) continue;
          const path = `${type.name}.${field.name}`;
          if (
            type.name === 'Mutation' ? !writes.includes(`\`${field.name}\``) : !paths.rows.some((r) => r.key === path)
          )
            missing.push(path);
        }
      }
      expect(missing, 'fields without a row in the paths table').toEqual([]);
      for (const entity of [...PROTECTED.filter((t) => t !== 'LicenceAllocation'), 'ProcurementProcedure'])
        expect(paths.rows.map((r) => r.key)).toContain(`_entities(${entity})`);
      expect(paths.rows.map((r) => r.key).sort()).toEqual(Object.keys(probesOfPaths).sort());
    });

    const pathCells = paths.rows.flatMap((row) =>
      paths.columns.map((c) => [row.key, c, row.cells[c] as string] as const),
    );
    it.each(pathCells)('%s as %s: %s', async (path, column, cell) => {
      const probe = probesOfPaths[path];
      if (!probe) throw new Error(`no probe for ${path}`);
      const as = column as Column;
      if (cell === 'own' || cell === 'own+no') {
        expectCell('yes', as, await probe(as, 'own'));
        expectCell(cell === 'own' ? 'hidden' : 'no', as, await probe(as, 'other'));
      } else {
        expectCell(cell, as, await probe(as, 'other'));
      }
    });
  });

  // The token at the gateway, the same with either engine (docs/hive-gateway.md): a token that does
  // not verify is refused whole before any subgraph is asked; no token is an anonymous caller.
  describe('the token at the gateway', () => {
    const QUERY = '{ municipality(ags: "12054000") { name } certificates(first: 1) { totalCount } }';
    const kaz = tokenRequestOf('kaz-editor');
    const refused: [string, () => Promise<string>][] = [
      ['an expired token', async () => `Bearer ${await hub.issuer.expired(kaz)}`],
      ['a token signed by an unknown key', async () => `Bearer ${await hub.issuer.forged(kaz)}`],
      ['a token for another audience', async () => `Bearer ${await hub.issuer.wrongAudience(kaz)}`],
      ['a token of another issuer', async () => `Bearer ${await hub.issuer.wrongIssuer(kaz)}`],
      ['an unsigned token', async () => `Bearer ${hub.issuer.unsigned(kaz)}`],
      ['a token issued ten minutes from now', async () => `Bearer ${await hub.issuer.issuedInFuture(kaz, 600)}`],
      ['a header that is not a bearer token', async () => 'Basic a2F6Omtheg=='],
    ];
    it.each(refused)('refuses %s with HTTP 401 UNAUTHENTICATED before any subgraph runs', async (_label, header) => {
      const authorization = await header();
      hub.resetStatements();
      const answer = await hub.query(QUERY, {}, { authorization });
      expect(answer.status).toBe(401);
      expect(answer.data).toBeUndefined();
      expect(answer.errors).toEqual([{ message: expect.any(String), extensions: { code: 'UNAUTHENTICATED' } }]);
      expect(Object.values(hub.statements).flat(), 'no subgraph ran a statement').toEqual([]);
    });

    it('answers a caller without a token as anonymous: public data, UNAUTHENTICATED on the protected path', async () => {
      const answer = await hub.query(QUERY);
      expect(answer.status).toBe(200);
      expect(answer.data).toEqual({ municipality: { name: 'Potsdam, Stadt' }, certificates: null });
      expect(answer.errors).toEqual([
        expect.objectContaining({
          path: ['certificates'],
          extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }),
        }),
      ]);
    });

    it('forwards a valid token to the subgraphs, which answer by its rights, and returns the request id', async () => {
      const response = await fetch(hub.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${await hub.issuer.sign({ org: 'kaz', scopes: ['contracts:write'] })}`,
          'x-request-id': 'matrix-request-1',
        },
        body: JSON.stringify({ query: QUERY }),
      });
      const answer = (await response.json()) as { data?: any; errors?: unknown };
      expect(answer.errors).toBeUndefined();
      expect(answer.data.certificates.totalCount).toBeGreaterThan(0);
      expect(response.headers.get('x-request-id')).toBe('matrix-request-1');
    });
  });
});
