import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { afterAll, describe, expect, it } from 'vitest';
import { checkSchemaChange, type SchemaChangeReport } from '../scripts/governance/check.ts';
import { readSchemaChangeInput } from '../scripts/governance/input.ts';
import type { Approval, Deprecation } from '../scripts/governance/records.ts';
import { repositoryRoot } from '../scripts/snapshots.ts';

// The schema-governance check of `pnpm schema:check` (docs/schema-changes.md) on constructed changes:
// two small subgraphs — projects (the Kaz's) and security (CERT-Brandenburg's) — composed by
// @apollo/composition into a released and a new supergraph, with the records in a temporary schema
// directory, read and checked as the CLI does. Then the real CLI once, on a copy of the checkout.

const FEDERATION =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable"])';

/** The projects subgraph; `extra` goes into its Project type, `query` replaces its root fields. */
function projectsSdl(options: { extra?: string; query?: string } = {}) {
  return `${FEDERATION}
    type Query { ${options.query ?? 'project(id: ID!): Project'} }
    type Project @key(fields: "id") {
      id: ID!
      title: String!
      ${options.extra ?? ''}
    }`;
}

/**
 * The security subgraph; `incidents` replaces the arguments and type of its root field, `severity`
 * the type of Incident.severity, `extra` is added to the subgraph.
 */
function securitySdl(options: { incidents?: string; severity?: string; extra?: string } = {}) {
  return `${FEDERATION}
    type Query { incidents${options.incidents ?? '(first: Int): [Incident!]!'} }
    type Incident @key(fields: "id") {
      id: ID!
      severity: ${options.severity ?? 'String!'}
    }
    ${options.extra ?? ''}`;
}

// @apollo/composition's schemas are of the CommonJS graphql; vitest loads the ES module one for this
// file, and graphql-js refuses a schema of another module instance. Printing with the CommonJS one
// is what scripts/compose.ts does under tsx.
const { printSchema } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

/** The supergraph and API schema of the two subgraphs, as scripts/compose.ts writes them. */
function compose(projects: string, security: string) {
  const result = composeServices([
    { name: 'projects', url: 'http://localhost:4003/graphql', typeDefs: parse(projects) },
    { name: 'security', url: 'http://localhost:4005/graphql', typeDefs: parse(security) },
  ]);
  if (result.errors) throw new Error(result.errors.map((error) => error.message).join('\n'));
  return {
    supergraphSdl: result.supergraphSdl,
    apiSdl: printSchema(result.schema.toAPISchema().toGraphQLJSSchema()),
  };
}

const ownership = {
  partners: {
    kaz: { name: 'the Kaz', approvers: ['Kaz, Leitung'] },
    'cert-brandenburg': { name: 'CERT-Brandenburg', approvers: ['CERT-Brandenburg, Leitung'] },
  },
  subgraphs: { projects: 'kaz', security: 'cert-brandenburg' },
};

const directories: string[] = [];
afterAll(() => {
  for (const directory of directories) rmSync(directory, { recursive: true, force: true });
});

interface Scenario {
  released: { projects: string; security: string };
  current: { projects: string; security: string };
  deprecations?: Deprecation[];
  approvals?: Approval[];
  /** Files under schema/, e.g. `clients/cert-lagebild/incidents.graphql`. */
  files?: Record<string, string>;
  changedBy?: string;
  today?: string;
  ownership?: unknown;
}

/** Writes the scenario's schema directory to a temporary directory and runs the check on it. */
async function check(scenario: Scenario): Promise<SchemaChangeReport> {
  const schemaDir = mkdtempSync(join(tmpdir(), 'kaz-governance-'));
  directories.push(schemaDir);
  const released = compose(scenario.released.projects, scenario.released.security);
  const files: Record<string, string> = {
    'released/supergraph.graphql': released.supergraphSdl,
    'released/api.graphql': released.apiSdl,
    'released/RELEASE.json': JSON.stringify({ release: '2026.06', releasedOn: '2026-06-01' }),
    'ownership.json': JSON.stringify(scenario.ownership ?? ownership),
    'deprecations.json': JSON.stringify(scenario.deprecations ?? []),
    'approvals.json': JSON.stringify(scenario.approvals ?? []),
    'operations/01-project.graphql': 'query ProjectTitle($id: ID!) { project(id: $id) { id title } }\n',
    ...scenario.files,
  };
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(schemaDir, file)), { recursive: true });
    writeFileSync(join(schemaDir, file), text);
  }
  const input = readSchemaChangeInput(schemaDir, compose(scenario.current.projects, scenario.current.security), {
    changedBy: scenario.changedBy,
    today: scenario.today ?? '2026-12-02',
  });
  return checkSchemaChange(input);
}

const base = { projects: projectsSdl(), security: securitySdl() };
const messages = (report: SchemaChangeReport) => report.problems.map(({ rule, message }) => `[${rule}] ${message}`);

describe('the schema-governance check', () => {
  it('passes an unchanged schema and a non-breaking addition, without anyone saying who made it', async () => {
    expect((await check({ released: base, current: base })).problems).toEqual([]);
    const added = await check({
      released: base,
      current: { projects: projectsSdl({ extra: '"The budget in euros." budgetEuros: Int' }), security: securitySdl() },
    });
    expect(added.problems).toEqual([]);
    expect(added.changes.map((change) => `${change.type} ${change.path}`)).toEqual([
      'FIELD_ADDED Project.budgetEuros',
      'FIELD_DESCRIPTION_ADDED Project.budgetEuros',
    ]);
  });

  it('fails a field removed without a recorded deprecation, naming the field and the release', async () => {
    const report = await check({
      released: { projects: projectsSdl({ extra: 'legacyCode: String' }), security: securitySdl() },
      current: base,
      changedBy: 'kaz',
    });
    expect(messages(report)).toEqual([
      '[breaking] Project.legacyCode was removed without a recorded deprecation: deprecate it (@deprecated and an entry in schema/deprecations.json), release, and remove it after its removableAfter',
    ]);
  });

  it('passes the removal of a field deprecated in the release once its recorded period is over, and not a day before', async () => {
    const deprecated = {
      projects: projectsSdl({ extra: 'legacyCode: String @deprecated(reason: "Use `id`.")' }),
      security: securitySdl(),
    };
    const deprecations: Deprecation[] = [
      {
        coordinate: 'Project.legacyCode',
        deprecatedOn: '2026-06-01',
        removableAfter: '2026-11-30',
        reason: 'Use `id`.',
      },
    ];
    const removal = { released: deprecated, current: base, deprecations, changedBy: 'kaz' };
    expect((await check({ ...removal, today: '2026-12-01' })).problems).toEqual([]);
    expect(messages(await check({ ...removal, today: '2026-11-30' }))).toEqual([
      '[breaking] Project.legacyCode was removed before its deprecation period ended: removable after 2026-11-30 (schema/deprecations.json), today is 2026-11-30',
    ]);
    // An entry alone is not enough: the released schema must have told clients (@deprecated).
    const undeclared = await check({
      ...removal,
      released: { projects: projectsSdl({ extra: 'legacyCode: String' }), security: securitySdl() },
    });
    expect(messages(undeclared)).toEqual([
      '[breaking] Project.legacyCode was removed, but it was not deprecated in release 2026.06 (2026-06-01): clients were never told',
    ]);
    // A period shorter than 90 days is refused as a record.
    const short = await check({ ...removal, deprecations: [{ ...deprecations[0]!, removableAfter: '2026-07-01' }] });
    expect(messages(short)).toContain(
      '[records] schema/deprecations.json entry 1 (Project.legacyCode): the deprecation period from 2026-06-01 to 2026-07-01 is shorter than 90 days',
    );
  });

  it('fails a new deprecation without its entry in schema/deprecations.json', async () => {
    const report = await check({
      released: base,
      current: {
        projects: projectsSdl({ query: 'project(id: ID!): Project @deprecated(reason: "Use `projects`.")' }),
        security: securitySdl(),
      },
      changedBy: 'kaz',
    });
    expect(messages(report)).toEqual([
      '[deprecation] Query.project is newly deprecated but has no entry in schema/deprecations.json (deprecatedOn, removableAfter, reason)',
    ]);
  });

  it('fails a type change that breaks a registered operation, naming the client, the operation and why', async () => {
    const report = await check({
      released: base,
      current: {
        projects: projectsSdl(),
        security: securitySdl({ severity: 'Severity!', extra: 'type Severity { level: Int! label: String! }' }),
      },
      changedBy: 'cert-brandenburg',
      files: {
        'clients/cert-lagebild/incidents.graphql':
          'query LagebildIncidents($first: Int) { incidents(first: $first) { id severity } }\n',
      },
    });
    expect(messages(report)).toEqual([
      "[breaking] Field 'Incident.severity' changed type from 'String!' to 'Severity!' (Incident.severity): breaking for clients of release 2026.06 (2026-06-01); add a new field or argument instead, deprecate the old one and remove it after its period (docs/schema-changes.md)",
      '[operation] client "cert-lagebild", operation LagebildIncidents (schema/clients/cert-lagebild/incidents.graphql): Field "severity" of type "Severity!" must have a selection of subfields. Did you mean "severity { ... }"?',
    ]);
  });

  it('fails a change of another partner’s field without its approval, and passes it with one or for the owner', async () => {
    // The Kaz adds an argument to CERT-Brandenburg's root field `incidents` (non-breaking for clients).
    const change = {
      released: base,
      current: {
        projects: projectsSdl(),
        security: securitySdl({ incidents: '(first: Int, tlp: String): [Incident!]!' }),
      },
    };
    const ownershipMessage =
      "[ownership] Argument 'tlp: String' added to field 'Query.incidents' (Query.incidents.tlp) changes a coordinate of CERT-Brandenburg (subgraph security) without its approval: record one in schema/approvals.json (approvedBy \"cert-brandenburg\", an approver of CERT-Brandenburg, Leitung)";
    expect(messages(await check({ ...change, changedBy: 'kaz' }))).toEqual([ownershipMessage]);
    expect(messages(await check(change))).toEqual([
      `${ownershipMessage}, or run the check as that partner (--as / SCHEMA_CHANGE_BY) if the change is its own`,
    ]);
    const approval: Approval = {
      coordinate: 'Query.incidents',
      approvedBy: 'cert-brandenburg',
      approver: 'CERT-Brandenburg, Leitung',
      approvedOn: '2026-11-20',
      reference: 'Ticket KAZ-4711',
    };
    expect((await check({ ...change, changedBy: 'kaz', approvals: [approval] })).problems).toEqual([]);
    expect((await check({ ...change, changedBy: 'cert-brandenburg' })).problems).toEqual([]);
    // An approval by someone who is not one of the partner's approvers counts for nothing.
    const forged = await check({ ...change, changedBy: 'kaz', approvals: [{ ...approval, approver: 'Kaz, Leitung' }] });
    expect(messages(forged)).toEqual([
      '[records] schema/approvals.json entry 1 (Query.incidents): "approver" must be one of the approvers of cert-brandenburg: CERT-Brandenburg, Leitung',
      ownershipMessage,
    ]);
  });

  it('fails for a subgraph without owner, a change by someone who is not a partner, a deprecation the schema does not have', async () => {
    const report = await check({
      released: base,
      current: base,
      changedBy: 'mallory',
      ownership: { ...ownership, subgraphs: { projects: 'kaz' } },
      deprecations: [
        {
          coordinate: 'Project.title',
          deprecatedOn: '2026-06-01',
          removableAfter: '2026-12-31',
          reason: 'Use `name`.',
        },
      ],
    });
    expect(messages(report)).toEqual([
      '[records] the subgraph "security" has no owner in schema/ownership.json',
      '[records] "mallory" (--as / SCHEMA_CHANGE_BY) is not a partner of schema/ownership.json: kaz, cert-brandenburg',
      '[records] schema/deprecations.json has an entry for Project.title, which the schema has but does not mark @deprecated',
    ]);
  });
});

describe('pnpm schema:check', () => {
  it('fails on a copy of the checkout whose released baseline had a field the hub no longer has', () => {
    // The copy has its own scripts/ and schema/; subgraphs, packages, gateway and node_modules are the checkout's.
    const copy = mkdtempSync(join(tmpdir(), 'kaz-schema-check-'));
    directories.push(copy);
    for (const directory of ['scripts', 'schema']) {
      cpSync(join(repositoryRoot, directory), join(copy, directory), { recursive: true });
    }
    for (const file of ['package.json', 'tsconfig.json', 'tsconfig.base.json']) {
      copyFileSync(join(repositoryRoot, file), join(copy, file));
    }
    for (const directory of ['subgraphs', 'packages', 'gateway', 'node_modules']) {
      symlinkSync(join(repositoryRoot, directory), join(copy, directory));
    }
    const released = (file: string) => join(copy, 'schema', 'released', file);
    const legacy = '  """Retired."""\n  legacyPing: String';
    writeFileSync(
      released('api.graphql'),
      readFileSync(released('api.graphql'), 'utf8').replace(/^type Query \{\n/m, (head) => `${head}${legacy}\n\n`),
    );
    writeFileSync(
      released('supergraph.graphql'),
      readFileSync(released('supergraph.graphql'), 'utf8').replace(
        /^(type Query\n(?: {2}@join__type\(.*\n)+\{\n)/m,
        (head) => `${head}${legacy} @join__field(graph: PROJECTS)\n\n`,
      ),
    );
    const result = spawnSync(
      process.execPath,
      [join(repositoryRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/compose.ts', '--check', '--as', 'kaz'],
      { cwd: copy, encoding: 'utf8', env: { ...process.env, NODE_ENV: 'test' } },
    );
    expect(result.stderr).toContain(
      'The schema change against release 2026.12 breaks the rules of docs/schema-changes.md:\n' +
        '- [breaking] Query.legacyPing was removed without a recorded deprecation',
    );
    expect(result.status).toBe(1);
  }, 120_000);
});
