import { readdirSync, readFileSync } from 'node:fs';
import { headersAs, POTSDAM } from '@kaz/subgraph-kit/testing';
import { buildSchema, getNamedType, isObjectType, Kind, parse, TypeInfo, visit, visitWithTypeInfo } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleProjects } from '../subgraphs/projects/seed/sample-projects.ts';
import { ENGINES, startTestHub, type TestHub } from './support/hub.ts';

// An analyst opens GraphiQL at the gateway and runs the example operations it offers (the same files
// the README shows, in schema/operations). Their variables have default values in the documents.

const operationsDir = new URL('../schema/operations/', import.meta.url);
const operations = readdirSync(operationsDir)
  .filter((file) => file.endsWith('.graphql'))
  .sort()
  .map((file) => ({ name: file.replace(/\.graphql$/, ''), query: readFileSync(new URL(file, operationsDir), 'utf8') }));

describe.each(ENGINES)('through %s', (_name, engine) => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await startTestHub({ engine });
  });

  afterAll(async () => {
    await hub?.stop();
  });

  describe('GraphiQL at the gateway', () => {
    it('is one self-contained page that loads nothing from another host', async () => {
      const response = await fetch(hub.url, { headers: { accept: 'text/html' } });
      expect(response.status).toBe(200);
      const html = await response.text();
      expect(html).toContain('GraphiQL');
      const external = [...html.matchAll(/<(?:script|link|img)\b[^>]*(?:src|href)\s*=\s*["']?(https?:)?\/\//gi)];
      expect(external.map((match) => match[0])).toEqual([]);
    });

    it('preloads every example operation as a tab', async () => {
      const html = await (await fetch(hub.url, { headers: { accept: 'text/html' } })).text();
      for (const { query } of operations) {
        const name = /query (\w+)/.exec(query)?.[1];
        expect(name, 'every example operation is named').toBeDefined();
        expect(html).toContain(`query ${name}`);
      }
      // The tabs are the files as they are, so they select isSample as the files do (next test).
      expect(html.match(/isSample/g)?.length).toBeGreaterThanOrEqual(
        operations.reduce((count, { query }) => count + (query.match(/isSample/g)?.length ?? 0), 0),
      );
    });
  });

  describe('sample records in the example operations', () => {
    const schema = buildSchema(readFileSync(new URL('../schema/api.graphql', import.meta.url), 'utf8'));

    /** Each selection of a record type that has `isSample` without selecting it, as "operation: Type at field". */
    function unmarked(name: string, query: string): string[] {
      const missing: string[] = [];
      const typeInfo = new TypeInfo(schema);
      visit(
        parse(query),
        visitWithTypeInfo(typeInfo, {
          Field(field) {
            const type = getNamedType(typeInfo.getType());
            if (!field.selectionSet || !isObjectType(type)) return;
            const selected = new Set(
              field.selectionSet.selections.flatMap((selection) =>
                selection.kind === Kind.FIELD ? [selection.name.value] : [],
              ),
            );
            if (type.getFields().isSample && !selected.has('isSample'))
              missing.push(`${name}: ${type.name} at ${field.name.value}`);
            // A Kommune's CERT network link is a record of its own, shown as a flag of its security posture.
            if (selected.has('certNetworkMember') && !selected.has('certNetworkMembershipIsSample')) {
              missing.push(`${name}: ${type.name} at ${field.name.value} (certNetworkMembershipIsSample)`);
            }
          },
        }),
      );
      return missing;
    }

    it('select isSample on every record that can be sample data, so that a reader sees which are', () => {
      expect(operations.flatMap(({ name, query }) => unmarked(name, query))).toEqual([]);
      expect(unmarked('constructed', '{ incidents(first: 1) { nodes { id title } } }')).toEqual([
        'constructed: SecurityIncident at nodes',
      ]);
    });
  });

  describe('the example operations', () => {
    it('are at least six', () => {
      expect(operations.length).toBeGreaterThanOrEqual(6);
    });

    it.each(operations.map((operation) => [operation.name, operation] as const))(
      '%s runs through the gateway without errors and returns data for the Kaz dashboard',
      async (_name, { query }) => {
        const result = await hub.query(query, {}, await hub.readerHeaders());
        expect(result.errors).toBeUndefined();
        const root = Object.values(result.data ?? {})[0];
        expect(root).not.toBeNull();
      },
    );

    it.each(operations.map((operation) => [operation.name, operation] as const))(
      '%s without a token: public parts answered, protected parts refused on their path',
      async (_name, { query }) => {
        const result = await hub.query(query);
        expect(result.status).toBe(200);
        for (const error of result.errors ?? []) {
          expect(error.extensions?.code).toBe('UNAUTHENTICATED');
          expect(error.path?.length).toBeGreaterThan(0);
        }
        expect(result.data).toBeTruthy();
      },
    );

    it('list every Gemeinde of the Uckermark by its form: Schwedt/Oder amtsfrei, Pinnow mitverwaltet by it (04)', async () => {
      const overview = operations.find((operation) => operation.name === '04-landkreis-overview');
      if (!overview) throw new Error('example operation 04 is missing');
      const result = await hub.query(overview.query, {}, await hub.readerHeaders());
      expect(result.errors).toBeUndefined();
      const page = result.data?.municipalities;
      expect(page.totalCount).toBe(30);
      expect(page.nodes).toHaveLength(30);
      const byName = Object.fromEntries(page.nodes.map((m: any) => [m.name, m]));
      expect(byName['Schwedt/Oder, Stadt']).toMatchObject({ kind: 'AMTSFREIE_GEMEINDE', amt: null });
      expect(byName.Pinnow).toMatchObject({
        kind: 'MITVERWALTETE_GEMEINDE',
        amt: { displayName: 'Schwedt/Oder, Stadt' },
      });
      expect(byName.Gramzow).toMatchObject({ kind: 'AMTSANGEHOERIGE_GEMEINDE', amt: { displayName: 'Amt Gramzow' } });
    });

    it('add up on the programme dashboard: districts to the state total, Landkreis names from another subgraph', async () => {
      const dashboard = operations.find((operation) => operation.name === '10-programme-dashboard');
      if (!dashboard) throw new Error('example operation 10 is missing');
      const result = await hub.query(dashboard.query, {}, await hub.readerHeaders());
      expect(result.errors).toBeUndefined();
      const data = result.data as Record<string, any>;
      const sum = (rows: any[], field: string) => rows.reduce((total, row) => total + row[field], 0);
      expect(sum(data.projectStatistics.byPhase, 'projectCount')).toBe(data.projects.totalCount);
      expect(sum(data.licenceStatistics, 'allocatedSeats')).toBe(data.licenceTotals.allocatedSeats);
      // The districts' cost shares cover the allocated seats only, so they stay within the total cost.
      expect(sum(data.licenceStatistics, 'annualCostEur')).toBeLessThanOrEqual(data.licenceTotals.annualCostEur);
      for (const row of data.projectStatistics.byDistrict) {
        expect(['LANDKREIS', 'KREISFREIE_STADT']).toContain(row.district.kind);
      }
      expect(data.projectStatistics.byDistrict.length).toBeGreaterThan(10);
    });

    it('find the six Gemeinden of Amt Gramzow and the two Mittenwaldes', async () => {
      const byName = Object.fromEntries(operations.map((operation) => [operation.name, operation]));
      const amt = byName['02-amt-gemeinden'];
      const find = byName['09-find-kommune'];
      if (!amt || !find) throw new Error('example operations 02 and 09 are missing');
      const gramzow = await hub.query(amt.query);
      expect(gramzow.data?.municipality.members.totalCount).toBe(6);
      const mittenwalde = await hub.query(find.query);
      expect(mittenwalde.data?.municipalities.nodes.map((m: any) => m.district.name)).toEqual([
        'Dahme-Spreewald',
        'Uckermark',
      ]);
    });

    it('answer the LDA in one request: the projects with personal data, every one with a DSFA among them (11)', async () => {
      const lda = operations.find((operation) => operation.name === '11-lda-personal-data');
      if (!lda) throw new Error('example operation 11 is missing');
      // The auditor column of docs/access-control.md: the token of the LDA (org lda, audit:read).
      const result = await hub.query(lda.query, {}, await headersAs(hub.issuer, 'auditor'));
      expect(result.errors).toBeUndefined();
      const { totalCount, nodes } = (result.data as Record<string, any>).projects;
      const samples = sampleProjects().map((sample) => sample.project);
      const personal = samples.filter((project) => project.processes_personal_data);
      expect(totalCount).toBe(personal.length);
      expect(nodes.map((node: any) => [node.id, node.dpiaStatus, node.dpiaCompletedOn])).toEqual(
        personal.map((project) => [project.id, project.dpia_status, project.dpia_completed_on]),
      );
      // "… or have a DSFA": every project whose DSFA is needed, under way or completed is in the answer.
      const withDpia = samples.filter((project) => project.dpia_status !== 'NOT_REQUIRED').map((project) => project.id);
      expect(withDpia.length).toBeGreaterThan(0);
      expect(nodes.map((node: any) => node.id)).toEqual(expect.arrayContaining(withDpia));
      expect(nodes.length).toBeLessThan(samples.length);
      for (const node of nodes) expect(node.municipalities.length).toBeGreaterThan(0);
      expect(nodes.some((node: any) => node.leadMinistry?.shortName)).toBe(true);
    });

    it('answer the Kaz coordinator: this year’s Arbeitsprogramm, item by item, with its projects (17)', async () => {
      const op = operations.find((operation) => operation.name === '17-work-programme');
      if (!op) throw new Error('example operation 17 is missing');
      const result = await hub.query(op.query, {}, await headersAs(hub.issuer, 'kaz-editor'));
      expect(result.errors).toBeUndefined();
      const programme = (result.data as Record<string, any>).workProgramme;
      expect(programme).toMatchObject({
        id: 'ap-2026',
        year: 2026,
        isSample: true,
        committee: { id: 'steuerungsgremium' },
      });
      expect(programme.decision.id).toBe('sg-2025-2');
      expect(programme.items).toHaveLength(6);
      // The mean progress of the items that are not cancelled (organisations seed): (100 + 60 + 80 + 30 + 0) / 5.
      expect(programme.progressPercent).toBe(54);
      const linked = programme.items.filter((item: any) => item.project);
      expect(linked.map((item: any) => item.project.id)).toEqual(['KAZ-2025-02', 'KAZ-2025-03']);
      // The projects subgraph answers for the linked projects: their titles and phases come back.
      for (const item of linked) expect(item.project.title).toEqual(expect.any(String));
      expect(programme.items.every((item: any) => item.responsibleOrganisation.shortName)).toBe(true);
    });

    it('answer CERT: who is a Kommune’s ISB or emergency contact, and refuse a ministry (18)', async () => {
      const op = operations.find((operation) => operation.name === '18-kommune-contacts');
      if (!op) throw new Error('example operation 18 is missing');
      const result = await hub.query(op.query, {}, await headersAs(hub.issuer, 'security-team'));
      expect(result.errors).toBeUndefined();
      const municipality = (result.data as Record<string, any>).municipality;
      expect(municipality.name).toContain('Potsdam');
      expect(municipality.contacts.map((c: any) => [c.role, c.email, c.availableAroundTheClock, c.isSample])).toEqual([
        ['ISB', 'informationssicherheit@potsdam.example', false, true],
        ['EMERGENCY', 'it-notfall@potsdam.example', true, true],
      ]);
      // A kreisfreie Stadt runs its own administration: no Amt.
      expect(municipality.amt).toBeNull();
      const ministry = await hub.query(op.query, {}, await headersAs(hub.issuer, 'ministry'));
      expect(ministry.errors?.map((error) => [error.extensions?.code, error.path?.join('.')])).toEqual([
        ['FORBIDDEN', 'municipality.contacts'],
      ]);
      expect((ministry.data as Record<string, any>).municipality.contacts).toBeNull();
    });

    it('answer a Kommune’s IT lead: the adopted recommendations, their decisions and who applies them (19)', async () => {
      const op = operations.find((operation) => operation.name === '19-recommendations');
      if (!op) throw new Error('example operation 19 is missing');
      const result = await hub.query(op.query, {}, await headersAs(hub.issuer, 'municipality', '120520000000'));
      expect(result.errors).toBeUndefined();
      const { totalCount, nodes } = (result.data as Record<string, any>).recommendations;
      expect(totalCount).toBe(2);
      expect(nodes.map((node: any) => [node.id, node.status, node.decision.id, node.applications.totalCount])).toEqual([
        ['empf-2024-1', 'ADOPTED', 'itrat-2024-2', 3],
        ['empf-2025-1', 'ADOPTED', 'itrat-2025-1', 2],
      ]);
      // The municipalities subgraph names the Kommunen applying them.
      const names = nodes[0].applications.nodes.map((application: any) => application.municipality.name);
      expect(names).toEqual([
        expect.stringContaining('Potsdam'),
        expect.stringContaining('Cottbus'),
        expect.stringContaining('Brandenburg'),
      ]);
    });

    it('tell the Kaz which decisions of the IT-Rat and the IT-Planungsrat it implements, the real ones with their source (15)', async () => {
      const operation = operations.find((candidate) => candidate.name === '15-decisions-to-implement');
      if (!operation) throw new Error('example operation 15 is missing');
      // The kaz-editor column of docs/access-control.md: the Kaz sees the work orders of every decision.
      const result = await hub.query(operation.query, {}, await headersAs(hub.issuer, 'kaz-editor'));
      expect(result.errors).toBeUndefined();
      const { itRat, itPlanungsrat } = result.data as Record<string, any>;
      expect(itRat.kind).toBe('IT_COUNCIL');
      expect(itPlanungsrat).toMatchObject({ kind: 'IT_PLANNING_COUNCIL', isSample: false });
      const byId = Object.fromEntries(itRat.decisions.nodes.map((node: any) => [node.id, node]));
      // Entscheidung 2020/3 built the Kaz; only its year is known.
      expect(byId['itrat-2020-3']).toMatchObject({
        reference: 'Entscheidung 2020/3',
        decidedOn: '2020-01-01',
        decidedOnPrecision: 'YEAR',
        status: 'IN_FORCE',
        source: 'Umsetzungskonzept Kaz, IT-Rat Brandenburg, 10.03.2021',
        isSample: false,
      });
      expect(byId['itrat-2021-4']).toMatchObject({
        decidedOn: '2021-03-10',
        decidedOnPrecision: 'DAY',
        isSample: false,
      });
      expect(itRat.decisions.nodes.some((node: any) => node.workOrders.length > 0)).toBe(true);
      expect(itPlanungsrat.decisions.totalCount).toBe(3);
      for (const node of itPlanungsrat.decisions.nodes) {
        expect(node).toMatchObject({ isSample: true, status: 'IN_FORCE', source: null });
        expect(node.title).toContain('(BEISPIEL)');
      }
    });

    it('let DIKOM list its members with their periods, Gemeinden and Ämter only (16)', async () => {
      const operation = operations.find((candidate) => candidate.name === '16-dikom-members');
      if (!operation) throw new Error('example operation 16 is missing');
      // DIKOM's own token (org dikom, scope dikom:write), which is not a column of the access table.
      const token = await hub.issuer.sign({ org: 'dikom', scopes: ['dikom:write'], subject: 'verwaltung@dikom' });
      const result = await hub.query(operation.query, {}, { authorization: `Bearer ${token}` });
      expect(result.errors).toBeUndefined();
      const { totalCount, nodes } = (result.data as Record<string, any>).dikomMembers;
      expect(totalCount).toBe(120);
      expect(nodes).toHaveLength(120);
      expect(new Set(nodes.map((node: any) => node.municipality.kind))).toEqual(new Set(['AMTSFREIE_GEMEINDE', 'AMT']));
      expect(nodes.filter((node: any) => node.foundingMember)).toHaveLength(19);
      expect(nodes.find((node: any) => node.municipality.ars === '120650144144')).toMatchObject({
        memberSince: '2020-04-09',
        memberUntil: null,
        isSample: true,
        municipality: { name: 'Hohen Neuendorf, Stadt', district: { name: 'Oberhavel' } },
      });
      expect(nodes.filter((node: any) => node.memberUntil !== null)).toHaveLength(4);
    });

    it('20: show the Kaz which Kommunen lack a current IT-Sicherheitskonzept, in figures that add up', async () => {
      const coverage = operations.find((operation) => operation.name === '20-security-concept-coverage');
      if (!coverage) throw new Error('example operation 20 is missing');
      const result = await hub.query(coverage.query, {}, await headersAs(hub.issuer, 'kaz-editor'));
      expect(result.errors).toBeUndefined();
      const c = result.data?.securityConceptCoverage;
      expect(c.currentCount + c.noConceptCount + c.draftOnlyCount + c.reviewOverdueCount).toBe(c.kommunenCount);
      expect(c.gaps).toHaveLength(c.kommunenCount - c.currentCount);
      expect(c.noConceptCount).toBeGreaterThan(0);
      expect(c.reviewOverdueCount).toBeGreaterThan(0);
      // Names and kinds come from the municipalities subgraph; no amtsangehörige Gemeinde is listed.
      for (const gap of c.gaps) {
        expect(gap.municipality.displayName).toBeTruthy();
        expect(gap.municipality.kind).not.toBe('AMTSANGEHOERIGE_GEMEINDE');
      }
      // A Kommune's token is refused on the field.
      const kommune = await hub.query(coverage.query, {}, await headersAs(hub.issuer, 'municipality', POTSDAM));
      expect(kommune.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    });

    it('21: give CERT the incidents of one Landkreis, its Ämter and Gemeinden included', async () => {
      const landkreis = operations.find((operation) => operation.name === '21-incidents-in-landkreis');
      if (!landkreis) throw new Error('example operation 21 is missing');
      const result = await hub.query(landkreis.query, {}, await headersAs(hub.issuer, 'security-team'));
      expect(result.errors).toBeUndefined();
      const { totalCount, nodes } = result.data?.incidents ?? {};
      expect(totalCount).toBeGreaterThan(0);
      expect(nodes.length).toBe(Math.min(totalCount, 25));
      for (const node of nodes) {
        expect(node.affectedMunicipalities.some((m: any) => m.ars.startsWith('12073'))).toBe(true);
      }
      expect(nodes.some((node: any) => node.affectedMunicipalities.some((m: any) => m.amt))).toBe(true);
      const personal = await hub.query(
        landkreis.query,
        { personalDataInvolved: true },
        await headersAs(hub.issuer, 'security-team'),
      );
      expect(personal.data?.incidents.totalCount).toBeLessThan(totalCount);
      for (const node of personal.data?.incidents.nodes ?? []) expect(node.personalDataInvolved).toBe(true);
    });

    it('22: show the LDA outstanding, late and high-risk notifications whatever their TLP marking', async () => {
      const lda = operations.find((operation) => operation.name === '22-lda-notifications');
      if (!lda) throw new Error('example operation 22 is missing');
      const result = await hub.query(lda.query, {}, await headersAs(hub.issuer, 'auditor'));
      expect(result.errors).toBeUndefined();
      const { outstanding, late, highRisk } = result.data ?? {};
      expect(outstanding.length).toBeGreaterThan(0);
      expect(outstanding.some((i: any) => i.ldaNotificationOverdue)).toBe(true);
      // The LDA sees breaches that TLP alone would hide from it.
      expect(outstanding.some((i: any) => ['AMBER', 'AMBER_STRICT', 'RED'].includes(i.tlp))).toBe(true);
      for (const i of outstanding) expect(i.breachRisk).not.toBe('UNLIKELY');
      expect(late.totalCount).toBeGreaterThan(0);
      for (const i of late.nodes) {
        expect(Date.parse(i.ldaNotifiedAt)).toBeGreaterThan(Date.parse(i.ldaNotificationDueAt));
        expect(i.ldaNotificationLateReason).toBeTruthy();
      }
      expect(highRisk.totalCount).toBeGreaterThan(0);
      expect(highRisk.nodes.some((i: any) => i.dataSubjectsInformed === true && i.dataSubjectsInformedOn)).toBe(true);
      for (const i of highRisk.nodes) {
        if (i.dataSubjectsInformed === false) expect(i.dataSubjectExemption).toBeTruthy();
      }
      // A partner without the rule sees fewer outstanding notifications: only those TLP shows it.
      const partner = await hub.query(lda.query, {}, await headersAs(hub.issuer, 'ministry'));
      expect(partner.data?.outstanding.length).toBeLessThan(outstanding.length);
    });
  });
});
