import type { BaseContext } from '@apollo/server';
import { createTestIssuer, type TestIssuer } from '@kaz/auth/testing';
import { createTestDatabase } from '@kaz/db/testing';
// Only the `testing` entry imports this file (see test-fixtures.ts): vitest's hooks are test code.
import { afterAll, beforeAll } from 'vitest';
import { type Clock, systemClock } from './clock.ts';
import { type RunningSubgraph, startSubgraph } from './start-subgraph.ts';
import type { SubgraphDefinition } from './subgraph-definition.ts';
import { COLUMNS, type Column, type Headers, principalHeaders, snapshotTables } from './test-fixtures.ts';

/** The JSON body of a GraphQL response. */
export interface GraphQLResponse<Data = Record<string, any>> {
  data?: Data | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
}

/** A subgraph under test: served over HTTP on a free port, on its own fresh database. */
export interface TestSubgraph<DB> extends RunningSubgraph<DB> {
  /** Sends an operation over HTTP; `headers` are added to the request. */
  query<Data = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<Data>>;
  /** Signs the tokens this subgraph accepts (and makes the ones it must refuse). */
  issuer: TestIssuer;
  /** The server's clock: a test computes "today" and "now" from it, never from the wall clock. */
  clock: Clock;
  /** Every row of every table (`snapshotTables`): equal snapshots mean that nothing was written. */
  snapshot(): Promise<Record<string, string[]>>;
  /** The SQL statements run since the last `resetStatements()`. */
  statements: string[];
  resetStatements(): void;
}

/**
 * Starts a subgraph for a test file on a fresh database (PGlite in memory, or a new PostgreSQL
 * database when TEST_DATABASE_URL is set), migrated and seeded. `stop()` also drops that database.
 * `options.clock` is the server's clock (default `systemClock`); tests whose expectations depend on
 * the day pass a `fixedClock` and compute those days from `TestSubgraph.clock`.
 */
export async function startTestSubgraph<DB, Context extends BaseContext>(
  definition: SubgraphDefinition<DB, Context>,
  options: { seed?: boolean; clock?: Clock } = {},
): Promise<TestSubgraph<DB>> {
  const database = await createTestDatabase(definition.name);
  const statements: string[] = [];
  const issuer = await createTestIssuer();
  const clock = options.clock ?? systemClock;
  const running = await startSubgraph(definition, {
    auth: issuer.auth,
    port: 0,
    seed: options.seed ?? true,
    clock,
    database: { ...database.config, onQuery: (sql) => statements.push(sql) },
  });
  return {
    ...running,
    issuer,
    clock,
    snapshot: () => snapshotTables(running.db),
    statements,
    resetStatements: () => {
      statements.length = 0;
    },
    query: async (query, variables, headers) => {
      const response = await fetch(running.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLResponse<any>;
    },
    stop: async () => {
      await running.stop();
      await database.drop();
    },
  };
}

/**
 * How `setUpTestSubgraph` starts a file's subgraph: `seed` and `clock` as in `startTestSubgraph`,
 * `ars` the Kommune of the `municipality` column (default Potsdam).
 */
export interface SetUpOptions {
  seed?: boolean;
  clock?: Clock;
  ars?: string;
}

/** What `setUpTestSubgraph` gives a test file: its subgraph and the headers of every column. */
export interface SubgraphOfFile<DB> {
  /** The subgraph under test; its fields are there once the file's `beforeAll` has run. */
  subgraph: TestSubgraph<DB>;
  /**
   * The headers of each column of docs/access-control.md (`principalHeaders`). Each column's object
   * exists from the start and is filled in `beforeAll`, so a file may name one at its top level
   * (`const kaz = as['kaz-editor']`).
   */
  as: Record<Column, Headers>;
}

/**
 * Sets up a test file's subgraph in one line: registers a `beforeAll` that starts `definition` with
 * `startTestSubgraph` (`options.seed`, `options.clock`) and signs the headers of every column (the
 * `municipality` column is the Kommune `options.ars`, default Potsdam), and an `afterAll` that stops
 * it. Call it at the top level of the file, before any `beforeAll` that reads the subgraph: vitest
 * runs a file's `beforeAll` hooks in the order they were registered.
 */
export function setUpTestSubgraph<DB, Context extends BaseContext>(
  definition: SubgraphDefinition<DB, Context>,
  options: SetUpOptions = {},
): SubgraphOfFile<DB> {
  const subgraph = {} as TestSubgraph<DB>;
  const as = Object.fromEntries(COLUMNS.map((column) => [column, {}])) as Record<Column, Headers>;
  let started: TestSubgraph<DB> | undefined;
  beforeAll(async () => {
    started = await startTestSubgraph(definition, { seed: options.seed, clock: options.clock });
    Object.assign(subgraph, started);
    const headers = await principalHeaders(started.issuer, options.ars);
    for (const column of COLUMNS) Object.assign(as[column], headers[column]);
  });
  afterAll(async () => {
    await started?.stop();
  });
  return { subgraph, as };
}
