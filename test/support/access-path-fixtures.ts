import { systemClock } from '@kaz/subgraph-kit';
import { dayInBerlin, headersAs, POTSDAM } from '@kaz/subgraph-kit/testing';
import type { TestHub } from './hub.ts';

type Lookup = (query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) => Promise<any>;

/** The input of `createProject` for a planned OZG project led by the MdJD in Potsdam, starting today. */
export function newProjectInput(id: string, title: string, summary: string) {
  return {
    id,
    title,
    summary,
    kind: 'OZG_IMPLEMENTATION',
    phase: 'PLANNED',
    leadMinistryId: 'mdjd',
    startDate: dayInBerlin(systemClock),
    endDate: null,
    municipalityArs: [POTSDAM],
    ozgServiceIds: ['10000'],
  };
}

/** The first item matching `test`; throws naming `what` when the seed has none. */
function first<T>(items: T[], test: (item: T) => boolean, what: string): T {
  const found = items.find(test);
  if (!found) throw new Error(`the seed has no ${what}`);
  return found;
}

/**
 * The records the path probes ask for: for each protected kind one that is the probing principal's
 * own and one that is someone else's, found in the seed (as a reader who sees everything) or made
 * through the gateway, so that every audit log holds an entry of each kind.
 */
export async function makeFixtures(lookup: Lookup, hub: TestHub) {
  const kaz = await headersAs(hub.issuer, 'kaz-editor');
  const ministry = await headersAs(hub.issuer, 'ministry');

  const { projects, workOrders } = await lookup(`{ projects(first: 500) { nodes { id leadMinistry { id } } }
    workOrders(first: 500) { nodes { id issuingMinistry { id } issuedBy { id } project { id leadMinistry { id } } } } }`);
  const mine = (w: any) => w.issuingMinistry?.id === 'mdjd' || w.project?.leadMinistry?.id === 'mdjd';
  const toOrder = (w: any) => ({
    id: w.id,
    project: w.project?.id,
    ministry: w.issuingMinistry?.id,
    decision: w.issuedBy?.id,
  });
  const ownOrder = first(
    workOrders.nodes,
    (w: any) => w.project?.leadMinistry?.id === 'mdjd' && w.issuingMinistry,
    'own work order',
  );
  const otherOrder = first(
    workOrders.nodes,
    (w: any) => !mine(w) && w.project && w.issuingMinistry,
    'foreign work order',
  );

  const { licences } = await lookup(
    `{ licences(first: 500) { nodes { id contract { id } allocations { municipality { ars } } } } }`,
  );
  const arsOf = (l: any): string[] => l.allocations.map((a: any) => a.municipality.ars);
  const shared = first(
    licences.nodes,
    (l: any) => l.contract && arsOf(l).length >= 2,
    'shared licence under a contract',
  );
  const [kommune, sharer] = arsOf(shared) as [string, string];
  const otherLicence = first(
    licences.nodes,
    (l: any) => l.contract && arsOf(l).length > 0 && !arsOf(l).includes(kommune),
    'licence of other Kommunen under a contract',
  );

  // The Kommunen that run a product of an advisory (Advisory.affectedMunicipalities): one probes, another is not its own.
  const { advisory } = await lookup(
    `{ advisory(id: "CERT-BB-ADV-2026-0042") { id affectedMunicipalities { municipality { ars } } } }`,
  );
  const [exposed, exposedOther] = advisory.affectedMunicipalities.map((k: any) => k.municipality.ars) as string[];
  if (!exposed || !exposedOther) throw new Error('the seed has no advisory run by two Kommunen');

  const { certificates, securityConcepts, frameworkContracts } = await lookup(`{
    certificates(first: 500) { nodes { id holder { ars } } }
    securityConcepts(first: 500) { nodes { id municipality { ars } } }
    frameworkContracts(first: 500) { nodes { id procurement { id } } } }`);
  const ownCertificate = first(certificates.nodes, (c: any) => c.holder, 'certificate with a holder');
  const otherCertificate = first(
    certificates.nodes,
    (c: any) => c.holder && c.holder.ars !== ownCertificate.holder.ars,
    'certificate of another holder',
  );
  const [ownConcept, otherConcept] = securityConcepts.nodes;
  const awarded = first(frameworkContracts.nodes, (c: any) => c.procurement, 'contract from a procedure');

  // Made here, so that each audit log has an entry of every kind whatever ran before.
  const create = (mutation: string, input: Record<string, unknown>, headers: Record<string, string>) =>
    lookup(
      `mutation ($input: ${mutation[0]?.toUpperCase()}${mutation.slice(1)}Input!) { ${mutation}(input: $input) { id } }`,
      { input },
      headers,
    ).then((data) => data[mutation].id as string);
  const procedure = (id: string, extra: Record<string, unknown>) =>
    create(
      'createProcurementProcedure',
      {
        id,
        title: 'Pfadtest: geplante Beschaffung',
        procedureType: 'OPEN_PROCEDURE',
        status: 'PLANNED',
        estimatedValueEur: 250_000,
        participatingMunicipalityArs: [POTSDAM],
        ...extra,
      },
      kaz,
    );
  const planned = await procedure('VG-2032-001', { projectId: ownOrder.project.id });
  const callOff = await procedure('VG-2032-002', {
    procedureType: 'FRAMEWORK_CALL_OFF',
    callOffContractId: awarded.id,
  });
  const workOrder = await create(
    'issueWorkOrder',
    { title: 'Pfadtest-Arbeitsauftrag', dueDate: dayInBerlin(hub.clock, 30), decisionId: null, projectId: null },
    ministry,
  );
  const licence = await create(
    'createLicence',
    {
      id: 'LIZ-8801',
      product: 'Pfadtest-Lizenz',
      vendor: 'Beispiel GmbH',
      seats: 3,
      validFrom: dayInBerlin(hub.clock, 0),
      validTo: dayInBerlin(hub.clock, 365),
      annualCostEur: 10,
    },
    kaz,
  );
  const certificate = await create(
    'createCertificate',
    {
      id: 'CERT-8801',
      commonName: 'pfad.potsdam.de',
      kind: 'TLS_SERVER',
      issuer: 'D-Trust',
      holderArs: POTSDAM,
      serialNumber: '0A:88:01',
      validFrom: dayInBerlin(hub.clock, 0),
      validTo: dayInBerlin(hub.clock, 365),
    },
    kaz,
  );
  const published = await create(
    'createProcurementProcedure',
    {
      id: 'VG-2032-003',
      title: 'Pfadtest: veröffentlicht',
      procedureType: 'OPEN_PROCEDURE',
      status: 'PUBLISHED',
      publishedOn: dayInBerlin(hub.clock, 0),
      estimatedValueEur: 1,
      participatingMunicipalityArs: [POTSDAM],
    },
    kaz,
  );
  const { municipalities } = await lookup(`{ municipalities(filter: { kinds: [AMTSFREIE_GEMEINDE] }, first: 500) {
    nodes { ars securityPosture { concept { id } } } } }`);
  const without = first(municipalities.nodes, (m: any) => !m.securityPosture.concept, 'Kommune without a concept');
  const concept = await create(
    'saveSecurityConcept',
    { municipalityArs: without.ars, basis: 'ISIS12', status: 'DRAFT' },
    await headersAs(hub.issuer, 'municipality', without.ars),
  );
  const incident = await create(
    'reportIncident',
    {
      title: 'Pfadtest: öffentlicher Hinweis',
      category: 'PHISHING',
      severity: 'LOW',
      tlp: 'CLEAR',
      detectedAt: new Date(Date.now() - 3_600_000).toISOString(),
      affectedMunicipalityArs: [POTSDAM],
      personalDataInvolved: false,
    },
    await headersAs(hub.issuer, 'security-team'),
  );
  const decision = await create(
    'recordDecision',
    {
      committeeId: 'it-rat',
      reference: 'Pfadtest 1',
      decidedOn: dayInBerlin(hub.clock, -1),
      title: 'Pfadtest-Beschluss',
      text: 'Zur Kenntnis.',
    },
    ministry,
  );
  const project = await create(
    'createProject',
    newProjectInput('KAZ-2032-01', 'Pfadtest-Projekt', 'Angelegt vom Pfadtest.'),
    kaz,
  );

  return {
    projects: {
      own: ownOrder.project.id as string,
      other: first(projects.nodes, (p: any) => p.leadMinistry && p.leadMinistry.id !== 'mdjd', 'foreign project')
        .id as string,
    },
    orders: { own: toOrder(ownOrder), other: toOrder(otherOrder) },
    decisionOrders: {
      own: toOrder(first(workOrders.nodes, (w: any) => mine(w) && w.issuedBy, 'own work order from a decision')),
      other: toOrder(first(workOrders.nodes, (w: any) => !mine(w) && w.issuedBy, 'foreign work order from a decision')),
    },
    planned: { id: planned, project: ownOrder.project.id as string, contract: awarded.id as string, callOff },
    awarded: { id: awarded.id as string, key: awarded.procurement.id as string },
    licence: {
      kommune,
      sharer,
      own: shared.id as string,
      other: otherLicence.id as string,
      otherKommune: arsOf(otherLicence)[0] as string,
      contract: { own: shared.contract.id as string, other: otherLicence.contract.id as string },
    },
    exposure: { advisory: advisory.id as string, kommune: exposed, other: exposedOther },
    certificate: {
      kommune: ownCertificate.holder.ars as string,
      own: ownCertificate.id as string,
      other: otherCertificate.id as string,
      otherHolder: otherCertificate.holder.ars as string,
    },
    concept: {
      kommune: ownConcept.municipality.ars as string,
      own: ownConcept.id as string,
      other: otherConcept.id as string,
    },
    audit: { project, contract: published, incident, decision, workOrder, licence, certificate, concept },
  };
}
