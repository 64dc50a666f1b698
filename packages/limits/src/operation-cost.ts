import { createRequire } from 'node:module';
import type { ConstDirectiveNode, DocumentNode, GraphQLField, GraphQLSchema } from 'graphql';
import type { ComplexityEstimator } from 'graphql-query-complexity';

// graphql 16 ships a CommonJS and an ESM build and has no exports map: Node's `import` loads the
// CommonJS one, Vitest resolves our own `import 'graphql'` to the ESM one, and graphql's `instanceof`
// checks fail across the two. The cost is therefore counted with graphql and graphql-query-complexity
// loaded through require (one build, in every runner), on a schema built from SDL by that build
// (`buildCostSchema`). This can go with graphql 17, whose exports map gives one build.
const require = createRequire(import.meta.url);
const { buildSchema, getNullableType, isListType } = require('graphql') as typeof import('graphql');
const { getComplexity } = require('graphql-query-complexity') as typeof import('graphql-query-complexity');

/**
 * The size assumed for a list field that declares none (no `@listSize`): a partner subgraph that has
 * not declared its lists yet is counted high rather than low. Every list of the hub's own subgraphs
 * declares its size (the subgraph kit refuses to build one that does not).
 */
export const UNDECLARED_LIST_SIZE = 100;

/**
 * A schema to count costs on, built from SDL (a supergraph, or a subgraph's printed SDL) by the
 * graphql build that `operationCost` uses. The SDL's `@listSize` and `@cost` directives are what the
 * count reads; they need no definition in it.
 */
export function buildCostSchema(sdl: string): GraphQLSchema {
  return buildSchema(sdl, { assumeValidSDL: true });
}

/**
 * The estimated cost of an operation, from the demand-control directives of the schema (Federation's
 * `@listSize` and `@cost`, as composition carries them into the supergraph):
 * - every field costs its `@cost(weight:)` (1 when it has none) plus the cost of its selection;
 * - a list field multiplies its selection's cost by its size: with `@listSize(slicingArguments:)` the
 *   value of the first of those arguments that is given (`defaultFirst` when none is), with
 *   `@listSize(assumedSize:)` that size, without `@listSize` `UNDECLARED_LIST_SIZE`;
 * - the `nodes`/`edges` of a connection are counted once: the field that returns the connection
 *   multiplies by its page size (its `sizedFields`);
 * - `_entities` (a subgraph's entity fetch) multiplies by the number of representations;
 * - introspection fields are not multiplied.
 * Throws a GraphQLError when the variables do not fit the operation (execution would refuse them
 * anyway). The schema must come from `buildCostSchema`.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  options: {
    variables?: Record<string, unknown> | undefined;
    operationName?: string | undefined;
    defaultFirst: number;
  },
): number {
  const estimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
    const weight = costWeight(field);
    if (type.name.startsWith('__')) return weight + childComplexity;
    return weight + listMultiplier(type.name, field, args, options.defaultFirst) * childComplexity;
  };
  return getComplexity({
    schema,
    query: document,
    variables: options.variables ?? {},
    ...(options.operationName ? { operationName: options.operationName } : {}),
    estimators: [estimator],
  });
}

function listMultiplier(
  typeName: string,
  field: GraphQLField<unknown, unknown>,
  args: Record<string, unknown>,
  defaultFirst: number,
): number {
  if (field.name === '_entities' && typeName === 'Query') {
    return Array.isArray(args.representations) ? args.representations.length : 1;
  }
  const listSize = directive(field, 'listSize');
  if (listSize) {
    const slicing = stringList(listSize, 'slicingArguments');
    if (slicing.length > 0) {
      const given = slicing.map((name) => args[name]).find((value) => typeof value === 'number');
      return typeof given === 'number' ? Math.max(given, 0) : defaultFirst;
    }
    const assumed = intArgument(listSize, 'assumedSize');
    if (assumed !== undefined) return assumed;
  }
  if (!isListType(getNullableType(field.type))) return 1;
  if (typeName.endsWith('Connection') && (field.name === 'nodes' || field.name === 'edges')) return 1;
  return UNDECLARED_LIST_SIZE;
}

function costWeight(field: GraphQLField<unknown, unknown>): number {
  const cost = directive(field, 'cost');
  return (cost && intArgument(cost, 'weight')) ?? 1;
}

function directive(field: GraphQLField<unknown, unknown>, name: string): ConstDirectiveNode | undefined {
  return field.astNode?.directives?.find((node) => node.name.value === name);
}

function intArgument(node: ConstDirectiveNode, name: string): number | undefined {
  const value = node.arguments?.find((arg) => arg.name.value === name)?.value;
  return value?.kind === 'IntValue' ? Number(value.value) : undefined;
}

function stringList(node: ConstDirectiveNode, name: string): string[] {
  const value = node.arguments?.find((arg) => arg.name.value === name)?.value;
  if (value?.kind === 'StringValue') return [value.value];
  if (value?.kind !== 'ListValue') return [];
  return value.values.flatMap((item) => (item.kind === 'StringValue' ? [item.value] : []));
}
