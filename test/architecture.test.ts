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
