import { createRequire } from 'node:module';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type {
  GraphQLError as ArmorError,
  GraphQLFormattedError,
  ParseOptions,
  ValidationContext,
  ValidationRule,
} from 'graphql';
import { buildCostSchema, operationCost } from './operation-cost.ts';

/**
 * Limits for the operations a client may send; every one is checked before any query planning or
 * subgraph fetch. The defaults let every example operation in schema/operations and the dashboard's
 * list of all 413 Gemeinden through (see `DEFAULT_OPERATION_LIMITS`).
 */
export interface OperationLimits {
  /** Deepest field nesting, introspection not counted (DEPTH_LIMIT_EXCEEDED). */
  maxDepth: number;
  /** Aliases in one operation (ALIAS_LIMIT_EXCEEDED). */
  maxAliases: number;
  /** Lexical tokens in the document (TOKEN_LIMIT_EXCEEDED). */
  maxTokens: number;
  /** Directives in one operation (DIRECTIVE_LIMIT_EXCEEDED). */
  maxDirectives: number;
  /** Estimated cost, see `operationCost` (COST_LIMIT_EXCEEDED). */
  maxCost: number;
  /** Page size assumed for a paginated field called without `first`. */
  defaultFirst: number;
}

/**
 * The default limits. The most expensive operations we know to be legitimate: the consistency check
 * of test/cross-references.test.ts (all Kommunen, `first: 500`, each with a page of 100 projects) at a
 * cost of 101,501, the dashboard's list of all 413 Gemeinden with projects, licences, contracts and
 * security posture (test/batching.test.ts); the example operations cost at most 43,305
 * (07-decision-trail: 20 decisions × up to 20 work orders × a project's up to 100 Kommunen), counted
 * with the sizes the subgraphs declare (`@listSize`). 200,000 leaves room for those and still stops
 * a page of pages of lists (500 Kommunen × 100 projects × their Kommunen: about 10 million) and the
 * nested `eligibleMunicipalities` of issue 9 (about 10¹³).
 */
export const DEFAULT_OPERATION_LIMITS: Readonly<OperationLimits> = {
  maxDepth: 10,
  maxAliases: 15,
  maxTokens: 2000,
  maxDirectives: 20,
  maxCost: 200_000,
  defaultFirst: 50,
};

/** The `extensions.code` of each limit's rejection. */
export const LIMIT_CODES = {
  depth: 'DEPTH_LIMIT_EXCEEDED',
  aliases: 'ALIAS_LIMIT_EXCEEDED',
  tokens: 'TOKEN_LIMIT_EXCEEDED',
  directives: 'DIRECTIVE_LIMIT_EXCEEDED',
  cost: 'COST_LIMIT_EXCEEDED',
} as const;

const limitCodes = new Set<string>(Object.values(LIMIT_CODES));

// The CommonJS build of graphql, as in operation-cost.ts: the errors must be instances of the build
// Apollo loads.
const require = createRequire(import.meta.url);
const { GraphQLError } = require('graphql') as typeof import('graphql');

/** What the limits add to an ApolloServer: plugins, validation rules, parse options, error format. */
export interface OperationLimitsSetup {
  plugins: ApolloServerPlugin[];
  validationRules: ValidationRule[];
  parseOptions: ParseOptions;
  /** Gives each limit's rejection its own code (Apollo reports every validation error as GRAPHQL_VALIDATION_FAILED). */
  formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError;
}

/**
 * Refuses a number literal that is not a finite double (`1e400`). graphql-js reads it as Infinity and
 * finds the document valid, but no JSON answer or subgraph operation can carry Infinity: the query
 * planner failed on it with HTTP 500. (Variables cannot carry it either: JSON turns `1e400` into
 * Infinity, which graphql's Float refuses as a variable value with BAD_USER_INPUT.)
 */
const finiteNumberLiterals: ValidationRule = (context) => ({
  FloatValue(node) {
    if (!Number.isFinite(Number(node.value))) {
      context.reportError(
        new GraphQLError(`The number ${node.value} is out of range: a Float must be a finite double.`, {
          nodes: [node],
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
        }),
      );
    }
  },
});

/**
 * Depth, alias and directive limits come from graphql-armor, with our own error codes. The token
 * limit is graphql-js's own `maxTokens` parse option: armor's Apollo plugin throws from
 * `parsingDidStart`, outside Apollo's handling of parse errors, and cannot carry our own code. The cost limit is
 * `operationCost` in `didResolveOperation`, since it needs the variables (`first: $first`), which a
 * validation rule does not see. `blockFieldSuggestions` removes "Did you mean …" from messages.
 */
export function operationLimits(
  limits: Readonly<OperationLimits>,
  options: {
    blockFieldSuggestions: boolean;
    schemaSdl: string;
    /**
     * Told the cost of every operation within the limit before it runs; may throw (or reject) to
     * refuse it. Awaited: the gateway's budget may live in Redis.
     */
    onCost?: ((cost: number, context: BaseContext) => void | Promise<void>) | undefined;
  },
): OperationLimitsSetup {
  // The supergraph has every field of the API schema (and a few more), a subgraph's SDL every field of
  // the subgraph; operations were validated before their cost is counted here.
  const costSchema = buildCostSchema(options.schemaSdl);
  const reject =
    (code: string) =>
    (context: ValidationContext | null, error: ArmorError): void => {
      const message = error.message.replace(/^Syntax Error: /, '');
      context?.reportError(new GraphQLError(message, { nodes: error.nodes ?? [], extensions: { code } }));
    };
  const callbacks = (code: string) => ({ exposeLimits: true, propagateOnRejection: false, onReject: [reject(code)] });
  const armor = new ApolloArmor({
    maxDepth: {
      n: limits.maxDepth,
      ignoreIntrospection: true,
      flattenFragments: true,
      ...callbacks(LIMIT_CODES.depth),
    },
    maxAliases: { n: limits.maxAliases, ...callbacks(LIMIT_CODES.aliases) },
    maxDirectives: { n: limits.maxDirectives, ...callbacks(LIMIT_CODES.directives) },
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: options.blockFieldSuggestions },
  }).protect();
  const costLimit: ApolloServerPlugin = {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request, operationName, contextValue }) {
          let cost: number;
          try {
            cost = operationCost(costSchema, document, {
              variables: request.variables,
              operationName: operationName ?? undefined,
              defaultFirst: limits.defaultFirst,
            });
          } catch (error) {
            // Variables that do not fit the operation: execution refuses them with a clear message.
            if (error instanceof GraphQLError) return;
            throw error;
          }
          if (cost > limits.maxCost) {
            throw new GraphQLError(`Query cost limit of ${limits.maxCost} exceeded, found ${cost}.`, {
              extensions: { code: LIMIT_CODES.cost, cost, limit: limits.maxCost, http: { status: 400 } },
            });
          }
          await options.onCost?.(cost, contextValue);
        },
      };
    },
  };
  return {
    // graphql-armor is a CommonJS package and sees Apollo's CommonJS typings; the plugin objects are
    // the same at run time. The cast can go when armor ships ESM typings.
    plugins: [...(armor.plugins as unknown as ApolloServerPlugin[]), costLimit],
    validationRules: [...armor.validationRules, finiteNumberLiterals],
    parseOptions: { maxTokens: limits.maxTokens },
    formatError(formatted, error) {
      // Duck-typed rather than `instanceof`: graphql may be loaded twice (its CommonJS and ESM builds).
      const code = (error as { originalError?: { extensions?: { code?: unknown } } } | null)?.originalError?.extensions
        ?.code;
      if (typeof code === 'string' && limitCodes.has(code)) {
        return { ...formatted, extensions: { ...formatted.extensions, code } };
      }
      // graphql 16.15 writes "more that"; later versions may fix the typo.
      const tokens = /Document contains more tha[nt] (\d+) tokens/.exec(formatted.message);
      if (tokens) {
        return {
          ...formatted,
          message: `Token limit of ${tokens[1]} exceeded: the document has more than ${tokens[1]} tokens.`,
          extensions: { ...formatted.extensions, code: LIMIT_CODES.tokens },
        };
      }
      return formatted;
    },
  };
}
