import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from './support/hub.ts';

// Every reference between two partners' subgraphs, followed in both directions through the gateway:
// what one side says must be what the other side says.

let hub: TestHub;

beforeAll(async () => {
  hub = await startTestHub();
});

afterAll(async () => {
  await hub?.stop();
});

// As the Kaz's dashboard, which may read every slice (licences, concepts and work orders included).
async function data(query: string, variables?: Record<string, unknown>) {
  const result = await hub.query(query, variables, await hub.readerHeaders());
  expect(result.errors).toBeUndefined();
  return result.data as Record<string, any>;
}

const arsOf = (list: { ars: string }[]) => list.map((m) => m.ars);
const idsOf = (list: { id: string }[]) => list.map((m) => m.id);

describe('projects ↔ municipalities and organisations', () => {
  it('Project.municipalities and Municipality.projects agree', async () => {
    const { project } = await data(`{ project(id: "KAZ-2022-03") { id municipalities { ars name } } }`);
    expect(project.municipalities.length).toBeGreaterThan(0);
    for (const m of project.municipalities) expect(m.name).toEqual(expect.any(String));
    const { municipalities } = await data(
      `{ municipalities(first: 500) { nodes { ars projects(first: 100) { nodes { id } } } } }`,
    );
    const participants = municipalities.nodes
      .filter((m: any) => idsOf(m.projects.nodes).includes('KAZ-2022-03'))
      .map((m: any) => m.ars);
    expect(participants.sort()).toEqual(arsOf(project.municipalities).sort());
  });

  it('Project.leadMinistry and Organisation.ledProjects agree', async () => {
    const { projects } = await data(`{ projects(first: 100) { nodes { id leadMinistry { id name } } } }`);
    const led = projects.nodes.filter((p: any) => p.leadMinistry);
    expect(led.length).toBeGreaterThan(0);
    const ministry = led[0].leadMinistry;
    expect(ministry.name).toEqual(expect.any(String));
    const { organisation } = await data(
      `query ($id: ID!) { organisation(id: $id) { ledProjects(first: 100) { totalCount nodes { id } } } }`,
      { id: ministry.id },
    );
    const expected = led.filter((p: any) => p.leadMinistry.id === ministry.id).map((p: any) => p.id);
    expect(idsOf(organisation.ledProjects.nodes).sort()).toEqual(expected.sort());
    expect(organisation.ledProjects.totalCount).toBe(expected.length);
  });

  it('Project.coordinator is the Kaz, part of ZIT-BB', async () => {
    const { project } = await data(`{ project(id: "KAZ-2021-01") { coordinator { id shortName parent { id } } } }`);
    expect(project.coordinator).toEqual({ id: 'kaz', shortName: 'KAZ', parent: { id: 'zit_bb' } });
  });

  it('Municipality.reusedProjects and Project.resultTransfers agree', async () => {
    const { projects } = await data(
      `{ projects(first: 100) { nodes { id resultTransfers { municipality { ars name } } } } }`,
    );
    const transfer = projects.nodes.find((p: any) => p.resultTransfers.length > 0);
    const target = transfer.resultTransfers[0].municipality;
    expect(target.name).toEqual(expect.any(String));
    const { municipality } = await data(`query ($ars: ID!) { municipality(ars: $ars) { reusedProjects { id } } }`, {
      ars: target.ars,
    });
    expect(idsOf(municipality.reusedProjects)).toContain(transfer.id);
  });
});

describe('organisations → work orders → projects', () => {
  it('a committee decision lists its work orders, and each names the decision and its resulting project', async () => {
    const { workOrders } = await data(`{ workOrders(first: 100) { nodes { id issuedBy { id } project { id } } } }`);
    const order = workOrders.nodes.find((w: any) => w.issuedBy && w.project);
    const { decision } = await data(
      `query ($id: ID!) { decision(id: $id) { reference committee { id name } workOrders { id issuedBy { reference } project { id title phase } } } }`,
      { id: order.issuedBy.id },
    );
    expect(decision.committee.name).toEqual(expect.any(String));
    const fromDecision = decision.workOrders.find((w: any) => w.id === order.id);
    expect(fromDecision.issuedBy.reference).toBe(decision.reference);
    expect(fromDecision.project.id).toBe(order.project.id);
    expect(fromDecision.project.title).toEqual(expect.any(String));
  });

  it('a ministry lists the work orders it issued', async () => {
    const { workOrders } = await data(`{ workOrders(first: 100) { nodes { id issuingMinistry { id } } } }`);
    const order = workOrders.nodes.find((w: any) => w.issuingMinistry);
    const { organisation } = await data(`query ($id: ID!) { organisation(id: $id) { issuedWorkOrders { id } } }`, {
      id: order.issuingMinistry.id,
    });
    expect(idsOf(organisation.issuedWorkOrders)).toContain(order.id);
  });
});

describe('contracts ↔ municipalities and projects', () => {
  it('Licence allocations and Municipality.licences agree', async () => {
    const { licences } = await data(
      `{ licences(first: 100) { nodes { id allocations { municipality { ars name } } } } }`,
    );
    const licence = licences.nodes.find((l: any) => l.allocations.length > 0);
    for (const allocation of licence.allocations) {
      const { municipality } = await data(
        `query ($ars: ID!) { municipality(ars: $ars) { licences(first: 100) { nodes { id } } } }`,
        {
          ars: allocation.municipality.ars,
        },
      );
      expect(idsOf(municipality.licences.nodes)).toContain(licence.id);
    }
  });

  it('FrameworkContract.eligibleMunicipalities and Municipality.contracts agree', async () => {
    const { frameworkContracts } = await data(
      `{ frameworkContracts(first: 100) { nodes { id eligibleMunicipalities { ars name } } } }`,
    );
    const contract = frameworkContracts.nodes.find((c: any) => c.eligibleMunicipalities.length > 0);
    const eligible = contract.eligibleMunicipalities[0];
    expect(eligible.name).toEqual(expect.any(String));
    const { municipality } = await data(
      `query ($ars: ID!) { municipality(ars: $ars) { contracts(first: 100) { nodes { id } } } }`,
      {
        ars: eligible.ars,
      },
    );
    expect(idsOf(municipality.contracts.nodes)).toContain(contract.id);
  });

  it('ProcurementProcedure.project and Project.procurements agree', async () => {
    const { procurementProcedures } = await data(
      `{ procurementProcedures(first: 100) { nodes { id project { id title } participatingMunicipalities { name } } } }`,
    );
    const procedure = procurementProcedures.nodes.find((p: any) => p.project);
    expect(procedure.project.title).toEqual(expect.any(String));
    expect(procedure.participatingMunicipalities.length).toBeGreaterThan(0);
    const { project } = await data(`query ($id: ID!) { project(id: $id) { procurements { id } } }`, {
      id: procedure.project.id,
    });
    expect(idsOf(project.procurements)).toContain(procedure.id);
  });

  it('Certificate.holder and Municipality.certificates agree', async () => {
    const { certificates } = await data(`{ certificates(first: 100) { nodes { id holder { ars name } } } }`);
    const certificate = certificates.nodes.find((c: any) => c.holder);
    const { municipality } = await data(
      `query ($ars: ID!) { municipality(ars: $ars) { certificates(first: 100) { nodes { id } } } }`,
      {
        ars: certificate.holder.ars,
      },
    );
    expect(idsOf(municipality.certificates.nodes)).toContain(certificate.id);
  });
});

describe('security ↔ municipalities and organisations', () => {
  it('SecurityIncident.affectedMunicipalities and Municipality.incidents agree', async () => {
    const { incidents } = await data(
      `{ incidents(first: 100) { nodes { id tlp affectedMunicipalities { ars name } } } }`,
    );
    expect(incidents.nodes.length).toBeGreaterThan(0);
    const incident = incidents.nodes[0];
    const affected = incident.affectedMunicipalities[0];
    expect(affected.name).toEqual(expect.any(String));
    const { municipality } = await data(
      `query ($ars: ID!) { municipality(ars: $ars) { incidents(first: 100) { nodes { id } } } }`,
      {
        ars: affected.ars,
      },
    );
    expect(idsOf(municipality.incidents.nodes)).toContain(incident.id);
  });

  it('SecurityIncident.reporter and Organisation.reportedIncidents agree', async () => {
    const { incidents } = await data(`{ incidents(first: 100) { nodes { id reporter { id name } } } }`);
    const incident = incidents.nodes.find((i: any) => i.reporter);
    expect(incident.reporter.name).toEqual(expect.any(String));
    const { organisation } = await data(
      `query ($id: ID!) { organisation(id: $id) { reportedIncidents(first: 100) { nodes { id } } } }`,
      { id: incident.reporter.id },
    );
    expect(idsOf(organisation.reportedIncidents.nodes)).toContain(incident.id);
  });

  it('SecurityConcept.municipality and Municipality.securityPosture agree', async () => {
    const { securityConcepts } = await data(
      `{ securityConcepts(first: 5) { nodes { id status municipality { ars name } } } }`,
    );
    const concept = securityConcepts.nodes[0];
    expect(concept.municipality.name).toEqual(expect.any(String));
    const { municipality } = await data(
      `query ($ars: ID!) { municipality(ars: $ars) { securityPosture { concept { id status } } } }`,
      { ars: concept.municipality.ars },
    );
    expect(municipality.securityPosture.concept).toEqual({ id: concept.id, status: concept.status });
  });
});

describe('organisations ↔ municipalities', () => {
  it('DikomMembership.municipality and Municipality.dikomMembership agree', async () => {
    const { dikomMembers } = await data(
      `{ dikomMembers(first: 5) { totalCount nodes { memberSince municipality { ars name } } } }`,
    );
    expect(dikomMembers.totalCount).toBeGreaterThan(0);
    const member = dikomMembers.nodes[0];
    expect(member.municipality.name).toEqual(expect.any(String));
    const { municipality } = await data(
      `query ($ars: ID!) { municipality(ars: $ars) { dikomMembership { memberSince } } }`,
      {
        ars: member.municipality.ars,
      },
    );
    expect(municipality.dikomMembership.memberSince).toBe(member.memberSince);
  });
});

describe('projects ↔ OZG services', () => {
  it('OzgService.projects and Project.ozgServices agree', async () => {
    const { project } = await data(`{ project(id: "KAZ-2023-05") { ozgServices { id } } }`);
    const service = project.ozgServices[0];
    const { ozgService } = await data(
      `query ($id: ID!) { ozgService(id: $id) { projects(first: 100) { nodes { id } } } }`,
      {
        id: service.id,
      },
    );
    expect(idsOf(ozgService.projects.nodes)).toContain('KAZ-2023-05');
  });
});
