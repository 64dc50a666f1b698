import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse } from 'graphql';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateScratchClients, repositoryRoot as root } from './support/codegen.ts';

// A client developer generates typed documents with the repository's GraphQL Code Generator config
// (codegen.ts, `pnpm codegen`) and compiles a client against them: the example client compiles, and
// wrong uses of the same documents are compile errors. Nothing here touches the network.

const operationsDir = join(root, 'schema/operations');

/** The scratch copy of clients/ with freshly generated documents. */
let scratch: string;
let removeScratch: (() => void) | undefined;

beforeAll(async () => {
  const generated = await generateScratchClients();
  scratch = generated.dir;
  removeScratch = generated.remove;
}, 60_000);

afterAll(() => {
  removeScratch?.();
});

/** The compiler options of the repository (tsconfig.base.json). */
function compilerOptions(): ts.CompilerOptions {
  const configPath = join(root, 'tsconfig.base.json');
  const { config } = ts.readConfigFile(configPath, ts.sys.readFile);
  return ts.parseJsonConfigFileContent(config, ts.sys, root, undefined, configPath).options;
}

/** Type-checks one example file (with what it imports); its diagnostics as line (1-based), code, text. */
function typeCheck(file: string): { line: number; code: number; message: string }[] {
  const path = join(scratch, 'examples', file);
  const program = ts.createProgram([path], compilerOptions());
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => ({
    line:
      diagnostic.file && diagnostic.start !== undefined
        ? diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start).line + 1
        : 0,
    code: diagnostic.code,
    message: `${diagnostic.file?.fileName ?? ''}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`,
  }));
}

describe('typed operations with GraphQL Code Generator', () => {
  it('generates a typed document for every operation in schema/operations', () => {
    const names = readdirSync(operationsDir)
      .filter((file) => file.endsWith('.graphql'))
      .flatMap((file) => parse(readFileSync(join(operationsDir, file), 'utf8')).definitions)
      .flatMap((definition) =>
        definition.kind === Kind.OPERATION_DEFINITION && definition.name ? [definition.name.value] : [],
      );
    expect(names.length).toBeGreaterThan(0);
    const generated = readFileSync(join(scratch, 'generated/graphql.ts'), 'utf8');
    for (const name of names) {
      expect(generated).toMatch(new RegExp(`export const ${name}Document = .* as unknown as DocumentNode<`));
    }
  });

  it.each(['typed-client.ts', 'apollo-client.ts', 'urql-client.ts'])(
    'compiles the example %s against the generated documents',
    (file) => {
      expect(typeCheck(file)).toEqual([]);
    },
    60_000,
  );

  it('rejects a misspelled field, an unselected field and wrong variables at compile time', () => {
    // The fixture names the error it expects on each wrong line: `// error TS2551: …`.
    const lines = readFileSync(join(scratch, 'examples/wrong-use.ts'), 'utf8').split('\n');
    const expected = lines.flatMap((text, index) => {
      const match = /\/\/ error TS(\d+):/.exec(text);
      return match ? [{ line: index + 1, code: Number(match[1]) }] : [];
    });
    expect(expected.length).toBe(4);
    const found = typeCheck('wrong-use.ts');
    expect(found.map(({ line, code }) => ({ line, code }))).toEqual(expected);
    // The messages name the wrong thing, as a developer would read them.
    const messages = found.map(({ message }) => message).join('\n');
    expect(messages).toContain("Did you mean 'commonName'?");
    expect(messages).toContain("Property 'serialNumber' does not exist");
    expect(messages).toContain("Type 'string' is not assignable to type 'number'");
    expect(messages).toContain("'nameContains' does not exist");
  }, 60_000);
});
