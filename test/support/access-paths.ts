// Over 250 lines: the probes of every row of the paths table in docs/access-control.md, one table, one file.
import { type Column, headersAs, PRINCIPALS } from '@kaz/subgraph-kit/testing';
import { makeFixtures } from './access-path-fixtures.ts';
import type { TestHub } from './hub.ts';

/**
 * What one path answered: the error codes on (or under) the probed path, the keys of the
 * protected records that came back there, and (audit entries only) the keys of the entries listed.
 */
export interface PathAnswer {
  codes: string[];
  keys: string[];
  listed?: string[];
}

/** A probe of one path: asks for `target`'s record as `as` and says which key counts as "it came back". */
export type PathProbe = (as: Column, target: 'own' | 'other') => Promise<{ answer: PathAnswer; key: string }>;

type Answer = { data?: any; errors?: { path?: (string | number)[]; extensions?: { code?: string } }[] };

const POTSDAM = '120540000000';

/** The codes of the errors whose path starts with `prefix` (a dotted path). */
function codesAt(result: Answer, prefix: string): string[] {
  return (result.errors ?? [])
    .filter((e) => (e.path ?? []).join('.').startsWith(prefix))
    .map((e) => e.extensions?.code ?? 'NONE');
}

/** Every `id` (or `ars`) value anywhere under `value`. */
function keysIn(value: unknown, field = 'id'): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => keysIn(item, field));
  if (!value || typeof value !== 'object') return [];
  const own = (value as Record<string, unknown>)[field];
  return [
    ...(typeof own === 'string' ? [own] : []),
    ...Object.values(value).flatMap((item) => (typeof item === 'object' ? keysIn(item, field) : [])),
  ];
}

/**
 * The probes of every row of the paths table in docs/access-control.md, on records found (or made)
 * in the hub by `setUp`. Keys are the table's `path` cells.
 */
export async function pathProbes(hub: TestHub): Promise<Record<string, PathProbe>> {
  const all: Record<string, string> = {
    authorization: `Bearer ${await hub.issuer.sign({
      org: 'kaz',
      scopes: ['projects:write', 'contracts:write', 'security:read', 'security:write', 'audit:read'],
    })}`,
  };
  const lookup = async (query: string, variables: Record<string, unknown> = {}, headers = all) => {
    const result = (await hub.query(query, variables, headers)) as Answer;
    if (result.errors) throw new Error(`set-up failed: ${JSON.stringify(result.errors)}`);
    return result.data;
  };
  const t = await makeFixtures(lookup, hub);

  /** The token of a column; a Kommune's token is for `ars`. */
  const headersOf = (as: Column, ars: string) => headersAs(hub.issuer, as, ars);
  const gateway = async (headers: Record<string, string>, query: string, variables: Record<string, unknown>) =>
    (await hub.query(query, variables, headers)) as Answer;
  const direct = async (subgraph: string, headers: Record<string, string>, query: string, variables: object) => {
    const response = await fetch(hub.subgraphs[subgraph]?.url as string, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as Answer;
  };

  /** A probe through the gateway: `query` with `$id`, the answer's keys under `at`. */
  const via =
    (
      kommune: string,
      query: string,
      at: string,
      pick: (t: 'own' | 'other') => { id: string; key: string },
      field = 'id',
    ) =>
    async (as: Column, target: 'own' | 'other') => {
      const { id, key } = pick(target);
      const result = await gateway(await headersOf(as, kommune), query, { id });
      return {
        answer: { codes: codesAt(result, at), keys: keysIn(result.data?.[at.split('.')[0] as string], field) },
        key,
      };
    };
  /** A probe of `_entities` straight at a subgraph. */
  const entity =
    (subgraph: string, typename: string, kommune: string, pick: (t: 'own' | 'other') => string, key = 'id') =>
    async (as: Column, target: 'own' | 'other') => {
      const id = pick(target);
      const result = await direct(
        subgraph,
        await headersOf(as, kommune),
        `query ($r: [_Any!]!) { _entities(representations: $r) { ... on ${typename} { ${key} } } }`,
        { r: [{ __typename: typename, [key]: id }] },
      );
      return { answer: { codes: codesAt(result, '_entities'), keys: keysIn(result.data?._entities, key) }, key: id };
    };
  /** A probe of an audit log: the entity's entries listed, and those whose content came back. */
  const audit = (log: string, entityType: string, id: string) => async (as: Column) => {
    const result = await gateway(
      await headersOf(as, POTSDAM),
      `query ($type: String!, $id: ID!) { ${log}(entityType: $type, entityId: $id) { nodes { entityId after } } }`,
      { type: entityType, id },
    );
    const nodes: { entityId: string; after: string | null }[] = result.data?.[log]?.nodes ?? [];
    const answer = {
      codes: codesAt(result, log),
      keys: nodes.filter((n) => n.after !== null).map((n) => n.entityId),
      listed: nodes.map((n) => n.entityId),
    };
    return { answer, key: id };
  };
  const stat = (query: string, at: string) => async (as: Column) => {
    const result = await gateway(await headersOf(as, POTSDAM), query, {});
    const value = at.split('.').reduce((v: any, step) => v?.[step] ?? null, result.data);
    return { answer: { codes: codesAt(result, at), keys: value != null ? ['*'] : [] }, key: '*' };
  };

  /** An internal field of a project: "came back" means the field is not null. */
  const internal = (field: string) => async (as: Column, target: 'own' | 'other') => {
    const name = field.split(' ')[0] as string;
    const id = t.projects[target];
    const result = await gateway(await headersOf(as, POTSDAM), `query ($id: ID!) { project(id: $id) { ${field} } }`, {
      id,
    });
    const keys = result.data?.project?.[name] != null ? [id] : [];
    return { answer: { codes: codesAt(result, `project.${name}`), keys }, key: id };
  };
  /**
   * A probe of one list of `Query.deadlines` (a year's window, the first 100): the record keys that
   * came back. `pick` names the Kommune whose token a municipality column uses and the record key
   * asked for, among the items the all-seeing token gets (so every key lies within any reader's 100).
   */
  const everyDeadline = await lookup(`{ deadlines(withinDays: 366) {
    certificates(first: 100) { recordKey } frameworkContracts(first: 100) { recordKey }
    ldaNotifications(first: 100) { recordKey } securityConceptReviews(first: 100) { recordKey }
    workOrders(first: 100) { recordKey } milestones(first: 100) { recordKey } } }`);
  const due = (list: string): string[] =>
    (everyDeadline.deadlines[list] as { recordKey: string }[]).map((item) => item.recordKey);
  const deadline =
    (list: string, pick: (as: Column, t2: 'own' | 'other') => { kommune: string; key: string }) =>
    async (as: Column, target: 'own' | 'other') => {
      const { kommune, key } = pick(as, target);
      const result = await gateway(
        await headersOf(as, kommune),
        `{ deadlines(withinDays: 366) { ${list}(first: 100) { recordKey } } }`,
        {},
      );
      return {
        answer: { codes: codesAt(result, 'deadlines'), keys: keysIn(result.data?.deadlines, 'recordKey') },
        key,
      };
    };
  const dueOf = <T>(list: string, records: T[], key: (record: T) => string, what: string) => {
    const keys = new Set(due(list));
    const found = records.filter((record) => keys.has(key(record)));
    if (found.length === 0) throw new Error(`no ${what} among the deadlines of the seed`);
    return found;
  };
  const {
    certificates: certs,
    securityConcepts: concepts,
    workOrders: orders,
    projects,
    incidents,
  } = await lookup(`{
    certificates(first: 500) { nodes { id holder { ars } } }
    securityConcepts(first: 500) { nodes { id municipality { ars } } }
    workOrders(first: 500) { nodes { id issuingMinistry { id } project { leadMinistry { id } } } }
    projects(first: 500) { nodes { id leadMinistry { id } } }
    incidents(first: 500) { nodes { id tlp affectedMunicipalities { ars } recipients } }
  }`);
  const dueCerts = dueOf('certificates', certs.nodes, (c: any) => c.id, 'certificate with a holder').filter(
    (c: any) => c.holder,
  );
  const certOwn = dueCerts[0];
  const certOther = dueCerts.find((c: any) => c.holder.ars !== certOwn.holder.ars);
  const dueConcepts = dueOf('securityConceptReviews', concepts.nodes, (c: any) => c.id, 'concept review');
  const conceptOwn = dueConcepts[0];
  const conceptOther = dueConcepts.find((c: any) => c.municipality.ars !== conceptOwn.municipality.ars);
  const dueOrders = dueOf('workOrders', orders.nodes, (w: any) => w.id, 'work order');
  const dueProjects = dueOf('milestones', projects.nodes, (p: any) => p.id, 'milestone');
  const dueIncidents = dueOf('ldaNotifications', incidents.nodes, (i: any) => i.id, 'LDA notification');
  const ministry = PRINCIPALS.ministry.org;
  const byMinistry = <T>(records: T[], lead: (record: T) => string | undefined) => ({
    own: records.find((r) => lead(r) === ministry),
    other: records.find((r) => lead(r) !== undefined && lead(r) !== ministry),
  });
  // A ministry's own work orders (rule read.workorder): issued by it, or of a project it leads now
  // (after a handover of the Federführung, the new lead ministry's).
  const ownOrder = (w: any) => w.issuingMinistry?.id === ministry || w.project?.leadMinistry?.id === ministry;
  const dueOrder = {
    own: dueOrders.find(ownOrder),
    other: dueOrders.find((w: any) => w.issuingMinistry && !ownOrder(w)),
  };
  const dueMilestone = byMinistry(dueProjects, (p: any) => p.leadMinistry?.id);
  // LDA notifications follow TLP: "own" is an incident whose marking shows it to the column (an AMBER
  // one to a Kommune it affects, a CLEAR or GREEN one to any partner), "other" an AMBER or stricter one
  // that neither affects nor names it.
  const amber = dueIncidents.find((i: any) => i.tlp === 'AMBER' && i.affectedMunicipalities.length > 0);
  const open = dueIncidents.find((i: any) => i.tlp === 'CLEAR' || i.tlp === 'GREEN');
  const kommuneOfAmber = amber?.affectedMunicipalities[0]?.ars;
  const red = dueIncidents.find(
    (i: any) =>
      !['CLEAR', 'GREEN'].includes(i.tlp) &&
      !i.affectedMunicipalities.some((m: any) => m.ars === kommuneOfAmber) &&
      !(i.recipients ?? []).some((r: string) => [kommuneOfAmber, 'kaz', 'mdjd', 'lda'].includes(r)),
  );
  for (const [name, value] of Object.entries({
    certOther,
    conceptOther,
    amber,
    open,
    red,
    ...dueOrder,
    milestone: dueMilestone.own,
    milestoneOther: dueMilestone.other,
  }))
    if (!value) throw new Error(`no ${name} among the deadlines of the seed`);

  const order = (t2: 'own' | 'other') => t.orders[t2];
  const planned = () => ({ id: t.planned.id, key: t.planned.id });
  const kl = t.licence.kommune;

  return {
    'Project.budget': internal('budget { year amountEur }'),
    'Project.budgetTotalEur': internal('budgetTotalEur'),
    'Project.milestones': internal('milestones { title }'),
    'Project.workOrders': via(
      POTSDAM,
      `query ($id: ID!) { project(id: $id) { workOrders { id } } }`,
      'project',
      (t2) => ({
        id: t.orders[t2].project,
        key: t.orders[t2].id,
      }),
    ),
    'ProjectStatistics.budgetByYearAndSource': stat(
      `{ projectStatistics { budgetByYearAndSource { year } } }`,
      'projectStatistics.budgetByYearAndSource',
    ),
    'Query.workOrder': via(POTSDAM, `query ($id: ID!) { workOrder(id: $id) { id } }`, 'workOrder', (t2) => ({
      id: order(t2).id,
      key: order(t2).id,
    })),
    'Query.workOrders': via(POTSDAM, `query { workOrders(first: 500) { nodes { id } } }`, 'workOrders', (t2) => ({
      id: '',
      key: order(t2).id,
    })),
    'Organisation.issuedWorkOrders': via(
      POTSDAM,
      `query ($id: ID!) { organisation(id: $id) { issuedWorkOrders { id } } }`,
      'organisation',
      (t2) => ({ id: order(t2).ministry, key: order(t2).id }),
    ),
    'Decision.workOrders': via(
      POTSDAM,
      `query ($id: ID!) { decision(id: $id) { workOrders { id } } }`,
      'decision',
      (t2) => ({ id: t.decisionOrders[t2].decision, key: t.decisionOrders[t2].id }),
    ),
    '_entities(WorkOrder)': entity('projects', 'WorkOrder', POTSDAM, (t2) => order(t2).id),
    'Query.procurementProcedure': via(
      POTSDAM,
      `query ($id: ID!) { procurementProcedure(id: $id) { id } }`,
      'procurementProcedure',
      planned,
    ),
    'Query.procurementProcedures': via(
      POTSDAM,
      `query { procurementProcedures(first: 500) { nodes { id } } }`,
      'procurementProcedures',
      planned,
    ),
    'Project.procurements': via(
      POTSDAM,
      `query ($id: ID!) { project(id: $id) { procurements { id } } }`,
      'project',
      () => ({ id: t.planned.project, key: t.planned.id }),
    ),
    'Municipality.procurementProcedures': via(
      POTSDAM,
      `query ($id: ID!) { municipality(ars: $id) { procurementProcedures { id } } }`,
      'municipality',
      () => ({ id: POTSDAM, key: t.planned.id }),
    ),
    'FrameworkContract.callOffs': via(
      POTSDAM,
      `query ($id: ID!) { frameworkContract(id: $id) { callOffs { id } } }`,
      'frameworkContract',
      () => ({ id: t.planned.contract, key: t.planned.callOff }),
    ),
    '_entities(ProcurementProcedure)': entity('contracts', 'ProcurementProcedure', POTSDAM, () => t.planned.id),
    'FrameworkContract.procurement': via(
      POTSDAM,
      `query ($id: ID!) { frameworkContract(id: $id) { procurement { id } } }`,
      'frameworkContract',
      () => t.awarded,
    ),
    'Query.licence': via(kl, `query ($id: ID!) { licence(id: $id) { id } }`, 'licence', (t2) => ({
      id: t.licence[t2],
      key: t.licence[t2],
    })),
    'Query.licences': via(kl, `query { licences(first: 500) { nodes { id } } }`, 'licences', (t2) => ({
      id: '',
      key: t.licence[t2],
    })),
    'Municipality.licences': via(
      kl,
      `query ($id: ID!) { municipality(ars: $id) { licences(first: 500) { nodes { id } } } }`,
      'municipality',
      (t2) => ({ id: t2 === 'own' ? kl : t.licence.otherKommune, key: t.licence[t2] }),
    ),
    'FrameworkContract.licences': via(
      kl,
      `query ($id: ID!) { frameworkContract(id: $id) { licences { id } } }`,
      'frameworkContract',
      (t2) => ({ id: t.licence.contract[t2], key: t.licence[t2] }),
    ),
    'LicenceAllocation.licence': via(
      kl,
      `query ($id: ID!) { licence(id: $id) { allocations { licence { id } } } }`,
      'licence',
      (t2) => ({ id: t.licence[t2], key: t.licence[t2] }),
    ),
    'Licence.allocations': via(
      kl,
      `query ($id: ID!) { licence(id: $id) { allocations { municipality { ars } } } }`,
      'licence',
      (t2) => ({ id: t.licence.own, key: t2 === 'own' ? kl : t.licence.sharer }),
      'ars',
    ),
    '_entities(Licence)': entity('contracts', 'Licence', kl, (t2) => t.licence[t2]),
    'Query.licenceStatistics': stat(`{ licenceStatistics { __typename } }`, 'licenceStatistics'),
    'Query.licenceTotals': stat(`{ licenceTotals { __typename } }`, 'licenceTotals'),
    'Advisory.affectedMunicipalities': via(
      t.exposure.kommune,
      `query ($id: ID!) { advisory(id: $id) { affectedMunicipalities { municipality { ars } } } }`,
      'advisory',
      (t2) => ({ id: t.exposure.advisory, key: t2 === 'own' ? t.exposure.kommune : t.exposure.other }),
      'ars',
    ),
    'Query.certificate': via(
      t.certificate.kommune,
      `query ($id: ID!) { certificate(id: $id) { id } }`,
      'certificate',
      (t2) => ({ id: t.certificate[t2], key: t.certificate[t2] }),
    ),
    'Query.certificates': via(
      t.certificate.kommune,
      `query { certificates(first: 500) { nodes { id } } }`,
      'certificates',
      (t2) => ({ id: '', key: t.certificate[t2] }),
    ),
    'Municipality.certificates': via(
      t.certificate.kommune,
      `query ($id: ID!) { municipality(ars: $id) { certificates(first: 500) { nodes { id } } } }`,
      'municipality',
      (t2) => ({ id: t2 === 'own' ? t.certificate.kommune : t.certificate.otherHolder, key: t.certificate[t2] }),
    ),
    'Municipality.contacts': via(
      POTSDAM,
      `query ($id: ID!) { municipality(ars: $id) { contacts { id } } }`,
      'municipality',
      (t2) => {
        // Potsdam and Cottbus both have a sample ISB contact (organisations seed).
        const ars = t2 === 'own' ? POTSDAM : '120520000000';
        return { id: ars, key: `${ars}/ISB` };
      },
    ),
    '_entities(Certificate)': entity('contracts', 'Certificate', t.certificate.kommune, (t2) => t.certificate[t2]),
    'Query.securityConcept': via(
      t.concept.kommune,
      `query ($id: ID!) { securityConcept(id: $id) { id } }`,
      'securityConcept',
      (t2) => ({ id: t.concept[t2], key: t.concept[t2] }),
    ),
    'Query.securityConcepts': via(
      t.concept.kommune,
      `query { securityConcepts(first: 500) { nodes { id } } }`,
      'securityConcepts',
      (t2) => ({ id: '', key: t.concept[t2] }),
    ),
    'SecurityPosture.concept': via(
      t.concept.kommune,
      `query ($id: ID!) { municipality(ars: $id) { securityPosture { concept { id } } } }`,
      'municipality',
      (t2) => ({ id: t.concept[t2].slice(4), key: t.concept[t2] }),
    ),
    '_entities(SecurityConcept)': entity('security', 'SecurityConcept', t.concept.kommune, (t2) => t.concept[t2]),
    'Deadlines.certificates': deadline('certificates', (_as, t2) => ({
      kommune: certOwn.holder.ars,
      key: (t2 === 'own' ? certOwn : certOther).id,
    })),
    'Deadlines.frameworkContracts': deadline('frameworkContracts', () => ({
      kommune: POTSDAM,
      key: due('frameworkContracts')[0] as string,
    })),
    'Deadlines.ldaNotifications': deadline('ldaNotifications', (as, t2) => ({
      kommune: amber.affectedMunicipalities[0].ars,
      key: (t2 === 'other' ? red : as === 'municipality' ? amber : open).id,
    })),
    'Deadlines.securityConceptReviews': deadline('securityConceptReviews', (_as, t2) => ({
      kommune: conceptOwn.municipality.ars,
      key: (t2 === 'own' ? conceptOwn : conceptOther).id,
    })),
    'Deadlines.workOrders': deadline('workOrders', (_as, t2) => ({ kommune: POTSDAM, key: dueOrder[t2].id })),
    'Deadlines.milestones': deadline('milestones', (_as, t2) => ({ kommune: POTSDAM, key: dueMilestone[t2].id })),
    'Query.projectsAuditLog': audit('projectsAuditLog', 'Project', t.audit.project),
    'Query.contractsAuditLog': audit('contractsAuditLog', 'ProcurementProcedure', t.audit.contract),
    'Query.securityAuditLog': audit('securityAuditLog', 'SecurityIncident', t.audit.incident),
    'Query.organisationsAuditLog': audit('organisationsAuditLog', 'Decision', t.audit.decision),
    'AuditEntry.after(WorkOrder)': audit('projectsAuditLog', 'WorkOrder', t.audit.workOrder),
    'AuditEntry.after(Licence)': audit('contractsAuditLog', 'Licence', t.audit.licence),
    'AuditEntry.after(Certificate)': audit('contractsAuditLog', 'Certificate', t.audit.certificate),
    'AuditEntry.after(SecurityConcept)': audit('securityAuditLog', 'SecurityConcept', t.audit.concept),
    'AuditEntry.after(ProcurementProcedure)': audit('contractsAuditLog', 'ProcurementProcedure', t.planned.id),
  };
}
