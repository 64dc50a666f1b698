import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { ApolloServerPlugin } from '@apollo/server';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';

/** An operation preloaded as a GraphiQL tab; its variables carry default values in the document. */
export interface ExampleOperation {
  name: string;
  query: string;
}

/** Reads the operations (`*.graphql`) of a directory, sorted by file name. Throws when it cannot be read. */
export function readOperationFiles(directory: string): ExampleOperation[] {
  return readdirSync(directory)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => ({ name: basename(file, '.graphql'), query: readFileSync(join(directory, file), 'utf8') }));
}

/** The example operations of a directory (see readOperationFiles), or none when it does not exist. */
export function readExampleOperations(directory: string): ExampleOperation[] {
  try {
    return readOperationFiles(directory);
  } catch {
    return [];
  }
}

/**
 * GraphiQL lays its tabs out in one row and hides what overflows (ten example tabs do not fit 1280 px),
 * and its logo area wraps a long title onto several lines: the tabs wrap into a second row instead.
 * Class names of GraphiQL 5 as bundled by @graphql-yoga/render-graphiql 5.24.
 */
const LAYOUT_CSS = `<style>
.graphiql-container .graphiql-session-header { height: auto; align-items: flex-start; }
.graphiql-container .graphiql-tabs { flex-wrap: wrap; overflow: visible; row-gap: 6px; padding-bottom: 4px; }
.graphiql-container .graphiql-logo, .graphiql-container .graphiql-logo span { white-space: nowrap; }
</style>`;

/**
 * Serves GraphiQL as the gateway's landing page: one self-contained HTML page with every script and
 * style inlined (no CDN; partner networks are often closed), with the example operations as tabs.
 */
export function graphiqlLandingPage(examples: readonly ExampleOperation[]): ApolloServerPlugin {
  const html = graphiqlPage(examples);
  return {
    async serverWillStart() {
      return {
        async renderLandingPage() {
          return { html };
        },
      };
    },
  };
}

/**
 * The GraphiQL page itself (see `graphiqlLandingPage`), for another server to serve: Hive Gateway's
 * `renderGraphiQL` in scripts/hive-gateway.ts.
 */
export function graphiqlPage(examples: readonly ExampleOperation[]): string {
  return renderGraphiQL({
    title: 'Kaz-Föderationsknoten – GraphiQL',
    defaultQuery: examples[0]?.query ?? '{ municipality(ags: "12054000") { name population } }',
    defaultTabs: examples.map((example) => ({ query: example.query })),
    shouldPersistHeaders: false,
  }).replace('</head>', `${LAYOUT_CSS}</head>`);
}
