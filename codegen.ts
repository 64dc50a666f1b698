/**
 * GraphQL Code Generator: typed documents (TypedDocumentNode) for the example operations.
 *
 *   pnpm codegen   reads schema/api.graphql (the API schema that `pnpm schema:compose` prints) and
 *                  schema/operations/*.graphql, writes clients/generated/ (git-ignored; generate it
 *                  after every schema or operation change)
 *
 * test/codegen.test.ts runs this same config into a temporary folder and type-checks
 * clients/examples/typed-client.ts against the result. docs/clients.md shows how to use it.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

/** Where `pnpm codegen` writes, relative to the repository root. */
export const generatedDir = 'clients/generated/';

/** The config for an output folder: `pnpm codegen` uses generatedDir, the test a temporary folder. */
export function codegenConfig(outputDir: string = generatedDir): CodegenConfig {
  return {
    overwrite: true,
    schema: 'schema/api.graphql',
    documents: ['schema/operations/*.graphql'],
    ignoreNoDocuments: false,
    generates: {
      [outputDir]: {
        preset: 'client',
        presetConfig: { fragmentMasking: false },
        config: {
          // The repository compiles with verbatimModuleSyntax and NodeNext: type-only imports, and
          // relative imports with an extension.
          useTypeImports: true,
          importExtension: '.js',
          // String unions instead of TypeScript enums: nothing to import at run time.
          enumsAsTypes: true,
          // Every scalar of the API schema is a built-in one; an unknown one is an error, not `any`.
          strictScalars: true,
          scalars: { ID: 'string' },
        },
      },
    },
  };
}

/** Where the Programm-Cockpit's types are generated (committed: the cockpit builds from a fresh clone). */
export const cockpitGeneratedDir = 'apps/cockpit/src/gql/';

/**
 * The Programm-Cockpit's typed operations (apps/cockpit): the operations registered for the client
 * `kaz-cockpit` (schema/clients/kaz-cockpit/), as strings (TypedDocumentString), so that the bundle
 * carries no GraphQL parser. test/cockpit/codegen.test.ts fails when the committed files are stale.
 */
export function cockpitCodegenConfig(outputDir: string = cockpitGeneratedDir): CodegenConfig {
  const base = codegenConfig(outputDir).generates[outputDir] as { config: Record<string, unknown> };
  return {
    overwrite: true,
    schema: 'schema/api.graphql',
    documents: ['schema/clients/kaz-cockpit/*.graphql'],
    ignoreNoDocuments: false,
    generates: {
      [outputDir]: {
        preset: 'client',
        presetConfig: { fragmentMasking: false },
        config: { ...base.config, importExtension: '', documentMode: 'string' },
      },
    },
  };
}

const hub = codegenConfig();
const cockpit = cockpitCodegenConfig();
export default {
  ...hub,
  documents: undefined,
  generates: {
    [generatedDir]: { ...(hub.generates[generatedDir] as object), documents: hub.documents },
    [cockpitGeneratedDir]: { ...(cockpit.generates[cockpitGeneratedDir] as object), documents: cockpit.documents },
  },
} as CodegenConfig;
