import { createRequire } from 'node:module';
import { type Change, CriticalityLevel, diff } from '@graphql-inspector/core';
import type { GraphQLSchema } from 'graphql';
import { operationProblems, type RegisteredOperation } from './operations.ts';
import { CoordinateOwners, type Ownership, ownershipProblems, subgraphNamesOf } from './ownership.ts';
import {
  type Approval,
  approvalProblems,
  type Deprecation,
  deprecationProblems,
  isDay,
  type ReleaseInfo,
} from './records.ts';

// graphql 16 has a CommonJS and an ESM build and no exports map: Node gives @graphql-inspector/core
// the CommonJS one, Vitest would give this file the ESM one, and graphql's instanceof checks fail
// across the two. Through require, the schemas are of the inspector's build in every runner (as
// @kaz/limits does). This can go with graphql 17, whose exports map gives one build.
const { buildSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType } = createRequire(import.meta.url)(
  'graphql',
) as typeof import('graphql');

/** What the check compares: the released baseline, the fresh composition and the records under schema/. */
export interface SchemaChangeInput {
  /** schema/released/: the supergraph and API schema of the last release. */
  released: { supergraphSdl: string; apiSdl: string; release: ReleaseInfo };
  /** The fresh composition. */
  current: { supergraphSdl: string; apiSdl: string };
  ownership: Ownership;
  /** The parsed schema/deprecations.json (checked here). */
  deprecations: unknown;
  /** The parsed schema/approvals.json (checked here). */
  approvals: unknown;
  operations: readonly RegisteredOperation[];
  /** The partner id making the change (`--as` / SCHEMA_CHANGE_BY); undefined when nobody said. */
  changedBy?: string | undefined;
  /** Today (YYYY-MM-DD), against which `removableAfter` is compared. */
  today: string;
}

/** Which rule a problem breaks. */
export type SchemaRule = 'records' | 'breaking' | 'deprecation' | 'operation' | 'ownership';

export interface SchemaProblem {
  rule: SchemaRule;
  message: string;
}

export interface SchemaChangeReport {
  /** Every change of the API schema since the release, as @graphql-inspector/core found it. */
  changes: Change[];
  /** Why the change may not be merged; empty when it may. */
  problems: SchemaProblem[];
  /** Dangerous changes (allowed, worth a line in docs/schema-changes.md), as messages. */
  warnings: string[];
}

// Removals that pass when the coordinate was deprecated in the release and its period is over.
const REMOVALS = new Set<string>([
  'FIELD_REMOVED',
  'ENUM_VALUE_REMOVED',
  'INPUT_FIELD_REMOVED',
  'FIELD_ARGUMENT_REMOVED',
  'TYPE_REMOVED',
]);
// A deprecation that starts needs its period recorded.
const DEPRECATIONS_ADDED = new Set<string>(['FIELD_DEPRECATION_ADDED', 'ENUM_VALUE_DEPRECATION_REASON_ADDED']);
// Additions whose new coordinate changes the type that holds it (another partner's enum, union,
// input, interface list). A new field of an object type is the adding subgraph's own (federation).
const ADDITIONS_TO_TYPE = new Set<string>([
  'ENUM_VALUE_ADDED',
  'UNION_MEMBER_ADDED',
  'INPUT_FIELD_ADDED',
  'OBJECT_TYPE_INTERFACE_ADDED',
]);
const NEW_COORDINATES = new Set<string>(['TYPE_ADDED', 'FIELD_ADDED']);

/**
 * The schema-governance check of `pnpm schema:check` (docs/schema-changes.md):
 * 1. the records are well-formed (ownership of every subgraph, deprecations, approvals);
 * 2. no breaking change of the API schema against the release, except the removal of a coordinate
 *    that was deprecated in the release and whose `removableAfter` in schema/deprecations.json lies
 *    before `today`; every deprecation added since has its entry there;
 * 3. every registered operation still validates against the new API schema;
 * 4. every change (descriptions aside) of a coordinate defined by another partner's subgraph has that
 *    partner's approval in schema/approvals.json.
 * Never throws for a bad record (it is a problem); throws only for SDL that does not parse.
 */
export async function checkSchemaChange(input: SchemaChangeInput): Promise<SchemaChangeReport> {
  const problems: SchemaProblem[] = [];
  const records = (messages: string[]) =>
    problems.push(...messages.map((message) => ({ rule: 'records' as const, message })));
  records(ownershipProblems(input.ownership, subgraphNamesOf(input.current.supergraphSdl)));
  const deprecationRecords = deprecationProblems(input.deprecations);
  records(deprecationRecords);
  const approvalRecords = approvalProblems(input.approvals, input.ownership.partners);
  records(approvalRecords);
  if (!isDay(input.today)) records([`today must be a YYYY-MM-DD day, not ${JSON.stringify(input.today)}`]);
  if (input.changedBy !== undefined && !Object.hasOwn(input.ownership.partners, input.changedBy)) {
    records([
      `"${input.changedBy}" (--as / SCHEMA_CHANGE_BY) is not a partner of schema/ownership.json: ${Object.keys(input.ownership.partners).join(', ')}`,
    ]);
  }
  const deprecations = deprecationRecords.length === 0 ? (input.deprecations as Deprecation[]) : [];
  const approvals = approvalRecords.length === 0 ? (input.approvals as Approval[]) : [];

  const { release: name, releasedOn } = input.released.release ?? {};
  if (typeof name !== 'string' || name === '' || !isDay(releasedOn)) {
    records(['schema/released/RELEASE.json must name the "release" and its day "releasedOn" (YYYY-MM-DD)']);
  }
  const releasedSchema = buildSchema(input.released.apiSdl);
  const currentSchema = buildSchema(input.current.apiSdl);
  records(
    deprecations
      .filter(({ coordinate }) => coordinate.includes('.') && exists(currentSchema, coordinate))
      .filter(({ coordinate }) => !wasDeprecated(currentSchema, coordinate))
      .map(
        ({ coordinate }) =>
          `schema/deprecations.json has an entry for ${coordinate}, which the schema has but does not mark @deprecated`,
      ),
  );
  const changes = await diff(releasedSchema, currentSchema);
  const release = `release ${input.released.release.release} (${input.released.release.releasedOn})`;
  const warnings: string[] = [];

  for (const change of changes) {
    const coordinate = coordinateOf(change) ?? '(schema)';
    if (change.criticality.level === CriticalityLevel.Breaking) {
      const message = REMOVALS.has(change.type)
        ? removalProblem(coordinate, releasedSchema, deprecations, input.today, release)
        : `${change.message} (${coordinate}): breaking for clients of ${release}; add a new field or argument instead, deprecate the old one and remove it after its period (docs/schema-changes.md)`;
      if (message) problems.push({ rule: 'breaking', message });
    } else if (change.criticality.level === CriticalityLevel.Dangerous) {
      warnings.push(`${change.message} (${coordinate})`);
    }
    if (DEPRECATIONS_ADDED.has(change.type) && !deprecations.some((entry) => entry.coordinate === coordinate)) {
      problems.push({
        rule: 'deprecation',
        message: `${coordinate} is newly deprecated but has no entry in schema/deprecations.json (deprecatedOn, removableAfter, reason)`,
      });
    }
  }

  problems.push(...ownershipChecks(changes, input, approvals));
  problems.push(
    ...operationProblems(currentSchema, input.operations).map((message) => ({ rule: 'operation' as const, message })),
  );
  return { changes, problems, warnings };
}

/**
 * The schema coordinate a change is about: its path without a directive part (the inspector's path of
 * a deprecation added to `Type.field` is `Type.field.@deprecated`); undefined for the schema itself.
 */
function coordinateOf(change: Change): string | undefined {
  return change.path?.replace(/\.@.*$/, '');
}

/** Why removing `coordinate` breaks the rules, or undefined when its deprecation period is over. */
function removalProblem(
  coordinate: string,
  released: GraphQLSchema,
  deprecations: readonly Deprecation[],
  today: string,
  release: string,
): string | undefined {
  const entry = deprecations.find((candidate) => candidate.coordinate === coordinate);
  if (!entry) {
    return `${coordinate} was removed without a recorded deprecation: deprecate it (@deprecated and an entry in schema/deprecations.json), release, and remove it after its removableAfter`;
  }
  if (!wasDeprecated(released, coordinate)) {
    return `${coordinate} was removed, but it was not deprecated in ${release}: clients were never told`;
  }
  if (!(today > entry.removableAfter)) {
    return `${coordinate} was removed before its deprecation period ended: removable after ${entry.removableAfter} (schema/deprecations.json), today is ${today}`;
  }
  return undefined;
}

/** True when `schema` has `coordinate` (a type, field, argument, input field or enum value). */
function exists(schema: GraphQLSchema, coordinate: string): boolean {
  const [typeName = '', member, argument] = coordinate.split('.');
  const type = schema.getType(typeName);
  if (!type || member === undefined) return type !== undefined;
  if (isEnumType(type)) return type.getValue(member) !== undefined;
  if (isInputObjectType(type)) return type.getFields()[member] !== undefined;
  if (isObjectType(type) || isInterfaceType(type)) {
    const field = type.getFields()[member];
    return argument === undefined ? field !== undefined : field?.args.some(({ name }) => name === argument) === true;
  }
  return false;
}

/**
 * True when `schema` marks `coordinate` @deprecated. A type cannot carry @deprecated: it
 * counts as deprecated when it has an entry (checked by the caller).
 */
function wasDeprecated(schema: GraphQLSchema, coordinate: string): boolean {
  const [typeName = '', member, argument] = coordinate.split('.');
  const type = schema.getType(typeName);
  if (!type) return false;
  if (member === undefined) return true;
  if (isEnumType(type)) return type.getValue(member)?.deprecationReason != null;
  if (isInputObjectType(type)) return type.getFields()[member]?.deprecationReason != null;
  if (isObjectType(type) || isInterfaceType(type)) {
    const field = type.getFields()[member];
    if (argument === undefined) return field?.deprecationReason != null;
    return field?.args.find((candidate) => candidate.name === argument)?.deprecationReason != null;
  }
  return false;
}

/** The problems of changes to coordinates that other partners' subgraphs define, without their approval. */
function ownershipChecks(
  changes: readonly Change[],
  input: SchemaChangeInput,
  approvals: readonly Approval[],
): SchemaProblem[] {
  const releasedOwners = new CoordinateOwners(input.released.supergraphSdl);
  const problems = new Map<string, SchemaProblem>();
  for (const change of changes) {
    const path = coordinateOf(change);
    if (!path || change.type.includes('DESCRIPTION') || NEW_COORDINATES.has(change.type)) continue;
    const coordinate = ADDITIONS_TO_TYPE.has(change.type) ? (path.split('.')[0] ?? path) : path;
    const partners = [
      ...new Set(releasedOwners.of(coordinate).map((subgraph) => input.ownership.subgraphs[subgraph] ?? subgraph)),
    ];
    for (const partner of partners) {
      if (partner === input.changedBy) continue;
      const approved = approvals.some(
        (approval) =>
          approval.approvedBy === partner &&
          (path === approval.coordinate || path.startsWith(`${approval.coordinate}.`)),
      );
      if (approved) continue;
      const key = `${partner}\n${path}`;
      if (problems.has(key)) continue;
      const owner = input.ownership.partners[partner];
      problems.set(key, {
        rule: 'ownership',
        message: `${change.message} (${path}) changes a coordinate of ${owner?.name ?? partner} (subgraph ${releasedOwners
          .of(coordinate)
          .filter((subgraph) => (input.ownership.subgraphs[subgraph] ?? subgraph) === partner)
          .join(
            ', ',
          )}) without its approval: record one in schema/approvals.json (approvedBy "${partner}", an approver of ${owner?.approvers.join(' / ') ?? 'the partner'})${input.changedBy === undefined ? ', or run the check as that partner (--as / SCHEMA_CHANGE_BY) if the change is its own' : ''}`,
      });
    }
  }
  return [...problems.values()];
}
