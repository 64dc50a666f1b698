/**
 * Writes schema/persisted-operations.json, the trusted-documents manifest: a flat JSON object, sha256
 * (hex) of a text → that text. The gateway runs only these texts when started with
 * TRUSTED_DOCUMENTS=true. For each schema/operations/*.graphql file, in file order:
 *
 *   1. the file's exact text (comments included): what graphql-request, fetch or curl send;
 *   2. the text Apollo Client 4 sends with an InMemoryCache: `__typename` added to every selection set
 *      but the operation's root one (`addTypenameToDocument`), printed by graphql-js `print`;
 *   3. the text urql 6 sends with Graphcache or its document cache: `__typename` added the same way
 *      (`formatDocument`), printed by `stringifyDocument` (@0no-co/graphql.web's `print`, then urql
 *      strips comments and blank lines, and puts a line break before every string literal) — only
 *      when it differs from 2.
 *
 * Each hash runs its own text, so an answer to 2 or 3 carries `__typename` and the caches can
 * normalise it. The forms are made by the clients' own functions, so they hash what the clients hash;
 * test/clients.test.ts runs both clients against a trusted-documents gateway.
 *
 *   tsx scripts/manifest.ts           write the manifest
 *   tsx scripts/manifest.ts --check   write nothing; exit 1 when the committed manifest is stale
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { addTypenameToDocument, print as apolloPrint } from '@apollo/client/utilities';
import { documentHash, readOperationFiles } from '@kaz/gateway';
import { formatDocument, stringifyDocument } from '@urql/core';
import { parse } from 'graphql';

const schemaDir = new URL('../schema/', import.meta.url);
const manifestPath = new URL('persisted-operations.json', schemaDir);

/**
 * The texts a client sends for an operation file's text: the exact text, Apollo Client's form and
 * urql's form, without repeats. The file is parsed without locations, as GraphQL Code Generator's
 * documents are (a document with `loc` would make urql send its source text).
 */
export function clientTexts(text: string): string[] {
  const document = parse(text, { noLocation: true });
  const apollo = apolloPrint(addTypenameToDocument(document));
  const urql = stringifyDocument(formatDocument(parse(text, { noLocation: true })));
  return [...new Set([text, apollo, urql])];
}

/** The manifest of the operation files of a directory: hash → text, file by file (see above). */
export function buildManifest(directory: string): Record<string, string> {
  const entries = readOperationFiles(directory).flatMap(({ query }) =>
    clientTexts(query).map((text) => [documentHash(text), text] as const),
  );
  return Object.fromEntries(entries);
}

/** The manifest as it should be committed, as text. */
export function manifestText(): string {
  return `${JSON.stringify(buildManifest(new URL('operations', schemaDir).pathname), null, 2)}\n`;
}

/** True when the committed manifest matches the operations; never throws for a missing file. */
export function manifestIsCurrent(): boolean {
  try {
    return readFileSync(manifestPath, 'utf8') === manifestText();
  } catch {
    return false;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (process.argv.includes('--check')) {
    if (!manifestIsCurrent()) {
      console.error('schema/persisted-operations.json is stale; run `pnpm schema:manifest`');
      process.exit(1);
    }
    console.log('schema/persisted-operations.json is current');
  } else {
    writeFileSync(manifestPath, manifestText());
    console.log(`wrote ${manifestPath.pathname}`);
  }
}
