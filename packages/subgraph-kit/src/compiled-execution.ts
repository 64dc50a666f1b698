import { createRequire } from 'node:module';
import type { ApolloServerOptions, BaseContext } from '@apollo/server';
import type { DocumentNode, ExecutionResult, GraphQLSchema } from 'graphql';
import { type CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';

// The CommonJS build of graphql, which Apollo Server, graphql-jit and the schema's types use (under
// vitest the ES module build is loaded too, and graphql refuses a schema of the other build).
const { execute, getVariableValues, GraphQLError, visit, BREAK } = createRequire(import.meta.url)(
  'graphql',
) as typeof import('graphql');

/** Apollo Server's `gateway` option: a fixed schema and the executor that runs every operation on it. */
type Gateway = NonNullable<ApolloServerOptions<BaseContext>['gateway']>;

/** How many documents a subgraph keeps compiled (the least recently used one goes first). */
export const MAX_COMPILED_DOCUMENTS = 500;

/** Apollo Server's `gateway` that runs compiled operations, and what it keeps. */
export interface CompiledExecution extends Gateway {
  /** How many documents it keeps compiled (at most `MAX_COMPILED_DOCUMENTS`). */
  compiledDocuments(): number;
  /** Whether an operation of this document is kept compiled. */
  isCompiled(document: DocumentNode): boolean;
}

/**
 * Runs a subgraph's operations with graphql-jit: each operation is compiled into one JavaScript
 * function that reads each field of each row directly, instead of graphql-js walking the document for
 * every row, with a resolve-info and path object per field. The gateway's query plans send a
 * subgraph the same few documents over and over; for the Gemeinden list (479 rows, 2,874 fields) this
 * cut the CPU time per request by a third (see bench/results.md, "Subgraph efficiency").
 *
 * Plugged in as Apollo Server's `gateway`: Apollo still parses (keeping each parsed document in its
 * document store, so that the same query text is the same `DocumentNode`), validates, runs every
 * plugin and formats every error; only `execute` is replaced. Compiling costs about 0.5 ms for the
 * Gemeinden list and 2 ms for a document of 40 fields, once; the last `MAX_COMPILED_DOCUMENTS`
 * documents used are kept (about 150 kB each for a large one). The whole test suite runs through
 * this executor.
 *
 * graphql-jit writes the coerced argument literals of a document into the code it generates and turns
 * its own markers for dates and non-finite numbers in them back into code: a string literal that
 * contains such a marker (`__MAGIC_…`) would run as code (graphql-jit 0.8.9). Such a document is
 * therefore never compiled but executed by graphql-js, as is one with a variable inside a literal
 * (which graphql-jit loses in a custom scalar's literal) and one that graphql-jit cannot compile
 * (see `notCompilable`).
 */
export function compiledExecution(schema: GraphQLSchema): CompiledExecution {
  // Per document, per operation name ('' for none): the compiled operation, or null for graphql-js.
  // A Map in insertion order is the LRU: a used entry moves to the end, the first one goes.
  const compiled = new Map<DocumentNode, Map<string, CompiledQuery | null>>();

  function compiledOperation(document: DocumentNode, operationName: string | undefined): CompiledQuery | null {
    let byName = compiled.get(document);
    if (byName) {
      compiled.delete(document);
    } else {
      byName = new Map();
      if (compiled.size >= MAX_COMPILED_DOCUMENTS) compiled.delete(compiled.keys().next().value as DocumentNode);
    }
    compiled.set(document, byName);
    const key = operationName ?? '';
    let operation = byName.get(key);
    if (operation === undefined) {
      operation = compile(document, operationName);
      byName.set(key, operation);
    }
    return operation;
  }

  function compile(document: DocumentNode, operationName: string | undefined): CompiledQuery | null {
    if (notCompilable(document)) return null;
    try {
      const operation = compileQuery(schema, document, operationName);
      return isCompiledQuery(operation) ? operation : null;
    } catch {
      return null;
    }
  }

  return {
    async load() {
      return {
        executor: async ({ document, operation: definition, request, context }) => {
          const operationName = request.operationName ?? undefined;
          const operation = compiledOperation(document, operationName);
          if (operation) {
            // The variables as graphql-js coerces them, with its messages (graphql-jit words some
            // otherwise, and leaves the default value of a non-null variable out).
            let variables: Record<string, unknown> = {};
            if (definition.variableDefinitions?.length) {
              const coercion = getVariableValues(schema, definition.variableDefinitions, request.variables ?? {}, {
                maxErrors: 50,
              });
              if (coercion.errors) return { errors: coercion.errors };
              variables = coercion.coerced;
            }
            const result = (await operation.query(undefined, context, variables)) as ExecutionResult;
            return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
          }
          return await execute({
            schema,
            document,
            contextValue: context,
            variableValues: request.variables,
            operationName,
          });
        },
      };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => {};
    },
    async stop() {},
    compiledDocuments: () => compiled.size,
    isCompiled: (document) => [...(compiled.get(document)?.values() ?? [])].some(Boolean),
  };
}

/**
 * graphql-jit's error as graphql's own: graphql-jit makes its errors' `message` read-only, and plugins
 * rewrite messages (graphql-armor's suggestion blocking, in `didEncounterErrors`).
 */
function asGraphQLError(error: import('graphql').GraphQLError): import('graphql').GraphQLError {
  const copy = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: error.extensions,
  });
  Object.defineProperty(copy, 'locations', { value: error.locations, enumerable: error.locations !== undefined });
  return copy;
}

/**
 * Why graphql-jit must not compile this document, or undefined when it may:
 * - a string value (argument, default value, directive argument) contains `__MAGIC_`: graphql-jit
 *   would turn it into code;
 * - a variable inside a list or object literal, e.g. `representations: [{ __typename: "Municipality",
 *   ars: $ars }]`: graphql-jit parses such a literal of a custom scalar (`_Any`) before the variable
 *   has a value, and the value is lost.
 */
export function notCompilable(document: DocumentNode): 'marker string' | 'variable in a literal' | undefined {
  let reason: 'marker string' | 'variable in a literal' | undefined;
  let literalDepth = 0;
  const literal = {
    enter: () => {
      literalDepth++;
    },
    leave: () => {
      literalDepth--;
    },
  };
  visit(document, {
    ListValue: literal,
    ObjectValue: literal,
    StringValue(node) {
      if (!node.value.includes('__MAGIC_')) return undefined;
      reason = 'marker string';
      return BREAK;
    },
    Variable() {
      if (literalDepth === 0) return undefined;
      reason = 'variable in a literal';
      return BREAK;
    },
  });
  return reason;
}
