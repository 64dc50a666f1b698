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
 * Then the same for each partner client's registered operations, schema/clients/<client>/*.graphql.
 * Alongside, schema/registered-clients.json names the registered clients and, for each hash, the
 * clients that registered its text: the gateway counts a request for a registered document under its
 * client (docs/schema-changes.md).
 *
 * Each hash runs its own text, so an answer to 2 or 3 carries `__typename` and the caches can
 * normalise it. The forms are made by the clients' own functions, so they hash what the clients hash;
 * test/clients.test.ts runs both clients against a trusted-documents gateway.
 *
 *   tsx scripts/manifest.ts           write the manifest and the registry of clients
 *   tsx scripts/manifest.ts --check   write nothing; exit 1 when either committed file is stale
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { addTypenameToDocument, print as apolloPrint } from '@apollo/client/utilities';
import { documentHash, readOperationFiles } from '@kaz/gateway';
import { formatDocument, stringifyDocument } from '@urql/core';
import { parse } from 'graphql';
import { clientDirectories, HUB_CLIENT } from './governance/operations.ts';

const schemaDir = new URL('../schema/', import.meta.url);
const manifestPath = new URL('persisted-operations.json', schemaDir);
const registryPath = new URL('registered-clients.json', schemaDir);

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

/** A directory of registered operations and the client they are registered for. */
interface OperationSource {
  client: string;
  directory: string;
}

/** The hub's operations (client `kaz-hub`), then each partner client's directory, by name. */
function operationSources(): OperationSource[] {
  return [
    { client: HUB_CLIENT, directory: new URL('operations', schemaDir).pathname },
    ...clientDirectories(schemaDir.pathname).map((client) => ({
      client,
      directory: new URL(`clients/${client}`, schemaDir).pathname,
    })),
  ];
}

/** The hashes of the texts each source's files are sent as, with the texts (see above). */
function registeredTexts(sources: readonly OperationSource[]) {
  return sources.flatMap(({ client, directory }) =>
    readOperationFiles(directory).flatMap(({ query }) =>
      clientTexts(query).map((text) => ({ client, hash: documentHash(text), text })),
    ),
  );
}

/** The manifest of the registered operations: hash → text, source by source, file by file (see above). */
export function buildManifest(sources: readonly OperationSource[] = operationSources()): Record<string, string> {
  return Object.fromEntries(registeredTexts(sources).map(({ hash, text }) => [hash, text]));
}

/**
 * schema/registered-clients.json: `clients`, every registered client's name (`kaz-hub` first, then
 * schema/clients/ by name), and `documents`, each manifest hash → the clients that registered it.
 */
export function buildClientRegistry(sources: readonly OperationSource[] = operationSources()) {
  const documents: Record<string, string[]> = {};
  for (const { client, hash } of registeredTexts(sources)) {
    const clients = documents[hash] ?? [];
    if (!clients.includes(client)) documents[hash] = [...clients, client];
  }
  return { clients: sources.map(({ client }) => client), documents };
}

/** The manifest and the registry as they should be committed, as text. */
export function manifestText(): { manifest: string; registry: string } {
  const sources = operationSources();
  return {
    manifest: `${JSON.stringify(buildManifest(sources), null, 2)}\n`,
    registry: `${JSON.stringify(buildClientRegistry(sources), null, 2)}\n`,
  };
}

/** True when the committed manifest and registry match the operations; never throws for a missing file. */
export function manifestIsCurrent(): boolean {
  try {
    const expected = manifestText();
    return (
      readFileSync(manifestPath, 'utf8') === expected.manifest &&
      readFileSync(registryPath, 'utf8') === expected.registry
    );
  } catch {
    return false;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (process.argv.includes('--check')) {
    if (!manifestIsCurrent()) {
      console.error(
        'schema/persisted-operations.json or schema/registered-clients.json is stale; run `pnpm schema:manifest`',
      );
      process.exit(1);
    }
    console.log('schema/persisted-operations.json and schema/registered-clients.json are current');
  } else {
    const { manifest, registry } = manifestText();
    writeFileSync(manifestPath, manifest);
    writeFileSync(registryPath, registry);
    console.log(`wrote ${manifestPath.pathname} and ${registryPath.pathname}`);
  }
}
