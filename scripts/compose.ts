/**
 * Prints every subgraph's SDL to schema/subgraphs/<name>.graphql and composes them with
 * @apollo/composition into schema/supergraph.graphql, and prints the supergraph's API schema (what
 * clients see: no join__/link machinery, no @inaccessible parts) to schema/api.graphql, the schema
 * GraphQL Code Generator reads (codegen.ts).
 *
 *   tsx scripts/compose.ts           write the files
 *   tsx scripts/compose.ts --check   write nothing; exit 1 when composition fails, a committed
 *                                    file differs from a fresh composition, the persisted-operations
 *                                    manifest is stale (scripts/manifest.ts) or the schema-governance
 *                                    check fails (scripts/governance/check.ts: breaking changes against
 *                                    schema/released/, registered operations, ownership, deprecations)
 *                                    or the MIT-licensed @theguild/federation-composition composes the
 *                                    same subgraphs into a different API schema or routing
 *                                    (scripts/oss-composition.ts)
 *   … --check --as <partner>         the same, for a change made by that partner of
 *                                    schema/ownership.json (or SCHEMA_CHANGE_BY=<partner>)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { composeServices } from '@apollo/composition';
import { printSubgraphSchema } from '@apollo/subgraph';
import { systemClock, todayBy } from '@kaz/subgraph-kit';
import { parse, printSchema } from 'graphql';
import { checkSchemaChange } from './governance/check.ts';
import { changedByFrom, readSchemaChangeInput } from './governance/input.ts';
import { manifestIsCurrent } from './manifest.ts';
import { checkOssComposition, describeDifference, readAllowedDifferences } from './oss-composition.ts';
import { hubSubgraphs, routingUrl } from './subgraphs.ts';

const check = process.argv.includes('--check');
const schemaDir = new URL('../schema/', import.meta.url);

const printed = hubSubgraphs.map((subgraph) => ({
  name: subgraph.definition.name,
  url: routingUrl(subgraph),
  sdl: printSubgraphSchema(subgraph.definition.schema),
}));

const result = composeServices(printed.map(({ name, url, sdl }) => ({ name, url, typeDefs: parse(sdl) })));
if (result.errors) {
  console.error('Composition failed:');
  for (const error of result.errors) console.error(`- ${error.message}`);
  process.exit(1);
}
for (const hint of result.hints ?? []) console.warn(`hint: ${hint.definition.code}: ${hint.message}`);

const supergraphText = `${result.supergraphSdl.trimEnd()}\n`;
const apiText = `${printSchema(result.schema.toAPISchema().toGraphQLJSSchema()).trimEnd()}\n`;
const files = [
  ...printed.map(({ name, sdl }) => ({
    path: new URL(`subgraphs/${name}.graphql`, schemaDir),
    text: `${sdl.trimEnd()}\n`,
  })),
  { path: new URL('supergraph.graphql', schemaDir), text: supergraphText },
  { path: new URL('api.graphql', schemaDir), text: apiText },
];

if (check) {
  const stale = files.filter(({ path, text }) => {
    try {
      return readFileSync(path, 'utf8') !== text;
    } catch {
      return true;
    }
  });
  if (stale.length > 0) {
    console.error('These committed schema files differ from a fresh composition; run `pnpm schema:compose`:');
    for (const { path } of stale) console.error(`- ${path.pathname}`);
    process.exit(1);
  }
  if (!manifestIsCurrent()) {
    console.error(
      'schema/persisted-operations.json or schema/registered-clients.json is stale; run `pnpm schema:manifest`',
    );
    process.exit(1);
  }
  const oss = checkOssComposition(
    printed,
    { supergraphSdl: supergraphText, apiSdl: apiText },
    readAllowedDifferences(new URL('oss-composition-differences.json', schemaDir)),
  );
  for (const difference of oss.allowed)
    console.warn(`known composition difference (allowed): ${describeDifference(difference)}`);
  if (oss.problems.length > 0) {
    console.error(
      '@apollo/composition and @theguild/federation-composition disagree (docs/schema-changes.md, "The open-source composition"):',
    );
    for (const problem of oss.problems) console.error(`- ${problem}`);
    process.exit(1);
  }
  const input = readSchemaChangeInput(
    schemaDir.pathname,
    { supergraphSdl: supergraphText, apiSdl: apiText },
    { changedBy: changedByFrom(process.argv, process.env), today: todayBy(systemClock) },
  );
  const report = await checkSchemaChange(input);
  for (const warning of report.warnings) console.warn(`dangerous (allowed): ${warning}`);
  if (report.problems.length > 0) {
    console.error(
      `The schema change against release ${input.released.release.release} breaks the rules of docs/schema-changes.md:`,
    );
    for (const { rule, message } of report.problems) console.error(`- [${rule}] ${message}`);
    process.exit(1);
  }
  console.log(
    `schema:check ok: ${printed.length} subgraphs compose, @theguild/federation-composition agrees, committed files and the persisted-operations manifest are current; ` +
      `${report.changes.length} changes against release ${input.released.release.release}, none breaking, ` +
      `${input.operations.length} registered operation texts valid, ownership respected`,
  );
} else {
  for (const { path, text } of files) writeFileSync(path, text);
  console.log(`composed ${printed.length} subgraphs into schema/supergraph.graphql and schema/api.graphql`);
}
