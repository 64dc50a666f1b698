// Over 250 lines: one generator of random operations from the schema; its parts call each other as the walk recurses.
import { DEFAULT_OPERATION_LIMITS, LIMIT_CODES } from '@kaz/gateway';
import {
  type GraphQLEnumType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  Lexer,
  Source,
  TokenKind,
} from 'graphql';
import type { Random, ValueGenerator, ValueSite } from './fuzz-values.ts';

// Random operations from the API schema, valid by construction: random subsets of fields down to a
// random depth, arguments from their input types (as literals or as variables), aliases, inline and
// named fragments, `__typename`, `@include`/`@skip`, and mutations with random inputs. Most stay
// within the gateway's limits by the generator's own count; a small share exceeds one on purpose.

export { LIMIT_CODES };

/** A limit of the gateway: depth, aliases, tokens, directives or cost. */
export type LimitName = keyof typeof LIMIT_CODES;

/** The gateway's limits by name (@kaz/limits). */
const LIMITS: Record<LimitName, number> = {
  depth: DEFAULT_OPERATION_LIMITS.maxDepth,
  aliases: DEFAULT_OPERATION_LIMITS.maxAliases,
  tokens: DEFAULT_OPERATION_LIMITS.maxTokens,
  directives: DEFAULT_OPERATION_LIMITS.maxDirectives,
  cost: DEFAULT_OPERATION_LIMITS.maxCost,
};

// An operation meant to stay within the limits stays this far within them: the generator counts
// like the gateway, but a margin keeps a small difference in counting from failing a run.
const WITHIN: Record<LimitName, number> = {
  depth: LIMITS.depth,
  aliases: Math.min(8, LIMITS.aliases),
  tokens: LIMITS.tokens - 100,
  directives: Math.min(8, LIMITS.directives),
  cost: LIMITS.cost,
};

/** What the generator counted of an operation, as the gateway counts it. */
export type OperationMetrics = Record<LimitName, number>;

/** One generated operation, ready to send. */
export interface FuzzOperation {
  kind: 'query' | 'mutation';
  query: string;
  variables: Record<string, unknown>;
  operationName?: string | undefined;
  /** The root fields it selects. */
  rootFields: string[];
  /** The limit this operation exceeds on purpose; the gateway must refuse it with that code. */
  exceeds?: LimitName | undefined;
  /** A variable value does not fit its declared type on purpose: the request fails as a whole. */
  badVariables: boolean;
  /**
   * The document holds a Float literal beyond a double (`1e400`): validation refuses it
   * (GRAPHQL_VALIDATION_FAILED) before any variable is looked at, bad or not.
   */
  outOfRangeLiteral: boolean;
  /** Its size by the gateway's measures; cost is an upper bound (fields under `@skip` count too). */
  metrics: OperationMetrics;
}

/** A piece of a document with the gateway's measures of it. */
interface Written {
  text: string;
  cost: number;
  /** Deepest field level in it (the root fields are level 1). */
  depth: number;
}

/** Counts the lexical tokens of a document as graphql-js' parser does for `maxTokens`. */
export function countTokens(text: string): number {
  const lexer = new Lexer(new Source(text));
  let count = 0;
  while (lexer.advance().kind !== TokenKind.EOF) count += 1;
  return count;
}

/**
 * Makes random operations for `schema` from a seeded random source and a value generator: the same
 * seed and the same pool of known values give the same operations. Writes one operation at a time.
 */
export class OperationGenerator {
  readonly #query: GraphQLObjectType;
  readonly #mutation: GraphQLObjectType | undefined;
  /** How many drafts went over a limit they were meant to stay within and were written again. */
  rewrites = 0;

  // The operation being written.
  #definitions: string[] = [];
  #variables: Record<string, unknown> = {};
  #fragments: string[] = [];
  #names = 0;
  #aliases = 0;
  #directives = 0;
  #badVariables = false;
  #outOfRangeLiteral = false;
  #rootFields = new Set<string>();

  constructor(
    schema: GraphQLSchema,
    private readonly random: Random,
    private readonly values: ValueGenerator,
  ) {
    const query = schema.getQueryType();
    if (!query) throw new Error('the schema has no Query type');
    this.#query = query;
    this.#mutation = schema.getMutationType() ?? undefined;
  }

  /** The next operation: a mutation, a query that exceeds a limit, or (mostly) a query within them. */
  next(shares: { mutations: number; overLimit: number }): FuzzOperation {
    if (this.#mutation && this.random.chance(shares.mutations)) return this.withinLimits(() => this.mutation());
    if (this.random.chance(shares.overLimit)) {
      return this.overLimit(this.random.pick(Object.keys(LIMIT_CODES) as LimitName[]));
    }
    return this.withinLimits(() => this.query());
  }

  /** A query of random root fields, nested to a random depth. */
  query(): FuzzOperation {
    this.reset();
    const maxDepth = this.random.pick([1, 2, 2, 3, 3, 3, 4, 4, 5, 5, 6, 7, 8]);
    const selection = this.selectionSet(this.#query, 1, maxDepth, new Set(), true);
    return this.finish('query', selection);
  }

  /** A random mutation field (now and then two), with an input that is mostly what a careful client sends. */
  mutation(): FuzzOperation {
    const mutation = this.#mutation;
    if (!mutation) throw new Error('the schema has no Mutation type');
    this.reset();
    const fields = Object.values(mutation.getFields());
    const chosen = this.random.chance(0.1)
      ? [this.random.pick(fields), this.random.pick(fields)]
      : [this.random.pick(fields)];
    // Most inputs reach the database; the rest are awkward throughout.
    const plausibility = this.random.chance(0.8) ? 0.95 : 0.3;
    const keys = new Set<string>();
    const parts = chosen.map((field): Written => {
      this.#rootFields.add(field.name);
      const alias = keys.has(field.name) ? this.alias() : '';
      keys.add(field.name);
      const args = this.arguments(mutation, field, plausibility);
      const type = getNamedType(field.type) as GraphQLObjectType;
      // The keys and version of what changed, so that later operations can name it.
      const known = ['__typename', 'id', 'version'].filter((name) => name === '__typename' || type.getFields()[name]);
      const selection = this.selectionSet(type, 2, this.random.int(2, 4), new Set(), true, known);
      return {
        text: `${alias}${field.name}${args.text} ${selection.text}`,
        cost: 1 + selection.cost,
        depth: selection.depth,
      };
    });
    return this.finish('mutation', join(parts));
  }

  /** A query that exceeds `limit` by a clear margin. */
  overLimit(limit: LimitName): FuzzOperation {
    for (;;) {
      this.reset();
      const operation = this.overLimitDraft(limit);
      if (operation.metrics[limit] > LIMITS[limit] * (limit === 'cost' ? 2 : 1) + 1)
        return { ...operation, exceeds: limit };
    }
  }

  private overLimitDraft(limit: LimitName): FuzzOperation {
    const roots = Object.values(this.#query.getFields()).filter(
      (field) => field.args.every((arg) => !isNonNullType(arg.type)) && isObjectType(getNamedType(field.type)),
    );
    if (limit === 'aliases' || limit === 'directives') {
      // One field, again and again with an alias or a directive. Not `__typename`: the alias limit
      // lets its aliases through (graphql-armor's allowList), as they cost nothing.
      const root = this.random.pick(roots.filter((field) => leafOf(this.random, objectTypeOf(field)) !== '__typename'));
      const type = objectTypeOf(root);
      const count = limit === 'aliases' ? this.random.int(16, 30) : this.random.int(21, 40);
      const fields = Array.from({ length: count }, (_, i) =>
        limit === 'aliases'
          ? `x${i}: ${leafOf(this.random, type)}`
          : `${leafOf(this.random, type)} @${this.random.pick(['include', 'skip'])}(if: ${this.random.chance(0.5)})`,
      );
      const draft = this.finish('query', { text: `{ ${root.name} { ${fields.join(' ')} } }`, cost: 0, depth: 2 });
      draft.metrics[limit] = count;
      return draft;
    }
    if (limit === 'tokens') {
      // A long list of enum values in a filter: many tokens, yet few fields for validation to compare
      // (graphql-js gives up on thousands of repeated fields before it finds them valid).
      const lists = roots.flatMap((root) =>
        root.args.flatMap((arg) => {
          const input = getNamedType(arg.type);
          if (!isInputObjectType(input)) return [];
          return Object.values(input.getFields())
            .filter((field) => isListType(getNullableType(field.type)) && isEnumType(getNamedType(field.type)))
            .map((field) => ({
              root,
              arg: arg.name,
              field: field.name,
              type: getNamedType(field.type) as GraphQLEnumType,
            }));
        }),
      );
      const { root, arg, field, type } = this.random.pick(lists);
      const values = Array.from({ length: this.random.int(2100, 2600) }, () => this.random.pick(type.getValues()).name);
      const text = `{ ${root.name}(${arg}: {${field}: [${values.join(' ')}]}) { ${leafOf(this.random, objectTypeOf(root))} } }`;
      return this.finish('query', { text, cost: 0, depth: 2 });
    }
    // Depth: a random walk down object fields. Cost: a walk down lists and pages of 100 to 500.
    const steps: { parent: GraphQLObjectType; field: GraphQLField<unknown, unknown>; text: string; first?: number }[] =
      [];
    let type = this.#query;
    for (let level = 1; level < (limit === 'depth' ? this.random.int(12, 16) : 8); level += 1) {
      const next = Object.values(type.getFields()).filter(
        (field) =>
          isObjectType(getNamedType(field.type)) &&
          field.args.every((arg) => !isNonNullType(arg.type) || arg.name === 'id') &&
          (limit === 'depth' ||
            isListType(getNullableType(field.type)) ||
            field.args.some((arg) => arg.name === 'first')),
      );
      if (next.length === 0) break;
      const field = this.random.pick(next);
      const first = field.args.some((arg) => arg.name === 'first')
        ? limit === 'cost'
          ? this.random.int(100, 500)
          : 2
        : undefined;
      const args = [
        ...(first === undefined ? [] : [`first: ${first}`]),
        ...(field.args.some((arg) => arg.name === 'id') ? ['id: "x"'] : []),
      ];
      steps.push({ parent: type, field, text: `${field.name}${args.length > 0 ? `(${args.join(', ')})` : ''}`, first });
      type = objectTypeOf(field);
    }
    const selection = steps.reduceRight(
      (inner, step) => ({
        text: `${step.text} { ${inner.text} }`,
        cost: 1 + multiplierOf(step.parent, step.field, step.first) * inner.cost,
        depth: inner.depth + 1,
      }),
      { text: leafOf(this.random, type), cost: 1, depth: 1 },
    );
    return this.finish('query', { ...selection, text: `{ ${selection.text} }` });
  }

  /** Writes drafts until one stays within every limit by the generator's own count. */
  private withinLimits(write: () => FuzzOperation): FuzzOperation {
    for (;;) {
      const operation = write();
      if ((Object.keys(WITHIN) as LimitName[]).every((limit) => operation.metrics[limit] <= WITHIN[limit]))
        return operation;
      this.rewrites += 1;
    }
  }

  /**
   * A selection set on `type` whose fields lie at `level`. `keys` are the response names taken in its
   * merge group (the set and the fragments spread into it): a field with arguments or a sub-selection
   * takes a name of its own, so no two fields of the group ever need merging; leaves without arguments
   * may repeat. `always` are leaves it selects in any case.
   */
  private selectionSet(
    type: GraphQLObjectType,
    level: number,
    maxDepth: number,
    keys: Set<string>,
    fragments: boolean,
    always: string[] = [],
  ): Written {
    const parts: Written[] = always.map((name) => ({ text: name, cost: 1, depth: level }));
    const breadth = level === 1 ? 3 : Math.max(1, 5 - level);
    for (const field of this.random.sample(Object.values(type.getFields()), this.random.int(1, breadth))) {
      const written = this.field(type, field, level, maxDepth, keys);
      if (written) parts.push(written);
    }
    if (this.random.chance(0.1)) parts.push({ text: '__typename', cost: 1, depth: level });
    if (fragments && this.random.chance(0.08)) {
      const inner = this.selectionSet(type, level, maxDepth, keys, false);
      const condition = this.random.chance(0.7) ? ` on ${type.name}` : '';
      parts.push({ ...inner, text: `...${condition}${this.directive()} ${inner.text}` });
    }
    if (fragments && this.random.chance(0.05)) {
      const inner = this.selectionSet(type, level, maxDepth, keys, false);
      const name = `F${this.name()}`;
      this.#fragments.push(`fragment ${name} on ${type.name} ${inner.text}`);
      parts.push({ ...inner, text: `...${name}${this.directive()}` });
    }
    if (parts.length === 0) parts.push({ text: '__typename', cost: 1, depth: level });
    return join(this.random.sample(parts, parts.length));
  }

  private field(
    parent: GraphQLObjectType,
    field: GraphQLField<unknown, unknown>,
    level: number,
    maxDepth: number,
    keys: Set<string>,
  ): Written | undefined {
    const type = getNamedType(field.type);
    const leaf = isLeafType(type);
    if (!leaf && level >= maxDepth) return undefined;
    let alias = '';
    if (leaf && field.args.length === 0) {
      if (this.random.chance(0.05) && this.#aliases < WITHIN.aliases) alias = this.alias();
    } else if (keys.has(field.name) || this.random.chance(0.06)) {
      if (this.#aliases >= WITHIN.aliases) return undefined;
      alias = this.alias();
      keys.add(alias);
    } else {
      keys.add(field.name);
    }
    if (parent === this.#query) this.#rootFields.add(field.name);
    const args = this.arguments(parent, field, 0.6);
    const head = `${alias}${field.name}${args.text}${this.random.chance(0.05) ? this.directive() : ''}`;
    if (leaf) return { text: head, cost: 1, depth: level };
    const selection = this.selectionSet(type as GraphQLObjectType, level + 1, maxDepth, new Set(), true);
    return {
      text: `${head} ${selection.text}`,
      cost: 1 + multiplierOf(parent, field, args.first) * selection.cost,
      depth: selection.depth,
    };
  }

  /**
   * The arguments of a field: every required one, each optional one now and then. `first` is the page
   * size the operation asks for (undefined when the gateway counts its default).
   */
  private arguments(
    parent: GraphQLObjectType,
    field: GraphQLField<unknown, unknown>,
    plausibility: number,
  ): { text: string; first: number | undefined } {
    const parts: string[] = [];
    let first: number | undefined;
    for (const arg of field.args) {
      if (!isNonNullType(arg.type) && !this.random.chance(arg.name === 'first' ? 0.75 : 0.5)) continue;
      const site: ValueSite = {
        name: arg.name,
        owner: `${parent.name}.${field.name}`,
        returns: getNamedType(field.type).name,
      };
      const written = this.valueText(this.values.value(arg.type, site, plausibility), arg.type, true);
      if (arg.name === 'first' && typeof written.value === 'number') first = written.value;
      parts.push(`${arg.name}: ${written.text}`);
    }
    return { text: parts.length > 0 ? `(${parts.join(', ')})` : '', first };
  }

  /**
   * A value in the document: a literal, or (`variables`) now and then a variable declared with the
   * exact type of its position. A value no literal can hold (an Int beyond 32 bits) always becomes a
   * variable, one JSON cannot hold (an infinite Float) always a literal. `value` is what the operation
   * gets: the default of a variable left out of the request, or undefined without one.
   */
  private valueText(value: unknown, type: GraphQLInputType, variables: boolean): { text: string; value: unknown } {
    const literalOk = fitsLiteral(value, type);
    if (!variables || !fitsJson(value) || (literalOk && !this.random.chance(0.2))) {
      return { text: this.literal(value, type, variables), value };
    }
    const name = `$v${this.name()}`;
    const nullable = !isNonNullType(type);
    if (nullable && literalOk && value !== null && this.random.chance(0.1)) {
      this.#definitions.push(`${name}: ${String(type)} = ${this.literal(value, type, false)}`);
      if (this.random.chance(0.5)) return { text: name, value };
    } else {
      this.#definitions.push(`${name}: ${String(type)}`);
      if (nullable && value === null && this.random.chance(0.5)) return { text: name, value: undefined };
    }
    // Now and then a value that does not fit the declared type: the request must fail as a whole.
    const sent = this.random.chance(0.01) ? badValue(type) : value;
    if (sent !== value) this.#badVariables = true;
    this.#variables[name.slice(1)] = sent;
    return { text: name, value: sent };
  }

  private literal(value: unknown, type: GraphQLInputType, variables: boolean): string {
    if (value === null) return 'null';
    const inner = getNullableType(type) as GraphQLInputType;
    if (isListType(inner)) {
      const item = inner.ofType as GraphQLInputType;
      // A single value where a list goes is valid: input coercion makes it a list of one.
      if (!Array.isArray(value)) return this.valueText(value, item, variables).text;
      return `[${value.map((entry) => this.valueText(entry, item, variables).text).join(', ')}]`;
    }
    if (isInputObjectType(inner)) {
      const fields = inner.getFields();
      const entries = Object.entries(value as Record<string, unknown>).map(([name, entry]) => {
        const field = fields[name];
        if (!field) throw new Error(`${inner.name} has no field ${name}`);
        return `${name}: ${this.valueText(entry, field.type, variables && this.random.chance(0.5)).text}`;
      });
      return `{${entries.join(', ')}}`;
    }
    const named = getNamedType(inner).name;
    if (typeof value === 'number') {
      if (Number.isFinite(value)) return String(value);
      this.#outOfRangeLiteral = true;
      return `${value < 0 ? '-' : ''}1e400`;
    }
    if (typeof value === 'boolean') return String(value);
    if (typeof value !== 'string') throw new Error(`cannot write ${typeof value} as ${named}`);
    if (named !== 'String' && named !== 'ID') return value;
    // An ID of digits may be written as an Int literal; a block string carries text without escapes.
    if (named === 'ID' && /^[1-9]\d{0,20}$/.test(value) && this.random.chance(0.2)) return value;
    if (fitsBlockString(value) && this.random.chance(0.05)) return `"""${value}"""`;
    return JSON.stringify(value);
  }

  /** `@include` or `@skip`, mostly with a condition that keeps the field (so its arguments are tried). */
  private directive(): string {
    if (this.#directives >= WITHIN.directives) return '';
    this.#directives += 1;
    const name = this.random.pick(['include', 'skip']);
    const keep = this.random.chance(0.75);
    const condition = name === 'include' ? keep : !keep;
    if (!this.random.chance(0.3)) return ` @${name}(if: ${condition})`;
    const variable = `v${this.name()}`;
    this.#definitions.push(`$${variable}: Boolean!`);
    this.#variables[variable] = condition;
    return ` @${name}(if: $${variable})`;
  }

  private alias(): string {
    this.#aliases += 1;
    return `a${this.name()}: `;
  }

  private name(): number {
    this.#names += 1;
    return this.#names;
  }

  private reset(): void {
    this.#definitions = [];
    this.#variables = {};
    this.#fragments = [];
    this.#names = 0;
    this.#aliases = 0;
    this.#directives = 0;
    this.#badVariables = false;
    this.#outOfRangeLiteral = false;
    this.#rootFields = new Set();
  }

  /** The operation around a root selection set, with the fragments and variables written for it. */
  private finish(kind: 'query' | 'mutation', selection: Written): FuzzOperation {
    const named = this.random.chance(0.3);
    const name = named ? `Fuzz${kind === 'query' ? 'Query' : 'Mutation'}` : '';
    const definitions = this.#definitions.length > 0 ? `(${this.#definitions.join(', ')})` : '';
    const shorthand = kind === 'query' && !named && definitions === '' && this.random.chance(0.5);
    const documents = [
      `${shorthand ? '' : `${kind}${name ? ` ${name}` : ''}${definitions} `}${selection.text}`,
      ...this.#fragments,
    ];
    // Now and then a second operation in the document: the request names the one to run.
    const second = named && this.random.chance(0.2);
    if (second) documents.push('query Other { __typename }');
    const query = documents.join('\n');
    return {
      kind,
      query,
      variables: { ...this.#variables },
      operationName: named && (second || this.random.chance(0.5)) ? name : undefined,
      rootFields: [...this.#rootFields],
      badVariables: this.#badVariables,
      outOfRangeLiteral: this.#outOfRangeLiteral,
      metrics: {
        cost: selection.cost,
        depth: selection.depth,
        aliases: this.#aliases,
        directives: this.#directives,
        tokens: countTokens(query),
      },
    };
  }
}

/** Pieces side by side in one selection set. */
function join(parts: Written[]): Written {
  return {
    text: `{ ${parts.map((part) => part.text).join(' ')} }`,
    cost: parts.reduce((sum, part) => sum + part.cost, 0),
    depth: Math.max(...parts.map((part) => part.depth)),
  };
}

function objectTypeOf(field: GraphQLField<unknown, unknown>): GraphQLObjectType {
  return getNamedType(field.type) as GraphQLObjectType;
}

/** A random field of `type` without arguments and without a sub-selection; `__typename` when it has none. */
function leafOf(random: Random, type: GraphQLObjectType): string {
  const leaves = Object.values(type.getFields()).filter(
    (field) => isLeafType(getNamedType(field.type)) && field.args.length === 0,
  );
  return leaves.length > 0 ? random.pick(leaves).name : '__typename';
}

/**
 * The gateway's multiplier of a field's selection cost (@kaz/limits, `operationCost`): the page size
 * for a field with `@listSize(slicingArguments:)`, its `assumedSize` for a declared plain list, 1 for a
 * connection's `nodes` and `edges`, 100 for an undeclared list.
 */
function multiplierOf(
  parent: GraphQLObjectType,
  field: GraphQLField<unknown, unknown>,
  first: number | undefined,
): number {
  const listSize = field.astNode?.directives?.find((directive) => directive.name.value === 'listSize');
  const argument = (name: string) => listSize?.arguments?.find((arg) => arg.name.value === name)?.value;
  if (argument('slicingArguments')) {
    return first === undefined ? DEFAULT_OPERATION_LIMITS.defaultFirst : Math.max(first, 0);
  }
  const assumed = argument('assumedSize');
  if (assumed?.kind === 'IntValue') return Number(assumed.value);
  if (!isListType(getNullableType(field.type))) return 1;
  return parent.name.endsWith('Connection') && ['nodes', 'edges'].includes(field.name) ? 1 : 100;
}

/** True when a block string holds `text` as it is: no quote, backslash or control character. */
function fitsBlockString(text: string): boolean {
  return [...text].every((character) => character >= ' ' && character !== '"' && character !== '\\');
}

/** False when `value` holds an Int beyond 32 bits, which no Int literal can carry. */
function fitsLiteral(value: unknown, type: GraphQLInputType): boolean {
  if (value === null || value === undefined) return true;
  const inner = getNullableType(type) as GraphQLInputType;
  if (isListType(inner)) {
    const item = inner.ofType as GraphQLInputType;
    return Array.isArray(value) ? value.every((entry) => fitsLiteral(entry, item)) : fitsLiteral(value, item);
  }
  if (isInputObjectType(inner)) {
    const fields = inner.getFields();
    return Object.entries(value as Record<string, unknown>).every(
      ([name, entry]) => !fields[name] || fitsLiteral(entry, fields[name].type),
    );
  }
  if (getNamedType(inner).name !== 'Int') return true;
  return typeof value !== 'number' || (Number.isInteger(value) && value >= -(2 ** 31) && value < 2 ** 31);
}

/** False when `value` holds a number JSON cannot carry (Infinity). */
function fitsJson(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(fitsJson);
  if (typeof value === 'object' && value !== null) return Object.values(value).every(fitsJson);
  return true;
}

/** A variable value that does not fit `type`: execution refuses the request before it starts. */
function badValue(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return null;
  const named = getNamedType(type);
  if (isInputObjectType(named)) return { notAField: 1 };
  if (named.name === 'Int') return 2 ** 31;
  if (named.name === 'Float' || named.name === 'Boolean') return 'seven';
  if (named.name === 'String' || named.name === 'ID') return { text: 'x' };
  return 'NOT_A_VALUE';
}
