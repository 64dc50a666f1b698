import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { hubSubgraphEntries } from '../scripts/hub-names.ts';
import { checkOssComposition, type PrintedSubgraph, readAllowedDifferences } from '../scripts/oss-composition.ts';

// The open-source composition of `pnpm schema:check` (scripts/oss-composition.ts): the hub's
// committed subgraph SDLs composed by @apollo/composition and by @theguild/federation-composition
// agree; and a disagreement, made by changing one composed result, is reported by coordinate.

// @apollo/composition's schemas are of the CommonJS graphql; vitest loads the ES module one for this
// file, and graphql-js refuses a schema of another module instance. Printing with the CommonJS one
// is what scripts/compose.ts does under tsx.
const { printSchema } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

/** Apollo's composition of `subgraphs`, as scripts/compose.ts makes it. */
function composeWithApollo(subgraphs: readonly PrintedSubgraph[]) {
  const result = composeServices(subgraphs.map(({ name, url, sdl }) => ({ name, url, typeDefs: parse(sdl) })));
  if (result.errors) throw new Error(result.errors.map((error) => error.message).join('\n'));
  return {
    supergraphSdl: result.supergraphSdl,
    apiSdl: printSchema(result.schema.toAPISchema().toGraphQLJSSchema()),
  };
}

const FEDERATION =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable"])';

/** Two small subgraphs: projects owns Project, security adds an incident list to it. */
const smallSubgraphs: PrintedSubgraph[] = [
  {
    name: 'projects',
    url: 'http://localhost:4003/graphql',
    sdl: `${FEDERATION}
      type Query { project(id: ID!): Project }
      type Project @key(fields: "id") {
        id: ID!
        """Title of the project."""
        title: String!
        phase: Phase!
      }
      enum Phase { PLANNED DONE }`,
  },
  {
    name: 'security',
    url: 'http://localhost:4005/graphql',
    sdl: `${FEDERATION}
      type Query { incidents(first: Int = 20): [Incident!]! }
      type Incident { reference: String! }
      type Project @key(fields: "id") {
        id: ID!
        incidents: [Incident!]!
      }`,
  },
];

describe('the open-source composition', () => {
  it("composes the hub's committed subgraph SDLs into the same API schema and routing as Apollo", () => {
    const subgraphs = hubSubgraphEntries.map(({ name, defaultPort }) => ({
      name,
      url: `http://localhost:${defaultPort}/graphql`,
      sdl: readFileSync(new URL(`../schema/subgraphs/${name}.graphql`, import.meta.url), 'utf8'),
    }));
    const report = checkOssComposition(subgraphs, composeWithApollo(subgraphs), readAllowedDifferences());

    expect(report.problems).toEqual([]);
  });

  it('agrees on two small subgraphs as they are', () => {
    expect(checkOssComposition(smallSubgraphs, composeWithApollo(smallSubgraphs)).problems).toEqual([]);
  });

  it('fails on a real difference of the two libraries: an argument default that only one subgraph declares', () => {
    // @apollo/composition drops the default (hint INCONSISTENT_DEFAULT_VALUE_PRESENCE); the Guild's
    // composition 0.27.0 keeps it. Clients that omit `first` would get 20 rows or all of them.
    const subgraphs: PrintedSubgraph[] = [
      {
        name: 'security',
        url: 'http://localhost:4005/graphql',
        sdl: `${FEDERATION} type Query { incidents(first: Int = 20): [String!]! @shareable }`,
      },
      {
        name: 'contracts',
        url: 'http://localhost:4004/graphql',
        sdl: `${FEDERATION} type Query { incidents(first: Int): [String!]! @shareable }`,
      },
    ];

    const report = checkOssComposition(subgraphs, composeWithApollo(subgraphs));

    expect(report.problems).toEqual(['Query.incidents(first:) (default): Apollo says none; the Guild says 20']);
  });

  it('names each coordinate where the compositions disagree, with what each says', () => {
    const apollo = composeWithApollo(smallSubgraphs);
    const changed = {
      apiSdl: apollo.apiSdl
        .replace('"""Title of the project."""', '"""The title."""')
        .replace('phase: Phase!', 'phase: Phase')
        .replace('incidents(first: Int = 20)', 'incidents(first: Int = 50)')
        .replace(/\n\s*DONE/, '')
        // A type that only Apollo has: one difference, not one more for each field and argument.
        .concat('\ntype Milestone {\n  due: String!\n  title(language: String): String!\n}\n'),
      supergraphSdl: apollo.supergraphSdl
        .replace(/incidents: \[Incident!\]! @join__field\(graph: SECURITY\)/, (field) =>
          field.replace('SECURITY', 'PROJECTS'),
        )
        .replace(
          /(incidents\(first: Int = 20\): \[Incident!\]! @join__field\(graph: SECURITY\))/,
          '$1 @listSize(assumedSize: 5)',
        ),
    };
    expect(changed.supergraphSdl).not.toBe(apollo.supergraphSdl);

    const report = checkOssComposition(smallSubgraphs, changed);

    expect(report.problems).toEqual([
      'Milestone (exists): Apollo says present; the Guild says absent',
      'Phase.DONE (exists): Apollo says absent; the Guild says present',
      'Project.phase (type): Apollo says Phase; the Guild says Phase!',
      'Project.title (description): Apollo says "The title."; the Guild says "Title of the project."',
      'Query.incidents(first:) (default): Apollo says 50; the Guild says 20',
      'Project.incidents (routing): Apollo says @join__field(graph: PROJECTS); the Guild says @join__field(graph: SECURITY)',
      'Query.incidents (directives): Apollo says @listSize(assumedSize: 5); the Guild says absent',
    ]);
  });

  it('lets a difference pass only when it is allowed by name, and reports an allowance that matches nothing', () => {
    const apollo = composeWithApollo(smallSubgraphs);
    const changed = { ...apollo, apiSdl: apollo.apiSdl.replace('phase: Phase!', 'phase: Phase') };
    const allowance = {
      coordinate: 'Project.phase',
      aspect: 'type',
      apollo: 'Phase',
      guild: 'Phase!',
      reason: 'constructed for this test',
    };

    const allowed = checkOssComposition(smallSubgraphs, changed, [allowance]);
    expect(allowed.problems).toEqual([]);
    expect(allowed.allowed).toEqual([
      { coordinate: 'Project.phase', aspect: 'type', apollo: 'Phase', guild: 'Phase!' },
    ]);

    const stale = checkOssComposition(smallSubgraphs, apollo, [allowance]);
    expect(stale.problems).toEqual([
      'Project.phase (type): schema/oss-composition-differences.json allows "Apollo says Phase; the Guild says Phase!", but the compositions no longer differ so; remove the entry',
    ]);
  });

  it("reports the Guild's composition errors as problems", () => {
    const conflicting = [
      ...smallSubgraphs,
      {
        name: 'contracts',
        url: 'http://localhost:4004/graphql',
        sdl: `${FEDERATION} type Query { project(id: ID!): String }`,
      },
    ];

    const report = checkOssComposition(conflicting, composeWithApollo(smallSubgraphs));

    expect(report.problems.length).toBeGreaterThan(0);
    expect(report.problems[0]).toMatch(/^@theguild\/federation-composition fails: .*Query\.project/);
  });
});
