import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planSubgraph } from '../scripts/create-subgraph.ts';
import { type Ownership, ownershipProblems, subgraphNamesOf } from '../scripts/governance/ownership.ts';
import { defaultSnapshotDirectory, repositoryRoot } from '../scripts/snapshots.ts';

// The recipe "Add a subgraph" of docs/architecture.md, as `pnpm create:subgraph` runs it, on a copy of
// this checkout (its tracked and new files, without node_modules) in a temporary directory: the
// checkout itself is never written to. The copy scaffolds a subgraph, pnpm checks offline that the
// extended lockfile installs it as it stands, the copy's node_modules link to the checkout's (as
// `pnpm install` would link them, without writing 60 000 files), it composes, and `pnpm start` serves
// the new subgraph's fields through the gateway over HTTP.

const NAME = 'libraries';
const tsx = join(repositoryRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs');
let copy: string;
let hub: ChildProcess | undefined;

beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), 'kaz-create-subgraph-'));
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], {
    cwd: repositoryRoot,
    encoding: 'utf8',
  });
  for (const file of files.split('\0')) {
    if (!file || !existsSync(join(repositoryRoot, file))) continue;
    mkdirSync(dirname(join(copy, file)), { recursive: true });
    copyFileSync(join(repositoryRoot, file), join(copy, file));
  }
  linkRootDependencies();
});

afterAll(async () => {
  if (hub && hub.exitCode === null) {
    const exited = new Promise((resolve) => hub?.once('exit', resolve));
    hub.kill('SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    if (hub.exitCode === null) hub.kill('SIGKILL');
  }
  rmSync(copy, { recursive: true, force: true });
  // The copy shares this checkout's snapshots of the other subgraphs; the new one's is of no use here.
  if (existsSync(defaultSnapshotDirectory)) {
    for (const file of readdirSync(defaultSnapshotDirectory)) {
      if (file.startsWith(`${NAME}-`)) rmSync(join(defaultSnapshotDirectory, file), { force: true });
    }
  }
});

/** A hash over the path and content of every file of the copy (without node_modules and .data). */
function contentOf(directory: string): string {
  const hash = createHash('sha256');
  const files = readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => !/[/\\](node_modules|\.data)[/\\]/.test(file))
    .sort();
  for (const file of files) hash.update(`${file}\n`).update(readFileSync(file));
  return hash.digest('hex');
}

/** Runs a command in the copy; throws with its output when it fails. */
function run(command: string, args: string[]): string {
  const result = spawnSync(command, args, { cwd: copy, encoding: 'utf8', env: { ...process.env, NODE_ENV: 'test' } });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited with ${result.status}:\n${result.stdout}\n${result.stderr}`);
  }
  return result.stdout;
}

/**
 * Links the copy's root dependencies to the checkout's, as the `pnpm install` before any `pnpm` script
 * would (the scaffolder itself runs on tsx and graphql from there): the workspace packages to the
 * checkout's sources.
 */
function linkRootDependencies() {
  const modules = join(repositoryRoot, 'node_modules');
  mkdirSync(join(copy, 'node_modules', '@kaz'), { recursive: true });
  for (const entry of readdirSync(modules)) {
    if (entry !== '@kaz') symlinkSync(join(modules, entry), join(copy, 'node_modules', entry));
  }
  for (const entry of readdirSync(join(modules, '@kaz'))) {
    symlinkSync(realpathSync(join(modules, '@kaz', entry)), join(copy, 'node_modules', '@kaz', entry));
  }
}

/**
 * Links the rest as `pnpm install` would after the scaffold: `@kaz/<NAME>` to the copy's new subgraph,
 * each workspace package's dependencies to the checkout's, and the new subgraph's to those of the
 * template subgraph, whose dependencies it has (asserted in the test).
 */
function linkDependencies() {
  symlinkSync(join(copy, 'subgraphs', NAME), join(copy, 'node_modules', '@kaz', NAME));
  // Each workspace package's own (the snapshot key reads the PGlite version from packages/db's).
  for (const directory of [
    'gateway',
    ...['packages', 'subgraphs'].flatMap((parent) =>
      readdirSync(join(repositoryRoot, parent)).map((name) => join(parent, name)),
    ),
  ]) {
    if (existsSync(join(repositoryRoot, directory, 'node_modules'))) {
      symlinkSync(join(repositoryRoot, directory, 'node_modules'), join(copy, directory, 'node_modules'));
    }
  }
  symlinkSync(
    join(repositoryRoot, 'subgraphs', 'municipalities', 'node_modules'),
    join(copy, 'subgraphs', NAME, 'node_modules'),
  );
}

/** Starts `pnpm start`'s script in the copy on a free port and resolves with the gateway's URL once it is ready. */
function startHub(): Promise<string> {
  return new Promise((resolve, reject) => {
    hub = spawn(process.execPath, ['scripts/launch.mjs'], {
      cwd: copy,
      env: {
        ...process.env,
        NODE_ENV: 'test',
        PORT: '0',
        HOST: '127.0.0.1',
        HUB_SNAPSHOT_DIR: defaultSnapshotDirectory,
      },
    });
    let output = '';
    hub.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const ready = /GraphQL endpoint and GraphiQL: (\S+)/.exec(output);
      if (ready) resolve(ready[1] as string);
    });
    hub.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    hub.once('exit', (code) => reject(new Error(`pnpm start exited with ${code} before it was ready:\n${output}`)));
  });
}

describe('pnpm create:subgraph', () => {
  it('refuses a malformed or taken name, type or port with a clear error, and writes nothing', () => {
    const before = contentOf(copy);
    const refused: [Parameters<typeof planSubgraph>[0], RegExp][] = [
      [{ root: copy, name: 'Libraries' }, /^"Libraries" is not a subgraph name: use 2 to 30 lowercase letters/],
      [{ root: copy, name: 'open-data' }, /^"open-data" is not a subgraph name/],
      [{ root: copy, name: 'security' }, /^the name "security" is taken: the hub has a subgraph of that name$/],
      [{ root: copy, name: 'auth' }, /^the name "auth" is taken: the workspace has a package @kaz\/auth$/],
      [{ root: copy, name: NAME, entity: 'Project' }, /^the type "Project" is taken: the supergraph has it already/],
      [{ root: copy, name: NAME, entity: 'library' }, /^"library" is not an entity type name/],
      // A built-in type of GraphQL is as taken as a partner's.
      [{ root: copy, name: NAME, entity: 'String' }, /^the type "String" is taken: the supergraph has it already/],
      // A new type whose root field or Municipality field another subgraph already has.
      [{ root: copy, name: NAME, entity: 'Certificates' }, /^the field Query\.certificates is taken/],
      [{ root: copy, name: NAME, entity: 'ReusedProject' }, /^the field Municipality\.reusedProjects is taken/],
      [{ root: copy, name: NAME, port: 4003 }, /^the port 4003 is taken by the gateway or another subgraph$/],
      // Who owns it is named, and is a partner of the schema governance.
      [
        { root: copy, name: NAME },
        /^name the partner that owns the subgraph with --owner <partner>, one of municipal-associations, zit-bb, kaz, cert-brandenburg/,
      ],
      [
        { root: copy, name: NAME, owner: 'stadtbibliothek' },
        /^--owner "stadtbibliothek" is not a partner in schema\/ownership\.json: use one of municipal-associations/,
      ],
    ];
    for (const [options, message] of refused) expect(() => planSubgraph(options)).toThrow(message);
    const cli = spawnSync(process.execPath, [tsx, 'scripts/create-subgraph.ts', 'security'], {
      cwd: copy,
      encoding: 'utf8',
    });
    expect(cli.status).toBe(1);
    expect(cli.stderr).toBe(
      'create:subgraph: the name "security" is taken: the hub has a subgraph of that name; nothing was written.\n',
    );
    expect(contentOf(copy)).toBe(before);
  });

  it('scaffolds a subgraph that composes, starts with `pnpm start` and extends Municipality through the gateway', async () => {
    const created = run(process.execPath, [tsx, 'scripts/create-subgraph.ts', NAME, '--owner', 'kaz']);
    expect(created).toContain(`created the ${NAME} subgraph (entity Library, Municipality.libraries`);
    expect(created).toContain('default port 4006, owner kaz');
    expect(JSON.parse(readFileSync(join(copy, 'scripts/hub-subgraphs.json'), 'utf8')).at(-1)).toEqual({
      name: NAME,
      defaultPort: 4006,
    });
    expect(readdirSync(join(copy, 'subgraphs', NAME, 'migrations'))).toEqual([
      expect.stringMatching(/^\d{4}_\d\d_\d\d_\d{6}_create_library\.ts$/),
      'index.ts',
    ]);

    // The lockfile the scaffolder extended is what pnpm wants: a frozen install offline accepts it.
    run('pnpm', ['install', '--offline', '--frozen-lockfile', '--lockfile-only']);
    const manifest = (path: string) => JSON.parse(readFileSync(join(path, 'package.json'), 'utf8'));
    expect(manifest(join(copy, 'subgraphs', NAME)).dependencies).toEqual(
      manifest(join(repositoryRoot, 'subgraphs', 'municipalities')).dependencies,
    );
    linkDependencies();
    expect(run(process.execPath, [tsx, 'scripts/compose.ts'])).toContain('composed 6 subgraphs');
    const supergraph = readFileSync(join(copy, 'schema/supergraph.graphql'), 'utf8');
    expect(supergraph).toContain(`LIBRARIES @join__graph(name: "${NAME}", url: "http://localhost:4006/graphql")`);
    // The ownership part of `pnpm schema:check` on the composed copy: every subgraph, the new one
    // included, has an owner that is a partner; the other entries are as they were.
    const ownership = JSON.parse(readFileSync(join(copy, 'schema/ownership.json'), 'utf8')) as Ownership;
    const before = JSON.parse(readFileSync(join(repositoryRoot, 'schema/ownership.json'), 'utf8')) as Ownership;
    expect(subgraphNamesOf(supergraph)).toContain(NAME);
    expect(ownershipProblems(ownership, subgraphNamesOf(supergraph))).toEqual([]);
    expect(ownership).toEqual({ ...before, subgraphs: { ...before.subgraphs, [NAME]: 'kaz' } });
    // Without the entry, the same check fails: it is the scaffolder's entry that makes it pass.
    const { [NAME]: _, ...without } = ownership.subgraphs;
    expect(ownershipProblems({ ...ownership, subgraphs: without }, subgraphNamesOf(supergraph))).toEqual([
      `the subgraph "${NAME}" has no owner in schema/ownership.json`,
    ]);

    const url = await startHub();
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `{
          potsdam: municipality(ars: "120540000000") { name libraries { id name isSample municipality { ars } } }
          gramzow: municipality(ars: "120735306225") { name libraries { id } }
          library(id: "LIBRARY-0003") { name municipality { name kind } }
        }`,
      }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      data: {
        potsdam: {
          name: 'Potsdam, Stadt',
          libraries: [
            {
              id: 'LIBRARY-0001',
              name: 'Sample Library 1 of Potsdam',
              isSample: true,
              municipality: { ars: '120540000000' },
            },
            {
              id: 'LIBRARY-0002',
              name: 'Sample Library 2 of Potsdam',
              isSample: true,
              municipality: { ars: '120540000000' },
            },
          ],
        },
        gramzow: { name: 'Gramzow', libraries: [] },
        library: {
          name: 'Sample Library of Cottbus',
          municipality: { name: 'Cottbus/Chóśebuz, Stadt', kind: 'KREISFREIE_STADT' },
        },
      },
    });
  }, 300_000);
});
