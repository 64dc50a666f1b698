/**
 * Prints every subgraph's SDL to schema/subgraphs/<name>.graphql and composes them with
 * @apollo/composition into schema/supergraph.graphql, and prints the supergraph's API schema (what
 * clients see: no join__/link machinery, no @inaccessible parts) to schema/api.graphql, the schema
 * GraphQL Code Generator reads (codegen.ts).
 *
 *   tsx scripts/compose.ts           write the files
 *   tsx scripts/compose.ts --check   write nothing; exit 1 when composition fails, a committed
 *                                    file differs from a fresh composition or the persisted-operations
 *                                    manifest is stale (scripts/manifest.ts)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { composeServices } from '@apollo/composition';
import { printSubgraphSchema } from '@apollo/subgraph';
import { parse, printSchema } from 'graphql';
import { manifestIsCurrent } from './manifest.ts';
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

const files = [
  ...printed.map(({ name, sdl }) => ({
    path: new URL(`subgraphs/${name}.graphql`, schemaDir),
    text: `${sdl.trimEnd()}\n`,
  })),
  { path: new URL('supergraph.graphql', schemaDir), text: `${result.supergraphSdl.trimEnd()}\n` },
  {
    path: new URL('api.graphql', schemaDir),
    text: `${printSchema(result.schema.toAPISchema().toGraphQLJSSchema()).trimEnd()}\n`,
  },
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
    console.error('schema/persisted-operations.json is stale; run `pnpm schema:manifest`');
    process.exit(1);
  }
  console.log(
    `schema:check ok: ${printed.length} subgraphs compose, committed files and the persisted-operations manifest are current`,
  );
} else {
  for (const { path, text } of files) writeFileSync(path, text);
  console.log(`composed ${printed.length} subgraphs into schema/supergraph.graphql and schema/api.graphql`);
}
