import type { DirectiveNode, GraphQLField, GraphQLSchema } from 'graphql';
import { Kind, parseValue } from 'graphql';
import { clientError } from './errors.ts';

/** The federation version whose `@link` imports the demand-control directives (`@listSize`, `@cost`). */
export const FEDERATION_LINK_URL = 'https://specs.apollo.dev/federation/v2.9';

/**
 * The Pothos `directives` option of a plain list field: `@listSize(assumedSize: max)`. The gateway and
 * the subgraph count the field's selection `max` times in an operation's cost, and
 * `demandControlledSubgraphSchema` makes the number true: a field that would answer more than `max`
 * items answers the error LIST_TOO_LONG on its path instead (never a silently shortened list).
 */
export function listSize(max: number) {
  return { listSize: { assumedSize: max } };
}

/** What `demandControlledSubgraphSchema` needs of a Pothos builder with the federation plugin. */
export interface SubgraphSchemaBuilder {
  toSchema(): GraphQLSchema;
  toSubGraphSchema(options: { linkUrl?: string; federationDirectives?: string[] }): GraphQLSchema;
}

/**
 * The builder's subgraph schema on Federation 2.9 with the demand-control directives imported, where
 * every list field declares its size:
 * - a paginated field (a `…Connection` with a `first` argument) gets
 *   `@listSize(slicingArguments: ["first"], sizedFields: ["edges", "nodes"], requireOneSlicingArgument: false)`;
 * - a plain list must carry `listSize(max)`; its resolver is wrapped so that more than `max` items
 *   become the error LIST_TOO_LONG on the field's path (the owner then raises the size or pages the
 *   field; a list cut short without a word would tell the client something false);
 * - an `@external` list (the owner's field that `@requires` reads) carries none: its owner declares it.
 * Throws naming the plain list fields without a declared size, so that a new one cannot slip in.
 */
export function demandControlledSubgraphSchema(builder: SubgraphSchemaBuilder): GraphQLSchema {
  const schema = builder.toSubGraphSchema({
    linkUrl: FEDERATION_LINK_URL,
    federationDirectives: [...usedFederationDirectives(builder.toSchema()), '@cost', '@listSize'].sort(),
  });
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || kindOf(type) !== 'GraphQLObjectType') continue;
    const fields = (type as unknown as { getFields(): Record<string, GraphQLField<unknown, unknown>> }).getFields();
    for (const field of Object.values(fields)) {
      if (!isList(field.type) || (type.name === 'Query' && field.name.startsWith('_'))) continue;
      // An @external field (read by @requires) is resolved by its owner, which declares its size;
      // composition refuses @listSize on it here.
      if (field.astNode?.directives?.some((directive) => directive.name.value === 'external')) continue;
      // The items of a connection are counted by the `first` of the field that returns it.
      if (type.name.endsWith('Connection') && (field.name === 'nodes' || field.name === 'edges')) continue;
      const declared = field.astNode?.directives?.find((directive) => directive.name.value === 'listSize');
      const assumed = declared?.arguments?.find((arg) => arg.name.value === 'assumedSize')?.value;
      if (assumed?.kind !== Kind.INT) {
        missing.push(`${type.name}.${field.name}`);
        continue;
      }
      capList(field, Number(assumed.value), type.name);
    }
    for (const field of Object.values(fields)) {
      if (!field.args.some((arg) => arg.name === 'first') || !namedType(field.type).endsWith('Connection')) continue;
      const astNode = field.astNode as { directives?: readonly DirectiveNode[] } | undefined | null;
      if (astNode && !astNode.directives?.some((directive) => directive.name.value === 'listSize')) {
        astNode.directives = [...(astNode.directives ?? []), PAGED_LIST_SIZE];
      }
    }
  }
  if (missing.length > 0) {
    throw new Error(`list fields without a declared size (add directives: listSize(max)): ${missing.join(', ')}`);
  }
  return schema;
}

const PAGED_LIST_SIZE: DirectiveNode = {
  kind: Kind.DIRECTIVE,
  name: { kind: Kind.NAME, value: 'listSize' },
  arguments: [
    { kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: 'slicingArguments' }, value: parseValue('["first"]') },
    { kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: 'sizedFields' }, value: parseValue('["edges", "nodes"]') },
    { kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: 'requireOneSlicingArgument' }, value: parseValue('false') },
  ],
};

// What Pothos imports by itself (from the directives the federation plugin put on types and fields);
// its own list cannot be extended, so it is worked out again here.
const FEDERATION_DIRECTIVES = new Set([
  'extends',
  'external',
  'key',
  'inaccessible',
  'interfaceObject',
  'override',
  'provides',
  'requires',
  'shareable',
  'tag',
  'composeDirective',
  'authenticated',
  'requiresScopes',
  'policy',
]);

function usedFederationDirectives(schema: GraphQLSchema): string[] {
  const used = new Set<string>();
  const collect = (extensions: unknown) => {
    const directives = (extensions as { directives?: unknown } | null | undefined)?.directives;
    const names = Array.isArray(directives)
      ? directives.map((directive: { name: string }) => directive.name)
      : Object.keys(directives ?? {});
    for (const name of names) if (FEDERATION_DIRECTIVES.has(name)) used.add(`@${name}`);
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    collect(type.extensions);
    const fields = (type as unknown as { getFields?(): Record<string, { extensions?: unknown }> }).getFields?.() ?? {};
    for (const field of Object.values(fields)) collect(field.extensions);
  }
  return [...used];
}

function capList(field: GraphQLField<unknown, unknown>, max: number, owner: string): void {
  const resolve = field.resolve;
  const cap = (value: unknown) => {
    if (!Array.isArray(value) || value.length <= max) return value;
    throw clientError(
      'LIST_TOO_LONG',
      `${owner}.${field.name} holds more than its declared size of ${max} items; ask the owner of the field to raise it.`,
      { declaredSize: max },
    );
  };
  field.resolve = (source, args, context, info) => {
    const value = resolve
      ? resolve(source, args, context, info)
      : (source as Record<string, unknown> | null)?.[info.fieldName];
    return value instanceof Promise ? value.then(cap) : cap(value);
  };
}

// Types are told apart by their tag, not with graphql's `isListType` and friends: Pothos may have built
// the schema with graphql's other build (see text-arguments.ts).
function kindOf(type: unknown): string {
  return (type as { [Symbol.toStringTag]?: string })[Symbol.toStringTag] ?? '';
}

function isList(type: unknown): boolean {
  const nullable = kindOf(type) === 'GraphQLNonNull' ? (type as { ofType: unknown }).ofType : type;
  return kindOf(nullable) === 'GraphQLList';
}

function namedType(type: unknown): string {
  let inner = type;
  while (kindOf(inner) === 'GraphQLNonNull' || kindOf(inner) === 'GraphQLList')
    inner = (inner as { ofType: unknown }).ofType;
  return (inner as { name: string }).name;
}
