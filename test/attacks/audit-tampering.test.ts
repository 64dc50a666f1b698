import { randomBytes } from 'node:crypto';
import { createTestIssuer } from '@kaz/auth/testing';
import type { DatabaseConfig } from '@kaz/db';
import { adminQuery } from '@kaz/db/testing';
import { tokenRequestOf } from '@kaz/subgraph-kit/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningHub, startHub } from '../../scripts/hub.ts';
import { hubSubgraphs } from '../../scripts/subgraphs.ts';

// Attack class 5, the audit log: it was append-only by a trigger only, and the serving database role
// owned the table, so it (or anyone with its credentials) could drop the trigger and rewrite history.
// Now an owner role migrates and the serving role may only insert and read the audit log. This runs
// on the real PostgreSQL always (127.0.0.1:5432 in CI; TEST_DATABASE_URL names another server): the
// superuser makes two fresh roles and one fresh database per subgraph, and drops them afterwards.

const SERVER = process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const suffix = randomBytes(4).toString('hex');
const OWNER = `kaz_owner_${suffix}`;
const SERVICE = `kaz_service_${suffix}`;
const PASSWORD = randomBytes(12).toString('hex');
const POTSDAM = '120540000000';

const issuer = await createTestIssuer();
let hub: RunningHub | undefined;
let service: pg.Client;
const databases: string[] = [];

function urlOf(role: string, database: string): string {
  const url = new URL(SERVER);
  url.username = role;
  url.password = PASSWORD;
  url.pathname = `/${database}`;
  return url.toString();
}

const asSuperuser = (statement: string) => adminQuery(SERVER, statement);

async function ask(query: string, variables: Record<string, unknown>, token: string) {
  const response = await fetch(hub?.url as string, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: any; errors?: any[] };
}

beforeAll(async () => {
  await asSuperuser(`create role ${OWNER} login password '${PASSWORD}'`);
  await asSuperuser(`create role ${SERVICE} login password '${PASSWORD}'`);
  const serving: Record<string, DatabaseConfig> = {};
  const owning: Record<string, DatabaseConfig> = {};
  for (const { definition } of hubSubgraphs) {
    const name = `kaz_audit_${definition.name}_${suffix}`;
    await asSuperuser(`create database ${name} owner ${OWNER}`);
    databases.push(name);
    serving[definition.name] = { url: urlOf(SERVICE, name), poolSize: 4 };
    owning[definition.name] = { url: urlOf(OWNER, name) };
  }
  hub = await startHub({ auth: issuer.auth, port: 0, databases: serving, migrationDatabases: owning });
  service = new pg.Client({ connectionString: urlOf(SERVICE, `kaz_audit_security_${suffix}`) });
  await service.connect();
});

afterAll(async () => {
  await service?.end().catch(() => {});
  await hub?.stop();
  for (const name of databases) await asSuperuser(`drop database if exists ${name} with (force)`);
  await asSuperuser(`drop role if exists ${SERVICE}`);
  await asSuperuser(`drop role if exists ${OWNER}`);
});

describe('the subgraphs under the serving role', () => {
  it('write and read through the gateway: a reported incident lands in the audit log', async () => {
    const reporter = await issuer.sign(tokenRequestOf('security-team'));
    const reported = await ask(
      'mutation ($input: ReportIncidentInput!) { reportIncident(input: $input) { id title } }',
      {
        input: {
          title: 'Audit-Test: Phishing-Welle',
          category: 'PHISHING',
          severity: 'LOW',
          tlp: 'GREEN',
          detectedAt: new Date(Date.now() - 3_600_000).toISOString(),
          affectedMunicipalityArs: [POTSDAM],
          personalDataInvolved: false,
        },
      },
      reporter,
    );
    expect(reported.errors).toBeUndefined();
    const id = reported.data.reportIncident.id;
    const auditor = await issuer.sign(tokenRequestOf('auditor'));
    const log = await ask(
      'query ($id: ID!) { securityAuditLog(entityType: "SecurityIncident", entityId: $id) { nodes { operation entityId actorOrg } } }',
      { id },
      auditor,
    );
    expect(log.errors).toBeUndefined();
    expect(log.data.securityAuditLog.nodes).toEqual([expect.objectContaining({ entityId: id, actorOrg: 'zit_bb' })]);
  });

  it('are ready: the serving role reads the migration table', async () => {
    const ready = await fetch(new URL('/health/ready', hub?.subgraphs.security?.url));
    expect(await ready.json()).toMatchObject({ status: 'ready', migrations: 'current' });
  });
});

describe('the serving role', () => {
  it('may read the audit log and append to it', async () => {
    const before = await service.query('select count(*)::int as n from audit_log');
    await service.query(
      `insert into audit_log (actor_subject, actor_org, operation, entity_type, entity_id)
       values ('audit-test', 'lda', 'probe', 'Probe', 'p-1')`,
    );
    const after = await service.query('select count(*)::int as n from audit_log');
    expect(after.rows[0].n).toBe(before.rows[0].n + 1);
  });

  const tampering = [
    ['update an entry', `update audit_log set actor_org = 'nobody'`],
    ['delete an entry', 'delete from audit_log'],
    ['truncate the table', 'truncate audit_log'],
    ['disable the trigger', 'alter table audit_log disable trigger all'],
    ['drop the trigger', 'drop trigger audit_log_no_update_or_delete on audit_log'],
    [
      'replace the trigger function',
      `create or replace function audit_log_append_only() returns trigger language plpgsql as $$ begin return new; end $$`,
    ],
    ['alter the table', 'alter table audit_log add column note text'],
    ['rename the table', 'alter table audit_log rename to audit_log_old'],
    ['drop the table', 'drop table audit_log'],
    ['take the table over', `alter table audit_log owner to ${SERVICE}`],
    ['reset the identity sequence', `select setval(pg_get_serial_sequence('audit_log', 'id'), 1)`],
    ['create a table of its own', 'create table shadow_audit_log (id int)'],
  ] as const;

  it.each(tampering)('cannot %s', async (_label, statement) => {
    const before = await service.query('select id, actor_org, operation from audit_log order by id');
    await expect(service.query(statement)).rejects.toMatchObject({ code: expect.stringMatching(/^42501$/) });
    const after = await service.query('select id, actor_org, operation from audit_log order by id');
    expect(after.rows).toEqual(before.rows);
    expect(before.rows.length).toBeGreaterThan(0);
  });
});
