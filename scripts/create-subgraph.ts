/**
 * `pnpm create:subgraph <name> --owner <partner> [--entity <Type>] [--port <port>]`: the recipe "Add a subgraph" of
 * docs/architecture.md as a command. Writes `subgraphs/<name>/` (the file set of scripts/subgraph-template.ts:
 * one entity with a key of its own, and `Municipality` extended with the list of it), and registers the
 * subgraph where the hub lists its subgraphs: scripts/hub-subgraphs.json (composition, `pnpm start`,
 * the tests that walk every subgraph), the root package.json (`@kaz/<name>`, so that scripts and tests
 * import it), schema/ownership.json (its owner, for the schema governance of `pnpm schema:check`) and
 * the process table of docs/operations.md.
 *
 * `<name>`: lowercase letters and digits, starting with a letter (it is the directory, the package
 * `@kaz/<name>`, the service name and the `<NAME>_DATABASE_URL` of `pnpm start`). `--entity`: the
 * entity type (default: the name in the singular, `schools` → `School`). `--port`: the default port
 * (default: the next after the highest of the hub). `--owner`: the partner that owns the subgraph, a
 * key of `partners` in schema/ownership.json (required: the scaffolder does not guess who approves
 * changes; a new partner is added there first, with its approvers). Every name is checked before anything is written:
 * a bad or taken one is an error and writes nothing. Uses nothing but Node.js and graphql (a dependency
 * of the root package), so it runs before `pnpm install` has linked the new package.
 *
 * Over 250 lines: the name checks, the registrations (JSON list, package.json, lockfile, operations
 * table) and the command line are one command; each part is a function of its own below.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema, type GraphQLSchema, isInterfaceType, isObjectType } from 'graphql';
import type { HubSubgraphEntry } from './hub-names.ts';
import { type SubgraphNames, subgraphFiles } from './subgraph-template.ts';

/** A name that is malformed or taken; the message says which and why. */
export class ScaffoldError extends Error {}

/** What to scaffold, and where. */
export interface ScaffoldOptions {
  /** The repository root to write into. */
  root: string;
  name: string;
  entity?: string | undefined;
  port?: number | undefined;
  /** The partner that owns the subgraph: a key of `partners` in schema/ownership.json. */
  owner?: string | undefined;
  /** The time the migration is named after (default now). */
  now?: Date | undefined;
}

/** One file to write: its path relative to the root and its content. */
export interface PlannedFile {
  path: string;
  text: string;
}

const NAME_PATTERN = /^[a-z][a-z0-9]{1,29}$/;
const ENTITY_PATTERN = /^[A-Z][A-Za-z0-9]{1,39}$/;
/** Types every subgraph or the federation machinery has; never the name of a new entity. */
const RESERVED_TYPES = ['Query', 'Mutation', 'Subscription', 'Municipality', 'Organisation', 'Node', 'PageInfo'];
/** The subgraph whose package.json dependencies a new subgraph gets. */
const TEMPLATE = 'municipalities';
const GATEWAY_PORT = 4000;
/** The schema governance's file of partners and the subgraphs they own. */
const OWNERSHIP = 'schema/ownership.json';

const lowerFirst = (word: string) => word.charAt(0).toLowerCase() + word.slice(1);
const words = (pascal: string) => pascal.split(/(?<=[a-z0-9])(?=[A-Z])/);

/** `schools` → `school`, `libraries` → `library`; a word that is no plural stays. */
function singular(word: string): string {
  if (/[^aeiou]ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/(ss|us|is)$/.test(word) || !word.endsWith('s')) return word;
  return word.slice(0, -1);
}

/** `School` → `Schools`, `Library` → `Libraries`, `Box` → `Boxes`. */
function plural(word: string): string {
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/.test(word)) return `${word}es`;
  return `${word}s`;
}

/** `2026_12_02_111900` in UTC. */
function stamp(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return (
    `${date.getUTCFullYear()}_${two(date.getUTCMonth() + 1)}_${two(date.getUTCDate())}_` +
    `${two(date.getUTCHours())}${two(date.getUTCMinutes())}${two(date.getUTCSeconds())}`
  );
}

/**
 * The type names of a supergraph SDL (the built-in scalars and federation's `join__`/`link__` types
 * among them) and the fields of each of its object and interface types (none for an unknown type),
 * read with graphql's own SDL parser. Throws ScaffoldError when the file is no valid SDL.
 */
function sdlNames(sdl: string, path: string): { types: Set<string>; fieldsOf: (type: string) => Set<string> } {
  let schema: GraphQLSchema;
  try {
    schema = buildSchema(sdl);
  } catch (error) {
    throw new ScaffoldError(
      `${path} is no valid GraphQL schema (${(error as Error).message}); run \`pnpm schema:compose\``,
    );
  }
  return {
    types: new Set(Object.keys(schema.getTypeMap())),
    fieldsOf: (name) => {
      const type = schema.getType(name);
      return new Set(isObjectType(type) || isInterfaceType(type) ? Object.keys(type.getFields()) : []);
    },
  };
}

function readJson<T>(root: string, path: string): T {
  return JSON.parse(readFileSync(join(root, path), 'utf8')) as T;
}

/** The names of the workspace's packages (gateway, subgraphs, packages). */
function workspacePackages(root: string): Set<string> {
  const directories = [
    'gateway',
    ...['subgraphs', 'packages'].flatMap((parent) =>
      existsSync(join(root, parent)) ? readdirSync(join(root, parent)).map((child) => `${parent}/${child}`) : [],
    ),
  ];
  return new Set(
    directories
      .filter((directory) => existsSync(join(root, directory, 'package.json')))
      .map((directory) => readJson<{ name: string }>(root, join(directory, 'package.json')).name),
  );
}

/** The row of the new subgraph in the process table of docs/operations.md, after the last subgraph's. */
function operationsTable(text: string, name: string, port: number): string | undefined {
  const lines = text.split('\n');
  const last = lines.findLastIndex((line) => /^\| \w+ \| `pnpm --filter @kaz\/\w+ start` \| \d+ \|/.test(line));
  if (last < 0 || lines[last]?.startsWith('| gateway ')) return undefined;
  lines.splice(last + 1, 0, `| ${name} | \`pnpm --filter @kaz/${name} start\` | ${port} | (to be named) |`);
  return lines.join('\n');
}

/**
 * pnpm-lock.yaml with the new subgraph as the template's twin: its importer with the template's
 * dependencies (the same versions, so nothing new to resolve), and `@kaz/<name>` among the root's
 * devDependencies. With it `pnpm install --offline --frozen-lockfile` links the new package; without it
 * (undefined: the lockfile has not the expected shape) `pnpm install` resolves it.
 */
function lockfileWithSubgraph(text: string, name: string): string | undefined {
  const lines = text.split('\n');
  const importers = lines.indexOf('importers:');
  const end = lines.findIndex((line, i) => i > importers && /^\S/.test(line));
  if (importers < 0 || end < 0) return undefined;
  const isImporter = (i: number) => i > importers && i < end && /^ {2}\S.*:$/.test(lines[i] as string);
  const start = lines.findIndex((line, i) => isImporter(i) && line === `  subgraphs/${TEMPLATE}:`);
  if (start < 0) return undefined;
  let stop = start + 1;
  while (stop < end && !isImporter(stop)) stop++;
  const block = lines.slice(start, stop);
  while (block.at(-1) === '') block.pop();
  block[0] = `  subgraphs/${name}:`;
  const after = lines.findIndex((line, i) => isImporter(i) && line.slice(2, -1) > `subgraphs/${name}`);
  const position = after < 0 ? end - 1 : after;
  lines.splice(position, 0, ...(after < 0 ? ['', ...block] : [...block, '']));
  // The root importer's devDependencies: '@kaz/<name>' linked, in key order.
  const root = lines.indexOf('  .:');
  const dev = lines.findIndex((line, i) => i > root && line === '    devDependencies:');
  if (root < 0 || dev < 0) return undefined;
  const key = `@kaz/${name}`;
  let at = dev + 1;
  while (/^ {6}\S/.test(lines[at] ?? '') && (lines[at] as string).trim().replace(/^'|':$|:$/g, '') < key) at += 3;
  if (!/^ {6}\S|^ {4}\S|^$/.test(lines[at] ?? '')) return undefined;
  lines.splice(at, 0, `      '${key}':`, '        specifier: workspace:*', `        version: link:subgraphs/${name}`);
  return lines.join('\n');
}

/**
 * schema/ownership.json with `"<name>": "<owner>"` added to `subgraphs`: inserted after the last
 * entry, so the file keeps its layout; written anew (2 spaces) if it is laid out otherwise.
 */
function ownershipWithSubgraph(root: string, name: string, owner: string): string {
  const text = readFileSync(join(root, OWNERSHIP), 'utf8');
  const ownership = JSON.parse(text) as { subgraphs: Record<string, string> };
  const wanted = { ...ownership.subgraphs, [name]: owner };
  const inserted = text.replace(
    /("subgraphs"\s*:\s*\{[^{}]*?)(\n?\s*\})/,
    (_, entries: string, close: string) => `${entries},\n    ${JSON.stringify(name)}: ${JSON.stringify(owner)}${close}`,
  );
  try {
    const parsed = JSON.parse(inserted) as { subgraphs: Record<string, string> };
    if (JSON.stringify(parsed.subgraphs) === JSON.stringify(wanted)) return inserted;
  } catch {
    // laid out otherwise: written anew below
  }
  return `${JSON.stringify({ ...ownership, subgraphs: wanted }, null, 2)}\n`;
}

/**
 * Checks the names and works out every file to write and every list to extend, writing nothing.
 * Throws ScaffoldError for a malformed or taken name, entity, field or port.
 */
export function planSubgraph(options: ScaffoldOptions): { names: SubgraphNames; files: PlannedFile[] } {
  const { root, name } = options;
  if (!NAME_PATTERN.test(name)) {
    throw new ScaffoldError(
      `"${name}" is not a subgraph name: use 2 to 30 lowercase letters and digits, starting with a letter ` +
        `(it names the directory subgraphs/<name>, the package @kaz/<name> and <NAME>_DATABASE_URL)`,
    );
  }
  const registry = readJson<HubSubgraphEntry[]>(root, 'scripts/hub-subgraphs.json');
  if (registry.some((entry) => entry.name === name)) {
    throw new ScaffoldError(`the name "${name}" is taken: the hub has a subgraph of that name`);
  }
  if (existsSync(join(root, 'subgraphs', name))) {
    throw new ScaffoldError(`the name "${name}" is taken: subgraphs/${name} exists`);
  }
  if (workspacePackages(root).has(`@kaz/${name}`)) {
    throw new ScaffoldError(`the name "${name}" is taken: the workspace has a package @kaz/${name}`);
  }

  const entity = options.entity ?? singular(name).charAt(0).toUpperCase() + singular(name).slice(1);
  if (!ENTITY_PATTERN.test(entity)) {
    throw new ScaffoldError(
      `"${entity}" is not an entity type name: use 2 to 40 letters and digits in PascalCase (e.g. --entity School)`,
    );
  }
  const supergraph = sdlNames(
    readFileSync(join(root, 'schema/supergraph.graphql'), 'utf8'),
    'schema/supergraph.graphql',
  );
  if (RESERVED_TYPES.includes(entity) || supergraph.types.has(entity)) {
    throw new ScaffoldError(
      `the type "${entity}" is taken: the supergraph has it already (choose another with --entity)`,
    );
  }
  const entities = plural(entity);
  const entityField = lowerFirst(entity);
  const municipalityField = lowerFirst(entities);
  if (supergraph.fieldsOf('Query').has(entityField)) {
    throw new ScaffoldError(`the field Query.${entityField} is taken (choose another entity with --entity)`);
  }
  if (supergraph.fieldsOf('Municipality').has(municipalityField)) {
    throw new ScaffoldError(
      `the field Municipality.${municipalityField} is taken (choose another entity with --entity)`,
    );
  }

  const ports = registry.map((entry) => entry.defaultPort);
  const port = options.port ?? Math.max(GATEWAY_PORT, ...ports) + 1;
  if (!Number.isInteger(port) || port < 1024 || port > 65535) {
    throw new ScaffoldError(`--port ${options.port} is not a port number from 1024 to 65535`);
  }
  if (port === GATEWAY_PORT || ports.includes(port)) {
    throw new ScaffoldError(`the port ${port} is taken by the gateway or another subgraph`);
  }

  const ownership = readJson<{ partners: Record<string, unknown>; subgraphs: Record<string, string> }>(root, OWNERSHIP);
  const partners = Object.keys(ownership.partners).join(', ');
  if (options.owner === undefined) {
    throw new ScaffoldError(
      `name the partner that owns the subgraph with --owner <partner>, one of ${partners} (${OWNERSHIP}; ` +
        'a new partner is added there first, with its approvers)',
    );
  }
  if (!Object.hasOwn(ownership.partners, options.owner)) {
    throw new ScaffoldError(`--owner "${options.owner}" is not a partner in ${OWNERSHIP}: use one of ${partners}`);
  }

  const template = readJson<{ dependencies?: Record<string, string> }>(root, `subgraphs/${TEMPLATE}/package.json`);
  if (!template.dependencies) throw new ScaffoldError(`subgraphs/${TEMPLATE}/package.json has no dependencies`);
  const table = words(entity).join('_').toLowerCase();
  const names: SubgraphNames = {
    name,
    entity,
    entities,
    entityField,
    municipalityField,
    entityFile: words(entity).join('-').toLowerCase(),
    table,
    idPrefix: table.toUpperCase(),
    port,
    migration: `${stamp(options.now ?? new Date())}_create_${table}`,
    dependencies: template.dependencies,
  };

  const files: PlannedFile[] = Object.entries(subgraphFiles(names)).map(([path, text]) => ({
    path: `subgraphs/${name}/${path}`,
    text,
  }));
  const entries = [...registry, { name, defaultPort: port }];
  files.push({
    path: 'scripts/hub-subgraphs.json',
    text: `[\n${entries.map((entry) => `  { "name": "${entry.name}", "defaultPort": ${entry.defaultPort} }`).join(',\n')}\n]\n`,
  });
  files.push({ path: OWNERSHIP, text: ownershipWithSubgraph(root, name, options.owner) });
  const manifest = readJson<{ devDependencies?: Record<string, string> }>(root, 'package.json');
  const devDependencies = { ...manifest.devDependencies, [`@kaz/${name}`]: 'workspace:*' };
  manifest.devDependencies = Object.fromEntries(Object.entries(devDependencies).sort(([a], [b]) => (a < b ? -1 : 1)));
  files.push({ path: 'package.json', text: `${JSON.stringify(manifest, null, 2)}\n` });
  const operations = join(root, 'docs/operations.md');
  const operationsText = existsSync(operations)
    ? operationsTable(readFileSync(operations, 'utf8'), name, port)
    : undefined;
  if (operationsText) files.push({ path: 'docs/operations.md', text: operationsText });
  const lockfile = join(root, 'pnpm-lock.yaml');
  const locked = existsSync(lockfile) ? lockfileWithSubgraph(readFileSync(lockfile, 'utf8'), name) : undefined;
  if (locked) files.push({ path: 'pnpm-lock.yaml', text: locked });
  return { names, files };
}

/** Plans (see `planSubgraph`), then writes every file; returns what it wrote. */
export function scaffoldSubgraph(options: ScaffoldOptions): { names: SubgraphNames; files: PlannedFile[] } {
  const plan = planSubgraph(options);
  for (const { path, text } of plan.files) {
    mkdirSync(dirname(join(options.root, path)), { recursive: true });
    writeFileSync(join(options.root, path), text);
  }
  return plan;
}

/** The command line: `create-subgraph.ts <name> --owner <partner> [--entity <Type>] [--port <port>]`. */
function main(args: string[]): number {
  const usage = 'usage: pnpm create:subgraph <name> --owner <partner> [--entity <Type>] [--port <port>]';
  const positional: string[] = [];
  const flags: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--entity' || arg === '--port' || arg === '--owner') {
      const value = args[++i];
      if (value === undefined) {
        console.error(`${arg} needs a value\n${usage}`);
        return 1;
      }
      flags[arg.slice(2)] = value;
    } else if (arg.startsWith('-')) {
      console.error(`unknown option ${arg}\n${usage}`);
      return 1;
    } else positional.push(arg);
  }
  if (positional.length !== 1) {
    console.error(usage);
    return 1;
  }
  const root = fileURLToPath(new URL('..', import.meta.url));
  try {
    const { names, files } = scaffoldSubgraph({
      root,
      name: positional[0] as string,
      entity: flags.entity,
      owner: flags.owner,
      port: flags.port === undefined ? undefined : Number(flags.port),
    });
    console.log(`created the ${names.name} subgraph (entity ${names.entity}, Municipality.${names.municipalityField},`);
    console.log(`default port ${names.port}, owner ${flags.owner}):`);
    for (const { path } of files) console.log(`  ${path}`);
    const next = [
      ['pnpm install', `links @kaz/${names.name} into the workspace`],
      ['pnpm schema:compose && pnpm schema:manifest', 'composes the supergraph with it'],
      [`pnpm vitest run subgraphs/${names.name}`, 'runs its own tests'],
      ['pnpm start', 'starts the hub with it'],
    ];
    console.log('\nNext:');
    for (const [command, what] of next) console.log(`  ${command?.padEnd(48)}${what}`);
    console.log(
      `Then by hand: describe ${names.entity} and the subgraph (src/schema/${names.entityFile}.ts, src/subgraph.ts), ` +
        'name its owner in docs/operations.md, and add its rules to docs/access-control.md once its data is not ' +
        'public for everyone.',
    );
    return 0;
  } catch (error) {
    if (!(error instanceof ScaffoldError)) throw error;
    console.error(`create:subgraph: ${error.message}; nothing was written.`);
    return 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
