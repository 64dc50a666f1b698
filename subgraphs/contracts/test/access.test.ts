// Over 250 lines: the contracts subgraph's rows of the access table, one file, on one started subgraph.
import {
  type Column,
  expectAuditLogAppendOnly,
  expectError,
  type Headers,
  headersAs,
  headersFor,
} from '@kaz/subgraph-kit/testing';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { setUpSubgraph } from './support.ts';

const { subgraph, as } = setUpSubgraph();
/** A Kommune with seats of some, but not all, licences of one framework contract. */
let kommune: { ars: string; token: Headers; contractId: string; own: string[]; others: string[] };
/** A Kommune that holds certificates, one of them, and a certificate held by someone else. */
let holder: { ars: string; token: Headers; own: string; other: string };

beforeAll(async () => {
  const partial = await sql<{ contract_id: string; ars: string }>`
    select l.contract_id, a.ars from licence l join licence_allocation a on a.licence_id = l.id
    where l.contract_id is not null group by l.contract_id, a.ars
    having count(*) < (select count(*) from licence x where x.contract_id = l.contract_id)
    order by l.contract_id, a.ars limit 1`.execute(subgraph.db);
  const { contract_id: contractId, ars } = partial.rows[0]!;
  const licences = await subgraph.db.selectFrom('licence').select('id').where('contract_id', '=', contractId).execute();
  const allocated = new Set(
    (await subgraph.db.selectFrom('licence_allocation').select('licence_id').where('ars', '=', ars).execute()).map(
      (r) => r.licence_id,
    ),
  );
  kommune = {
    ars,
    token: await headersAs(subgraph.issuer, 'municipality', ars),
    contractId,
    own: licences.map((l) => l.id).filter((id) => allocated.has(id)),
    others: licences.map((l) => l.id).filter((id) => !allocated.has(id)),
  };
  const certificate = await subgraph.db
    .selectFrom('certificate')
    .select(['id', 'holder_ars'])
    .where('holder_ars', 'is not', null)
    .orderBy('id')
    .executeTakeFirstOrThrow();
  const other = await subgraph.db
    .selectFrom('certificate')
    .select('id')
    .where((eb) => eb.or([eb('holder_ars', '<>', certificate.holder_ars), eb('holder_ars', 'is', null)]))
    .orderBy('id')
    .executeTakeFirstOrThrow();
  holder = {
    ars: certificate.holder_ars!,
    token: await headersAs(subgraph.issuer, 'municipality', certificate.holder_ars!),
    own: certificate.id,
    other: other.id,
  };
});

/** The principals that are refused something, with the code they get. */
function refused(...names: Exclude<Column, 'municipality'>[]): [string, () => Headers, string][] {
  return names.map((name) => [name, () => as[name], name === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN']);
}

/** The errors of a response by their path, joined with ".". */
function errorsByPath(result: { errors?: { path?: (string | number)[]; extensions?: Record<string, any> }[] }) {
  return Object.fromEntries((result.errors ?? []).map((e) => [(e.path ?? []).join('.'), e.extensions?.code]));
}

/** Published procedures in the seed (the 2 PLANNED ones are for the Kaz only). */
const PUBLISHED = 23;

describe('read.procurement: published procedures and framework contracts are public', () => {
  it.each(['anonymous', 'kaz-editor', 'ministry', 'security-team', 'auditor'] as const)(
    '%s reads them',
    async (name) => {
      const result = await subgraph.query(
        `{ procurementProcedures(first: 500) { totalCount nodes { id version participatingMunicipalities { ars } } }
         frameworkContracts(first: 500) { totalCount nodes { id version eligibleMunicipalities { ars } } } }`,
        {},
        as[name],
      );
      expect(result.errors).toBeUndefined();
      expect((result.data as any).procurementProcedures.totalCount).toBe(name === 'kaz-editor' ? 25 : PUBLISHED);
      expect((result.data as any).frameworkContracts.totalCount).toBe(16);
    },
  );

  it('a Kommune reads them too', async () => {
    const result = await subgraph.query(`{ procurementProcedures { totalCount } }`, {}, kommune.token);
    expect(result.errors).toBeUndefined();
    expect((result.data as any).procurementProcedures.totalCount).toBe(PUBLISHED);
  });
});

describe('read.licence', () => {
  const query = `{ licences(first: 500) { totalCount nodes { id version } } procurementProcedures { totalCount } }`;

  it('gives the Kaz the list of all licences', async () => {
    const result = await subgraph.query(query, {}, as['kaz-editor']);
    expect(result.errors).toBeUndefined();
    expect((result.data as any).licences.totalCount).toBe(40);
  });

  it.each([...refused('anonymous', 'ministry', 'security-team', 'auditor')])(
    'refuses %s the list of licences and leaves the rest intact',
    async (_name, headers, code) => {
      const result = await subgraph.query(query, {}, headers());
      expect(errorsByPath(result)).toEqual({ licences: code });
      expect(result.data).toEqual({ licences: null, procurementProcedures: { totalCount: PUBLISHED } });
    },
  );

  it('refuses a Kommune the list of all licences', async () => {
    const result = await subgraph.query(query, {}, kommune.token);
    expect(errorsByPath(result)).toEqual({ licences: 'FORBIDDEN' });
    expect((result.data as any).procurementProcedures.totalCount).toBe(PUBLISHED);
  });

  it('shows a Kommune a licence allocated to it with its own allocation only; another is null like an unknown one', async () => {
    const result = await subgraph.query(
      `query ($own: ID!, $other: ID!) {
        own: licence(id: $own) { id allocations { municipality { ars } } }
        other: licence(id: $other) { id }
        unknown: licence(id: "LIZ-9999") { id }
      }`,
      { own: kommune.own[0], other: kommune.others[0] },
      kommune.token,
    );
    expect(result.errors).toBeUndefined();
    const data = result.data as any;
    expect(data.own.id).toBe(kommune.own[0]);
    expect(data.own.allocations.map((a: any) => a.municipality.ars)).toEqual([kommune.ars]);
    expect(data.other).toBeNull();
    expect(data.unknown).toBeNull();
  });

  it.each([...refused('anonymous', 'ministry', 'security-team', 'auditor')])(
    'refuses %s a single licence',
    async (_name, headers, code) => {
      const result = await subgraph.query(
        `{ licence(id: "LIZ-0001") { id } procurementProcedures { totalCount } }`,
        {},
        headers(),
      );
      expect(errorsByPath(result)).toEqual({ licence: code });
      expect(result.data).toEqual({ licence: null, procurementProcedures: { totalCount: PUBLISHED } });
    },
  );

  it('shows a Kommune only the licences of a framework contract allocated to it, naming no other', async () => {
    const result = await subgraph.query(
      `query ($id: ID!) { frameworkContract(id: $id) { id licences { id } } }`,
      { id: kommune.contractId },
      kommune.token,
    );
    expect(result.errors).toBeUndefined();
    expect((result.data as any).frameworkContract.licences.map((l: { id: string }) => l.id)).toEqual(kommune.own);
    const asKaz = await subgraph.query(
      `query ($id: ID!) { frameworkContract(id: $id) { licences { id } } }`,
      { id: kommune.contractId },
      as['kaz-editor'],
    );
    expect(asKaz.errors).toBeUndefined();
    expect((asKaz.data as any).frameworkContract.licences).toHaveLength(kommune.own.length + kommune.others.length);
  });

  it.each([...refused('anonymous', 'ministry', 'auditor')])(
    'refuses %s the licences of a framework contract, and keeps the contract',
    async (_name, headers, code) => {
      const result = await subgraph.query(
        `query ($id: ID!) { frameworkContract(id: $id) { id licences { id } } }`,
        { id: kommune.contractId },
        headers(),
      );
      expect(errorsByPath(result)).toEqual({ 'frameworkContract.licences': code });
      expect(result.data).toEqual({ frameworkContract: { id: kommune.contractId, licences: null } });
    },
  );

  it("shows a Kommune its own Municipality.licences and refuses another Kommune's", async () => {
    const other = '120540000000' === kommune.ars ? '120530000000' : '120540000000';
    const result = await subgraph.query(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Municipality { ars licences { totalCount nodes { id } } } } }`,
      { r: [kommune.ars, other].map((ars) => ({ __typename: 'Municipality', ars })) },
      kommune.token,
    );
    expect(errorsByPath(result)).toEqual({ '_entities.1.licences': 'FORBIDDEN' });
    const [own, denied] = (result.data as any)._entities;
    expect(own.licences.nodes.map((n: { id: string }) => n.id)).toEqual(expect.arrayContaining(kommune.own));
    expect(denied).toEqual({ ars: other, licences: null });
  });

  it.each([...refused('anonymous', 'ministry', 'security-team', 'auditor')])(
    'refuses %s the licences of a Municipality',
    async (_name, headers, code) => {
      const result = await subgraph.query(
        `{ _entities(representations: [{ __typename: "Municipality", ars: "120540000000" }]) {
          ... on Municipality { ars licences { totalCount } contracts { totalCount } } } }`,
        {},
        headers(),
      );
      expect(errorsByPath(result)).toEqual({ '_entities.0.licences': code });
      expect((result.data as any)._entities[0].ars).toBe('120540000000');
      expect((result.data as any)._entities[0].contracts.totalCount).toBeGreaterThan(0);
    },
  );

  it('resolves a licence reference for a Kommune only when it is allocated to it (else null, as if unknown)', async () => {
    const result = await subgraph.query(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Licence { id } } }`,
      { r: [kommune.own[0], kommune.others[0], 'LIZ-9999'].map((id) => ({ __typename: 'Licence', id })) },
      kommune.token,
    );
    expect(result.errors).toBeUndefined();
    expect((result.data as any)._entities).toEqual([{ id: kommune.own[0] }, null, null]);
  });

  it('checks the licences of many Kommunen and of a Kommune in a fixed number of statements', async () => {
    const count = async (headers: Headers, arsList: string[]) => {
      subgraph.resetStatements();
      const result = await subgraph.query(
        `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Municipality { licences(first: 3) { nodes { id allocations { seats } } } } } }`,
        { r: arsList.map((ars) => ({ __typename: 'Municipality', ars })) },
        headers,
      );
      expect(result.errors).toBeUndefined();
      return subgraph.statements.length;
    };
    const many = (await subgraph.db.selectFrom('licence_allocation').select('ars').distinct().execute()).map(
      (r) => r.ars,
    );
    expect(await count(as['kaz-editor'], many.slice(0, 2))).toBe(await count(as['kaz-editor'], many));
    expect(await count(kommune.token, [kommune.ars])).toBe(2);
  });
});

describe('read.certificate', () => {
  const query = `{ certificates(first: 500) { totalCount } frameworkContracts { totalCount } }`;

  it.each(['kaz-editor', 'security-team'] as const)('gives %s the list of all certificates', async (name) => {
    const result = await subgraph.query(query, {}, as[name]);
    expect(result.errors).toBeUndefined();
    expect((result.data as any).certificates.totalCount).toBe(80);
  });

  it.each([...refused('anonymous', 'ministry', 'auditor')])(
    'refuses %s the list of certificates and leaves the rest intact',
    async (_name, headers, code) => {
      const result = await subgraph.query(query, {}, headers());
      expect(errorsByPath(result)).toEqual({ certificates: code });
      expect(result.data).toEqual({ certificates: null, frameworkContracts: { totalCount: 16 } });
    },
  );

  it('refuses a Kommune the list of all certificates', async () => {
    const result = await subgraph.query(query, {}, holder.token);
    expect(errorsByPath(result)).toEqual({ certificates: 'FORBIDDEN' });
  });

  it('shows a Kommune a certificate it holds; another is null like an unknown one', async () => {
    const result = await subgraph.query(
      `query ($own: ID!, $other: ID!) { own: certificate(id: $own) { id holder { ars } } other: certificate(id: $other) { id } }`,
      { own: holder.own, other: holder.other },
      holder.token,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ own: { id: holder.own, holder: { ars: holder.ars } }, other: null });
  });

  it.each(['kaz-editor', 'security-team'] as const)('shows %s any certificate', async (name) => {
    const result = await subgraph.query(`{ certificate(id: "CERT-0077") { id } }`, {}, as[name]);
    expect(result.errors).toBeUndefined();
    expect((result.data as any).certificate.id).toBe('CERT-0077');
  });

  it.each([...refused('anonymous', 'ministry', 'auditor')])(
    'refuses %s a single certificate',
    async (_n, headers, code) => {
      const result = await subgraph.query(`{ certificate(id: "CERT-0001") { id } }`, {}, headers());
      expect(errorsByPath(result)).toEqual({ certificate: code });
    },
  );

  it("shows a Kommune its own Municipality.certificates, refuses another's; the security team sees both", async () => {
    const other = holder.ars === '120540000000' ? '120530000000' : '120540000000';
    const run = (headers: Headers) =>
      subgraph.query(
        `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Municipality { ars certificates { nodes { id } } } } }`,
        { r: [holder.ars, other].map((ars) => ({ __typename: 'Municipality', ars })) },
        headers,
      );
    const own = await run(holder.token);
    expect(errorsByPath(own)).toEqual({ '_entities.1.certificates': 'FORBIDDEN' });
    expect((own.data as any)._entities[0].certificates.nodes.map((n: any) => n.id)).toContain(holder.own);
    expect((own.data as any)._entities[1]).toEqual({ ars: other, certificates: null });
    const security = await run(as['security-team']);
    expect(security.errors).toBeUndefined();
    const ministry = await run(as.ministry);
    expect(errorsByPath(ministry)).toEqual({
      '_entities.0.certificates': 'FORBIDDEN',
      '_entities.1.certificates': 'FORBIDDEN',
    });
  });

  it('resolves a certificate reference for a Kommune only when it holds it', async () => {
    const result = await subgraph.query(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Certificate { id } } }`,
      { r: [holder.own, holder.other].map((id) => ({ __typename: 'Certificate', id })) },
      holder.token,
    );
    expect(result.errors).toBeUndefined();
    expect((result.data as any)._entities).toEqual([{ id: holder.own }, null]);
  });
});

describe('read.audit', () => {
  const query = `{ contractsAuditLog(entityType: "Licence", entityId: "LIZ-0901") {
    totalCount nodes { id operation entityType entityId actorOrg actorSubject before after redacted occurredAt } } }`;

  it.each([...refused('anonymous', 'kaz-editor', 'ministry', 'security-team')])(
    'refuses %s the audit log',
    async (_name, headers, code) => {
      expectError(await subgraph.query(query, {}, headers()), code);
    },
  );

  it('refuses a Kommune the audit log', async () => {
    expectError(await subgraph.query(query, {}, kommune.token), 'FORBIDDEN');
  });

  it('shows the auditor the entries of the changes made', async () => {
    const created = await subgraph.query(
      `mutation { createLicence(input: { id: "LIZ-0901", product: "Ratsinformationssystem", vendor: "Beispiel GmbH",
        seats: 5, validFrom: "2027-01-01", validTo: "2027-12-31", annualCostEur: 1200 }) { id version } }`,
      {},
      as['kaz-editor'],
    );
    expect(created.errors).toBeUndefined();
    const result = await subgraph.query(query, {}, as.auditor);
    expect(result.errors).toBeUndefined();
    const log = (result.data as any).contractsAuditLog;
    expect(log.totalCount).toBe(1);
    const [entry] = log.nodes;
    expect(entry).toMatchObject({
      operation: 'createLicence',
      entityType: 'Licence',
      entityId: 'LIZ-0901',
      actorOrg: 'kaz',
      actorSubject: 'kaz-editor@kaz',
      before: null,
      // Licences are not for the auditor (read.licence), so the content is withheld; the entry is listed.
      after: null,
      redacted: true,
    });
    expect(entry.id).toMatch(/^contracts:\d+$/);
    const reader = await subgraph.query(
      query,
      {},
      await headersFor(subgraph.issuer, { org: 'kaz', scopes: ['contracts:write', 'audit:read'] }),
    );
    expect(reader.errors).toBeUndefined();
    const [full] = (reader.data as any).contractsAuditLog.nodes;
    expect(full.redacted).toBe(false);
    expect(JSON.parse(full.after)).toMatchObject({ id: 'LIZ-0901', seats: 5, version: 1 });
  });
});

describe('the audit log', () => {
  it('cannot be changed or emptied, not even with the subgraph’s own database access', async () => {
    await subgraph.query(
      `mutation { createLicence(input: { id: "LIZ-0902", product: "Archiv", vendor: "Beispiel GmbH",
        seats: 1, validFrom: "2027-01-01", validTo: "2027-12-31", annualCostEur: 0 }) { id } }`,
      {},
      as['kaz-editor'],
    );
    await expectAuditLogAppendOnly(subgraph.db);
  });
});
