import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { GraphQLSchema } from 'graphql';

// The schema comes from check.ts, built by the CommonJS graphql; validating it with the ESM build
// (what Vitest would give an import) fails graphql's instanceof checks (see check.ts).
const { Kind, parse, validate } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

/** An operation document a client registered: the hub's examples, the manifest, a partner's. */
export interface RegisteredOperation {
  /** The client it was registered for, e.g. "kaz-hub" or "cert-brandenburg-lagebild". */
  client: string;
  /** Where it is registered, e.g. "schema/clients/cert-brandenburg-lagebild/incidents.graphql". */
  source: string;
  /** The document's text. */
  text: string;
}

/** The client of the hub's own operations: schema/operations (GraphiQL, codegen, clients/examples). */
export const HUB_CLIENT = 'kaz-hub';

/** A client's name as the gateway and the registry accept it: lower case, digits and dashes. */
export const CLIENT_NAME = /^[a-z][a-z0-9-]{1,62}$/;

/**
 * The registered operations under `schemaDir` (files sorted by name):
 * - schema/operations/*.graphql, the hub's own (client `kaz-hub`);
 * - schema/clients/<client>/*.graphql, each partner client's;
 * - every text of schema/persisted-operations.json (the forms Apollo Client and urql send), for the
 *   clients schema/registered-clients.json names for its hash.
 * Throws when a client directory's name is not a client name (`CLIENT_NAME`).
 */
export function readRegisteredOperations(schemaDir: string): RegisteredOperation[] {
  const operations = graphqlFiles(join(schemaDir, 'operations')).map((file) => ({
    client: HUB_CLIENT,
    source: `schema/operations/${file}`,
    text: readFileSync(join(schemaDir, 'operations', file), 'utf8'),
  }));
  for (const client of clientDirectories(schemaDir)) {
    for (const file of graphqlFiles(join(schemaDir, 'clients', client))) {
      operations.push({
        client,
        source: `schema/clients/${client}/${file}`,
        text: readFileSync(join(schemaDir, 'clients', client, file), 'utf8'),
      });
    }
  }
  const manifestPath = join(schemaDir, 'persisted-operations.json');
  const registryPath = join(schemaDir, 'registered-clients.json');
  if (existsSync(manifestPath)) {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, string>;
    const registry = existsSync(registryPath)
      ? (JSON.parse(readFileSync(registryPath, 'utf8')) as { documents?: Record<string, string[]> })
      : {};
    for (const [hash, text] of Object.entries(manifest)) {
      for (const client of registry.documents?.[hash] ?? ['(not in schema/registered-clients.json)']) {
        operations.push({ client, source: `schema/persisted-operations.json ${hash.slice(0, 12)}…`, text });
      }
    }
  }
  return operations;
}

/** The client directories under schema/clients, sorted; throws for a name that is not a client name. */
export function clientDirectories(schemaDir: string): string[] {
  const directory = join(schemaDir, 'clients');
  if (!existsSync(directory)) return [];
  const names = readdirSync(directory, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  for (const name of names) {
    if (!CLIENT_NAME.test(name) || name === HUB_CLIENT) {
      throw new Error(
        `schema/clients/${name}: a client's directory is its name: lower case letters, digits and dashes, 2 to 63 characters, not "${HUB_CLIENT}"`,
      );
    }
  }
  return names;
}

function graphqlFiles(directory: string): string[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory)
    .filter((file) => file.endsWith('.graphql'))
    .sort();
}

/**
 * One message per registered operation that does not parse or validate against `schema`: its client,
 * its operation name(s), where it is registered and why. Several texts of one operation that fail
 * alike (the manifest holds up to three forms) give one message.
 */
export function operationProblems(schema: GraphQLSchema, operations: readonly RegisteredOperation[]): string[] {
  const messages = new Set<string>();
  for (const operation of operations) {
    let errors: readonly { message: string }[];
    let names = '(unnamed)';
    try {
      const document = parse(operation.text);
      names =
        document.definitions
          .map((definition) => (definition.kind === Kind.OPERATION_DEFINITION ? definition.name?.value : undefined))
          .filter((name) => name !== undefined)
          .join(', ') || names;
      errors = validate(schema, document);
    } catch (error) {
      errors = [{ message: (error as Error).message }];
    }
    for (const error of errors) {
      messages.add(
        `client "${operation.client}", operation ${names} (${operation.source.replace(/ [0-9a-f]{12}…$/, '')}): ${error.message}`,
      );
    }
  }
  return [...messages];
}
