import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hubSubgraphNames } from '../scripts/hub-names.ts';
import { repositoryRoot, sourceFiles } from '../scripts/snapshots.ts';

// The rules of docs/architecture.md ("Parts and what they may import"), read from the source files:
// a rule broken in code fails here, not in a review.

interface Part {
  /** The package name (`@kaz/projects`). */
  name: string;
  /** Its directory relative to the repository root (`subgraphs/projects`). */
  directory: string;
  kind: 'subgraph' | 'gateway' | 'package';
  /** The workspace packages its package.json depends on. */
  declared: string[];
}

const partDirectories = [
  ...['auth', 'db', 'http', 'limits', 'reference-data', 'report', 'subgraph-kit', 'telemetry'].map(
    (name) => `packages/${name}`,
  ),
  ...hubSubgraphNames.map((name) => `subgraphs/${name}`),
  'gateway',
];

const parts: Part[] = partDirectories.map((directory) => {
  const manifest = JSON.parse(readFileSync(join(repositoryRoot, directory, 'package.json'), 'utf8')) as {
    name: string;
    dependencies?: Record<string, string>;
    devDependencies?: Record<string, string>;
  };
  return {
    name: manifest.name,
    directory,
    kind: directory.startsWith('subgraphs/') ? 'subgraph' : directory === 'gateway' ? 'gateway' : 'package',
    declared: Object.keys({ ...manifest.dependencies, ...manifest.devDependencies }).filter((dependency) =>
      dependency.startsWith('@kaz/'),
    ),
  };
});
const partByName = new Map(parts.map((part) => [part.name, part]));

/** Every module specifier a source file imports or re-exports, statically or dynamically. */
function specifiers(source: string): string[] {
  const found: string[] = [];
  const pattern =
    /(?:^|\n)\s*(?:import|export)\b[^'";]*?\bfrom\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)|(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g;
  for (const match of source.matchAll(pattern)) found.push((match[1] ?? match[2] ?? match[3]) as string);
  return found;
}

/** The @kaz packages and the relative paths that the part's code (sources, not tests) imports. */
function importsOf(part: Part): { workspace: Map<string, string[]>; escaping: string[] } {
  const workspace = new Map<string, string[]>();
  const escaping: string[] = [];
  const root = join(repositoryRoot, part.directory);
  for (const file of sourceFiles(join(root, 'src'))) {
    if (!/\.(ts|mts|mjs|js)$/.test(file)) continue;
    for (const specifier of specifiers(readFileSync(file, 'utf8'))) {
      const where = relative(repositoryRoot, file);
      if (specifier.startsWith('@kaz/')) {
        const name = specifier.split('/').slice(0, 2).join('/');
        workspace.set(name, [...(workspace.get(name) ?? []), where]);
      } else if (specifier.startsWith('.') && relative(root, resolve(dirname(file), specifier)).startsWith('..')) {
        escaping.push(`${where} → ${specifier}`);
      }
    }
  }
  return { workspace, escaping };
}

const imported = new Map(parts.map((part) => [part.name, importsOf(part)]));

describe('what each part may import', () => {
  it('finds the parts and their imports (the rules below would pass vacuously otherwise)', () => {
    expect(parts.filter((part) => part.kind === 'subgraph').length).toBeGreaterThanOrEqual(5);
    expect([...(imported.get('@kaz/projects')?.workspace.keys() ?? [])]).toContain('@kaz/subgraph-kit');
    expect([...(imported.get('@kaz/gateway')?.workspace.keys() ?? [])]).toContain('@kaz/auth');
  });

  it('every directory under subgraphs/ is a subgraph of the hub (scripts/hub-subgraphs.json), named @kaz/<directory>', () => {
    const directories = readdirSync(join(repositoryRoot, 'subgraphs'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect([...directories].sort()).toEqual([...hubSubgraphNames].sort());
    for (const name of hubSubgraphNames) expect(partByName.get(`@kaz/${name}`)?.directory).toBe(`subgraphs/${name}`);
  });

  it.each(parts.map((part) => [part.name, part] as const))(
    '%s imports only workspace packages it declares',
    (_, part) => {
      const undeclared = [...(imported.get(part.name)?.workspace.keys() ?? [])].filter(
        (name) => name !== part.name && !part.declared.includes(name),
      );
      expect(undeclared).toEqual([]);
    },
  );

  it.each(parts.map((part) => [part.name, part] as const))(
    '%s reaches no file outside its directory by a relative path',
    (_, part) => {
      expect(imported.get(part.name)?.escaping).toEqual([]);
    },
  );

  it('a subgraph imports no other subgraph and not the gateway: partners meet only through federation', () => {
    const crossing = parts
      .filter((part) => part.kind === 'subgraph')
      .flatMap((part) =>
        [...(imported.get(part.name)?.workspace ?? [])]
          .filter(([name]) => name !== part.name && partByName.get(name)?.kind !== 'package')
          .map(([name, files]) => `${part.name} → ${name} (${files[0]})`),
      );
    expect(crossing).toEqual([]);
  });

  it('the gateway imports no subgraph, no subgraph kit and no database layer: it knows subgraphs only through the supergraph', () => {
    const forbidden = [...(imported.get('@kaz/gateway')?.workspace ?? [])]
      .filter(
        ([name]) => partByName.get(name)?.kind === 'subgraph' || name === '@kaz/subgraph-kit' || name === '@kaz/db',
      )
      .map(([name, files]) => `${name} (${files[0]})`);
    expect(forbidden).toEqual([]);
  });

  it('a shared package imports no subgraph and not the gateway: the kit knows no service', () => {
    const forbidden = parts
      .filter((part) => part.kind === 'package')
      .flatMap((part) =>
        [...(imported.get(part.name)?.workspace ?? [])]
          .filter(([name]) => partByName.get(name)?.kind !== 'package')
          .map(([name, files]) => `${part.name} → ${name} (${files[0]})`),
      );
    expect(forbidden).toEqual([]);
  });
});

describe('the dashboard frontend (apps/cockpit)', () => {
  it("knows only the graph's HTTP interface: no workspace package, no file outside apps/cockpit", () => {
    const directory = join(repositoryRoot, 'apps/cockpit');
    const manifest = JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>;
      devDependencies?: Record<string, string>;
    };
    const found = Object.entries({ ...manifest.dependencies, ...manifest.devDependencies })
      .filter(([name, version]) => name.startsWith('@kaz/') || version.startsWith('workspace:'))
      .map(([name]) => `apps/cockpit declares ${name}`);
    const files = sourceFiles(join(directory, 'src')).filter((file) => /\.(ts|tsx)$/.test(file));
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      for (const specifier of specifiers(readFileSync(file, 'utf8'))) {
        const escapes =
          specifier.startsWith('.') && relative(directory, resolve(dirname(file), specifier)).startsWith('..');
        if (specifier.startsWith('@kaz/') || escapes) found.push(`${relative(repositoryRoot, file)} → ${specifier}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('is used by nothing of the hub: the gateway serves its built folder, given as a path', () => {
    const users = ['gateway/src', 'packages', 'subgraphs']
      .flatMap((directory) => sourceFiles(join(repositoryRoot, directory)))
      .filter((file) => /\.(ts|mts|mjs|js)$/.test(file))
      .filter((file) => specifiers(readFileSync(file, 'utf8')).some((specifier) => specifier.includes('apps/')))
      .map((file) => relative(repositoryRoot, file));
    expect(users).toEqual([]);
  });
});

describe('the partner examples (examples/)', () => {
  const examples = readdirSync(join(repositoryRoot, 'examples'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `examples/${entry.name}`);

  it('use nothing of the hub: no workspace package, no file outside their directory (docs/joining.md)', () => {
    expect(examples).toContain('examples/foreign-subgraph');
    const found: string[] = [];
    for (const directory of examples) {
      const manifest = JSON.parse(readFileSync(join(repositoryRoot, directory, 'package.json'), 'utf8')) as {
        dependencies?: Record<string, string>;
      };
      for (const [name, version] of Object.entries(manifest.dependencies ?? {})) {
        if (name.startsWith('@kaz/') || version.startsWith('workspace:')) found.push(`${directory} declares ${name}`);
      }
      for (const file of sourceFiles(join(repositoryRoot, directory, 'src'))) {
        for (const specifier of specifiers(readFileSync(file, 'utf8'))) {
          const escapes =
            specifier.startsWith('.') &&
            relative(join(repositoryRoot, directory), resolve(dirname(file), specifier)).startsWith('..');
          if (specifier.startsWith('@kaz/') || escapes) found.push(`${relative(repositoryRoot, file)} → ${specifier}`);
        }
      }
    }
    expect(found).toEqual([]);
  });

  it('are used by nothing of the hub but tests: the hub runs and starts without them', () => {
    const users = ['gateway/src', 'packages', 'subgraphs', 'scripts']
      .flatMap((directory) => sourceFiles(join(repositoryRoot, directory)))
      .filter((file) => /\.(ts|mts|mjs|js)$/.test(file))
      .filter((file) => specifiers(readFileSync(file, 'utf8')).some((specifier) => specifier.includes('examples/')))
      .map((file) => relative(repositoryRoot, file));
    expect(users).toEqual([]);
  });
});

describe('sample keys stay in seeds and tests', () => {
  // A reference to another partner's record is checked against the owner's live data (issue 12),
  // never against the keys of the invented sample records: only seeds (which make the sample data)
  // and tests may name them. @kaz/reference-data defines them in sample-keys.ts and re-exports them.
  const SAMPLE_KEY_NAMES =
    /\bsample-keys\b|\bsampleDecisionKeys\b|\bsampleProjectIds\b|\bSAMPLE_PROJECT_COUNT\b|\bSampleDecisionKey\b/;
  const sourceDirectories = [
    ...parts.map((part) => (part.kind === 'gateway' ? part.directory : join(part.directory, 'src'))),
    'scripts',
  ];
  const allowed = new Set(['packages/reference-data/src/sample-keys.ts', 'packages/reference-data/src/index.ts']);

  it('no source file outside seeds and tests names the sample keys', () => {
    const files = sourceDirectories.flatMap((directory) => sourceFiles(join(repositoryRoot, directory)));
    expect(files.length).toBeGreaterThan(100);
    const naming = files
      .filter((file) => /\.(ts|mts|mjs|js)$/.test(file))
      .map((file) => relative(repositoryRoot, file))
      .filter((file) => !allowed.has(file) && SAMPLE_KEY_NAMES.test(readFileSync(join(repositoryRoot, file), 'utf8')));
    expect(naming).toEqual([]);
  });

  it('the rule finds a source that names them (it would pass vacuously otherwise)', () => {
    expect(
      SAMPLE_KEY_NAMES.test(
        readFileSync(join(repositoryRoot, 'subgraphs/projects/seed/sample-work-orders.ts'), 'utf8'),
      ),
    ).toBe(true);
  });
});
