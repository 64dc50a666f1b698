/**
 * The second, open-source composition of `pnpm schema:check`: the subgraph SDLs that
 * @apollo/composition (Elastic License 2.0) composes into schema/supergraph.graphql are composed
 * again by the MIT-licensed @theguild/federation-composition, and the two results are compared
 * (docs/schema-changes.md, "The open-source composition").
 *
 * Two things are compared, coordinate by coordinate:
 * - the API schema, what clients see: every type with its kind, description, interfaces, union
 *   members and applied directives; every field, argument, input field and enum value with its
 *   type, default value, description, deprecation and applied directives; every directive definition;
 *   the root types. Order is not compared: it changes no operation's meaning, and the two libraries
 *   order fields differently.
 * - what a gateway reads from the supergraph beyond that: the `@join__*` directives of every type,
 *   field and enum value (the routing: which subgraph resolves what, with which key, `@requires`,
 *   `@provides`, `@override`) and the other directives kept there (`@listSize`, `@cost`, `@tag`,
 *   `@inaccessible`), compared with their arguments sorted and their field sets reprinted.
 *
 * A difference that is understood and documented is allowed by name in
 * schema/oss-composition-differences.json; an allowance that no longer matches a difference is a
 * problem too, so that the list never outlives its reason.
 */
import { readFileSync } from 'node:fs';
import { composeServices as composeWithGuild } from '@theguild/federation-composition';
import {
  astFromValue,
  buildSchema,
  type ConstArgumentNode,
  type ConstDirectiveNode,
  type GraphQLArgument,
  type GraphQLEnumValue,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLNamedType,
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isScalarType,
  isSpecifiedDirective,
  isSpecifiedScalarType,
  isTypeDefinitionNode,
  isUnionType,
  Kind,
  parse,
  print,
} from 'graphql';

/** One subgraph as composition takes it: its service name, routing URL and printed SDL. */
export interface PrintedSubgraph {
  name: string;
  url: string;
  sdl: string;
}

/** One thing the two compositions say differently about one schema coordinate. */
export interface CompositionDifference {
  /** `Type`, `Type.field`, `Type.field(argument:)`, `Enum.VALUE`, `@directive` or `schema`. */
  coordinate: string;
  /** What differs: `exists`, `type`, `description`, `default`, `deprecated`, `routing`, … */
  aspect: string;
  /** What @apollo/composition says (`absent` when it lacks the coordinate). */
  apollo: string;
  /** What @theguild/federation-composition says (`absent` when it lacks the coordinate). */
  guild: string;
}

/** A difference allowed by name, with the reason it is understood (docs/schema-changes.md). */
export interface AllowedDifference extends CompositionDifference {
  reason: string;
}

/** What the comparison found: the problems make `schema:check` fail; allowed ones it only mentions. */
export interface OssCompositionReport {
  problems: string[];
  allowed: CompositionDifference[];
}

/**
 * The allowed differences of schema/oss-composition-differences.json (or `path`). Throws when the
 * file is not an array or an entry lacks one of coordinate, aspect, apollo, guild and reason.
 */
export function readAllowedDifferences(
  path: URL = new URL('../schema/oss-composition-differences.json', import.meta.url),
): AllowedDifference[] {
  const records = JSON.parse(readFileSync(path, 'utf8')) as unknown;
  if (!Array.isArray(records)) throw new Error(`${path.pathname}: expected an array of allowed differences`);
  for (const record of records as Partial<AllowedDifference>[]) {
    for (const field of ['coordinate', 'aspect', 'apollo', 'guild', 'reason'] as const) {
      if (typeof record[field] !== 'string' || record[field] === '') {
        throw new Error(`${path.pathname}: an allowed difference lacks "${field}": ${JSON.stringify(record)}`);
      }
    }
  }
  return records as AllowedDifference[];
}

/**
 * Composes `subgraphs` with @theguild/federation-composition and compares the result with Apollo's
 * composition of the same subgraphs (`apollo`: its supergraph and API schema SDL). Never throws for
 * a disagreement: every difference not in `allowed`, every allowance that matched nothing and every
 * error of the Guild's composition is one readable line of `problems`.
 */
export function checkOssComposition(
  subgraphs: readonly PrintedSubgraph[],
  apollo: { supergraphSdl: string; apiSdl: string },
  allowed: readonly AllowedDifference[] = [],
): OssCompositionReport {
  const result = composeWithGuild(subgraphs.map(({ name, url, sdl }) => ({ name, url, typeDefs: parse(sdl) })));
  if (result.errors) {
    return {
      problems: result.errors.map((error) => `@theguild/federation-composition fails: ${error.message}`),
      allowed: [],
    };
  }
  const differences = [
    ...compareFacts(apiFacts(apollo.apiSdl), apiFacts(result.publicSdl), 'exists'),
    ...compareFacts(supergraphFacts(apollo.supergraphSdl), supergraphFacts(result.supergraphSdl), 'aspects'),
  ];
  const isAllowed = (difference: CompositionDifference) => allowed.some((entry) => sameDifference(entry, difference));
  return {
    problems: [
      ...differences.filter((difference) => !isAllowed(difference)).map(describeDifference),
      ...allowed
        .filter((entry) => !differences.some((difference) => sameDifference(entry, difference)))
        .map(
          (entry) =>
            `${entry.coordinate} (${entry.aspect}): schema/oss-composition-differences.json allows "Apollo says ${entry.apollo}; the Guild says ${entry.guild}", but the compositions no longer differ so; remove the entry`,
        ),
    ],
    allowed: differences.filter(isAllowed),
  };
}

/** One line: `Type.field (aspect): Apollo says …; the Guild says …`. */
export function describeDifference({ coordinate, aspect, apollo, guild }: CompositionDifference): string {
  return `${coordinate} (${aspect}): Apollo says ${apollo}; the Guild says ${guild}`;
}

function sameDifference(a: CompositionDifference, b: CompositionDifference): boolean {
  return a.coordinate === b.coordinate && a.aspect === b.aspect && a.apollo === b.apollo && a.guild === b.guild;
}

/** Coordinate → aspect → value. */
type Facts = Map<string, Map<string, string>>;

/**
 * The differences of two fact sets. A coordinate that only one side has is one `exists` difference
 * (`absent: 'exists'`, for the API schema) or each of its aspects against `absent` (`'aspects'`, for
 * the routing, whose value is the interesting part).
 */
function compareFacts(apollo: Facts, guild: Facts, absent: 'exists' | 'aspects'): CompositionDifference[] {
  const differences: CompositionDifference[] = [];
  const missing = new Set<string>();
  // Sorted, a type comes before its fields and a field before its arguments.
  const coordinates = [...new Set([...apollo.keys(), ...guild.keys()])].sort();
  for (const coordinate of coordinates) {
    const a = apollo.get(coordinate) ?? (absent === 'aspects' ? new Map<string, string>() : undefined);
    const g = guild.get(coordinate) ?? (absent === 'aspects' ? new Map<string, string>() : undefined);
    if (!a || !g) {
      missing.add(coordinate);
      // A missing type is one difference, not one more for each of its fields.
      if (parentsOf(coordinate).some((parent) => missing.has(parent))) continue;
      differences.push({
        coordinate,
        aspect: 'exists',
        apollo: a ? 'present' : 'absent',
        guild: g ? 'present' : 'absent',
      });
      continue;
    }
    for (const aspect of [...new Set([...a.keys(), ...g.keys()])].sort()) {
      const apolloValue = a.get(aspect) ?? 'absent';
      const guildValue = g.get(aspect) ?? 'absent';
      if (apolloValue !== guildValue) differences.push({ coordinate, aspect, apollo: apolloValue, guild: guildValue });
    }
  }
  return differences;
}

/** `Type.field(argument:)` → `Type.field`, `Type`; `@directive(argument:)` → `@directive`. */
function parentsOf(coordinate: string): string[] {
  const parents: string[] = [];
  const argument = coordinate.indexOf('(');
  if (argument > 0) parents.push(coordinate.slice(0, argument));
  const field = coordinate.indexOf('.');
  if (field > 0) parents.push(coordinate.slice(0, field));
  return parents;
}

const quoted = (text: string | null | undefined) => (text == null ? 'none' : JSON.stringify(text));

/** The directives applied in the SDL, but those that graphql-js models itself (deprecation, …). */
function appliedDirectives(
  node: { directives?: readonly ConstDirectiveNode[] | undefined } | null | undefined,
): string {
  const modelled = new Set(['deprecated', 'specifiedBy', 'oneOf']);
  const directives = (node?.directives ?? []).filter(({ name }) => !modelled.has(name.value)).map(normalisedDirective);
  return directives.length > 0 ? directives.sort().join(' ') : 'none';
}

function argumentFacts(argument: GraphQLArgument | GraphQLInputField): Map<string, string> {
  const defaultValue =
    argument.defaultValue === undefined ? undefined : astFromValue(argument.defaultValue, argument.type);
  return new Map([
    ['type', String(argument.type)],
    ['default', defaultValue ? print(defaultValue) : 'none'],
    ['description', quoted(argument.description)],
    ['deprecated', quoted(argument.deprecationReason)],
    ['directives', appliedDirectives(argument.astNode)],
  ]);
}

function fieldFacts(field: GraphQLField<unknown, unknown>): Map<string, string> {
  return new Map([
    ['type', String(field.type)],
    ['description', quoted(field.description)],
    ['deprecated', quoted(field.deprecationReason)],
    ['directives', appliedDirectives(field.astNode)],
  ]);
}

function enumValueFacts(value: GraphQLEnumValue): Map<string, string> {
  return new Map([
    ['description', quoted(value.description)],
    ['deprecated', quoted(value.deprecationReason)],
    ['directives', appliedDirectives(value.astNode)],
  ]);
}

function kindOf(type: GraphQLNamedType): string {
  if (isObjectType(type)) return 'object type';
  if (isInterfaceType(type)) return 'interface';
  if (isUnionType(type)) return 'union';
  if (isEnumType(type)) return 'enum';
  if (isInputObjectType(type)) return 'input type';
  return 'scalar';
}

function typeFacts(type: GraphQLNamedType): Map<string, string> {
  const facts = new Map([
    ['kind', kindOf(type)],
    ['description', quoted(type.description)],
    ['directives', appliedDirectives(type.astNode)],
  ]);
  if (isObjectType(type) || isInterfaceType(type)) {
    facts.set('interfaces', type.getInterfaces().map(String).sort().join(', ') || 'none');
  }
  if (isUnionType(type)) facts.set('members', type.getTypes().map(String).sort().join(' | '));
  if (isScalarType(type)) facts.set('specifiedBy', quoted(type.specifiedByURL));
  if (isInputObjectType(type)) facts.set('oneOf', String(type.isOneOf));
  return facts;
}

/** The facts of an API schema, coordinate by coordinate. */
function apiFacts(sdl: string): Facts {
  const schema: GraphQLSchema = buildSchema(sdl);
  const facts: Facts = new Map();
  facts.set(
    'schema',
    new Map([
      ['query', schema.getQueryType()?.name ?? 'none'],
      ['mutation', schema.getMutationType()?.name ?? 'none'],
      ['subscription', schema.getSubscriptionType()?.name ?? 'none'],
    ]),
  );
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
    facts.set(type.name, typeFacts(type));
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        facts.set(`${type.name}.${field.name}`, fieldFacts(field));
        for (const argument of field.args) {
          facts.set(`${type.name}.${field.name}(${argument.name}:)`, argumentFacts(argument));
        }
      }
    }
    if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields()))
        facts.set(`${type.name}.${field.name}`, argumentFacts(field));
    }
    if (isEnumType(type)) {
      for (const value of type.getValues()) facts.set(`${type.name}.${value.name}`, enumValueFacts(value));
    }
  }
  for (const directive of schema.getDirectives()) {
    if (isSpecifiedDirective(directive)) continue;
    facts.set(
      `@${directive.name}`,
      new Map([
        ['description', quoted(directive.description)],
        ['locations', [...directive.locations].sort().join(' | ')],
        ['repeatable', String(directive.isRepeatable)],
      ]),
    );
    for (const argument of directive.args) facts.set(`@${directive.name}(${argument.name}:)`, argumentFacts(argument));
  }
  return facts;
}

const FIELD_SET_ARGUMENTS = new Set(['key', 'requires', 'provides']);

/** A directive printed with its arguments sorted by name and its field sets reprinted in one form. */
function normalisedDirective(directive: ConstDirectiveNode): string {
  const argument = ({ name, value }: ConstArgumentNode) => {
    const printed =
      FIELD_SET_ARGUMENTS.has(name.value) && value.kind === Kind.STRING
        ? JSON.stringify(print(parse(`{${value.value}}`)).replace(/\s+/g, ' '))
        : print(value);
    return `${name.value}: ${printed}`;
  };
  const args = [...(directive.arguments ?? [])].sort((a, b) => a.name.value.localeCompare(b.name.value));
  return args.length > 0 ? `@${directive.name.value}(${args.map(argument).join(', ')})` : `@${directive.name.value}`;
}

/**
 * What a gateway reads from a supergraph beyond the API schema, coordinate by coordinate: the
 * `@join__*` directives (aspect `routing`) and the other directives applied there, such as the
 * demand-control `@listSize` and `@cost` that the gateway's cost limit reads (aspect `directives`).
 */
function supergraphFacts(supergraphSdl: string): Facts {
  const facts: Facts = new Map();
  const inApiFacts = new Set(['deprecated', 'specifiedBy', 'oneOf']);
  const add = (coordinate: string, node: { directives?: readonly ConstDirectiveNode[] | undefined }) => {
    const directives = (node.directives ?? []).filter(({ name }) => !inApiFacts.has(name.value));
    const join = directives.filter(({ name }) => name.value.startsWith('join__')).map(normalisedDirective);
    const others = directives.filter(({ name }) => !name.value.startsWith('join__')).map(normalisedDirective);
    const aspects = new Map<string, string>();
    if (join.length > 0) aspects.set('routing', join.sort().join(' '));
    if (others.length > 0) aspects.set('directives', others.sort().join(' '));
    if (aspects.size > 0) facts.set(coordinate, aspects);
  };
  for (const definition of parse(supergraphSdl).definitions) {
    if (!isTypeDefinitionNode(definition)) continue;
    // The join__Graph enum lists the subgraphs with their routing URLs, which deployments override.
    if (definition.name.value === 'join__Graph') continue;
    const typeName = definition.name.value;
    add(typeName, definition);
    if ('fields' in definition) {
      for (const field of definition.fields ?? []) {
        add(`${typeName}.${field.name.value}`, field);
        if ('arguments' in field) {
          for (const argument of field.arguments ?? [])
            add(`${typeName}.${field.name.value}(${argument.name.value}:)`, argument);
        }
      }
    }
    if ('values' in definition) {
      for (const value of definition.values ?? []) add(`${typeName}.${value.name.value}`, value);
    }
  }
  return facts;
}
