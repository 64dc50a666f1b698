// Over 250 lines: every command and example of the README, against one hub started as the README says.
/**
 * The README as a test: `pnpm start` exactly as printed, then every shell command and every GraphQL
 * example of the README against that hub, so that the README cannot drift from what the repository
 * does. Commands that cannot run here (installing, the test suite itself, PostgreSQL deployments) are
 * checked for naming scripts, packages and versions that exist.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { type DocumentNode, Kind, type OperationDefinitionNode, parse, print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sourceFiles } from '../scripts/snapshots.ts';
import { type CodeBlock, codeBlocks, commandWords, type ShellCommand, shellCommands } from './support/readme.ts';

const run = promisify(execFile);
const root = fileURLToPath(new URL('..', import.meta.url));
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const blocks = codeBlocks(readme);
const shellBlocks = blocks.filter((block) => block.language === 'sh');
const graphqlBlocks = blocks.filter((block) => block.language === 'graphql');
const operationsDir = join(root, 'schema/operations');
const operationFiles = readdirSync(operationsDir).filter((file) => file.endsWith('.graphql'));
const JWT = /^[\w-]+\.[\w-]+\.[\w-]+$/;

/** Blocks whose commands talk to the running hub or mint its tokens: these run for real. */
const talksToHub = (block: CodeBlock) => shellCommands(block.text).some((c) => /\bcurl\b|token:mint/.test(c.text));

const issuerDir = mkdtempSync(join(tmpdir(), 'kaz-readme-issuer-'));
/** The environment of every command: the hub's development issuer lives in a directory of its own. */
const commandEnv = { ...process.env, DEV_ISSUER_DIR: issuerDir, LOG_LEVEL: 'warn' };
let hub: ChildProcess;
let hubOutput = '';
let hubUrl = '';

/** Runs commands in one bash session, so that `TOKEN=$(…)` carries over; returns each one's output. */
async function runCommands(commands: ShellCommand[]): Promise<string[]> {
  const script = commands
    .map(
      (command, index) => `printf '\\n@@${index}@@\\n'\n${command.text.replaceAll('http://127.0.0.1:4000/', hubUrl)}`,
    )
    .join('\n');
  const { stdout } = await run('bash', ['-euo', 'pipefail', '-c', script], {
    cwd: root,
    env: commandEnv,
    timeout: 60_000,
  });
  return commands.map((_, index) => {
    const start = stdout.indexOf(`@@${index}@@\n`) + `@@${index}@@\n`.length;
    const end = stdout.indexOf(`\n@@${index + 1}@@\n`);
    return stdout.slice(start, end === -1 ? undefined : end).trim();
  });
}

async function postToHub(query: string, token: string) {
  const response = await fetch(hubUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
  return {
    status: response.status,
    body: (await response.json()) as { data?: Record<string, unknown> | null; errors?: unknown[] },
  };
}

beforeAll(async () => {
  const start = shellBlocks
    .flatMap((block) => shellCommands(block.text))
    .find((c) => /^pnpm (run )?start$/.test(c.text));
  if (!start) throw new Error('the README shows no `pnpm start`');
  // The README's command as printed, on a free port; detached, so that the whole process group stops.
  hub = spawn('bash', ['-c', start.text], { cwd: root, env: { ...commandEnv, PORT: '0' }, detached: true });
  hub.stdout?.on('data', (chunk) => {
    hubOutput += chunk;
  });
  hub.stderr?.on('data', (chunk) => {
    hubOutput += chunk;
  });
  const started = Date.now();
  while (!/GraphQL endpoint and GraphiQL: (\S+)/.test(hubOutput)) {
    if (hub.exitCode !== null) throw new Error(`pnpm start ended with ${hub.exitCode}:\n${hubOutput}`);
    if (Date.now() - started > 280_000) throw new Error(`pnpm start printed no endpoint in 280 s:\n${hubOutput}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  hubUrl = /GraphQL endpoint and GraphiQL: (\S+)/.exec(hubOutput)?.[1] ?? '';
  // The first start on a fresh clone migrates, seeds and writes the snapshots, beside other test files.
}, 300_000);

afterAll(async () => {
  if (hub?.pid && hub.exitCode === null) {
    const ended = new Promise((resolve) => hub.once('exit', resolve));
    process.kill(-hub.pid, 'SIGINT');
    await ended;
  }
  rmSync(issuerDir, { recursive: true, force: true });
});

describe('README: starting the hub', () => {
  it('pnpm start prints the banner the README shows', () => {
    const startBlock = blocks.findIndex(
      (block) => block.language === 'sh' && shellCommands(block.text).some((c) => c.text === 'pnpm start'),
    );
    const shown = blocks[startBlock + 1] as CodeBlock;
    expect(shown.language, 'the block after `pnpm start` shows its output').toBe('');
    const printed = hubOutput.split('\n').map((line) => line.trim());
    let from = 0;
    for (const line of shown.text.split('\n').filter((l) => l.trim())) {
      // Figures and ports vary from run to run; the words and their order may not.
      const pattern = new RegExp(
        `^${line
          .trim()
          .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
          .replace(/\d+(\\\.\d+)?/g, '\\d+(\\.\\d+)?')}$`,
      );
      const at = printed.findIndex((p, i) => i >= from && pattern.test(p));
      expect(at, `README shows "${line.trim()}"; pnpm start printed:\n${hubOutput}`).toBeGreaterThanOrEqual(0);
      from = at + 1;
    }
  });

  it('every command the banner suggests works as printed and mints a token the hub accepts', async () => {
    const suggested = [...hubOutput.matchAll(/(pnpm -s token:mint[^\n]*)/g)].map((m) => (m[1] ?? '').trim());
    expect(suggested.length).toBeGreaterThan(0);
    for (const command of suggested) {
      const [token] = await runCommands([{ text: command }]);
      expect(token).toMatch(JWT);
      const { status, body } = await postToHub('{ organisation(id: "kaz") { id shortName } }', token ?? '');
      expect(status).toBe(200);
      expect(body.data).toEqual({ organisation: { id: 'kaz', shortName: 'KAZ' } });
    }
  });
});

describe('README: shell commands', () => {
  it.each(shellBlocks.filter(talksToHub).map((block) => [block.line, block] as const))(
    'the commands on line %i run against the started hub and answer as shown',
    async (_, block) => {
      const commands = shellCommands(block.text);
      const outputs = await runCommands(commands);
      commands.forEach((command, index) => {
        const output = outputs[index];
        const { assignments, words } = commandWords(command.text);
        if (words.includes('--help')) expect(output, command.text).toMatch(/^Usage: /);
        else if (words[0] === 'curl') {
          const answer = JSON.parse(output ?? '');
          expect(answer.errors, `${command.text}\n${output}`).toBeUndefined();
          expect(
            Object.values(answer.data).every((value) => value !== null),
            output,
          ).toBe(true);
          if (command.shownOutput) expect(answer).toEqual(JSON.parse(command.shownOutput));
        } else if (words[0] === 'pnpm') expect(output, command.text).toMatch(JWT);
        else expect(Object.keys(assignments), `README line ${block.line}: \`${command.text}\``).toEqual(['TOKEN']);
      });
    },
  );

  it('every other command names a script, package and version this repository has', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const packages = new Map<string, { scripts?: Record<string, string> }>();
    for (const dir of [
      'gateway',
      ...['subgraphs', 'packages'].flatMap((d) => readdirSync(join(root, d)).map((n) => `${d}/${n}`)),
    ]) {
      if (!statSync(join(root, dir)).isDirectory()) continue;
      const pkg = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'));
      packages.set(pkg.name, pkg);
    }
    const checked: string[] = [];
    for (const block of shellBlocks.filter((b) => !talksToHub(b))) {
      for (const command of shellCommands(block.text)) {
        const where = `README line ${block.line}: \`${command.text}\``;
        const { words } = commandWords(command.text);
        const [program, ...args] = words;
        if (program === 'npm') {
          expect(args.slice(0, 2), where).toEqual(['install', '-g']);
          expect(args[2], where).toBe(manifest.packageManager);
        } else if (program === 'pnpm') {
          const options = args.filter((a) => a.startsWith('-'));
          const filter = args.indexOf('--filter');
          const pkg = filter === -1 ? manifest : packages.get(args[filter + 1] ?? '');
          expect(pkg, `${where} names no package of the workspace`).toBeDefined();
          const script = args.filter((a, i) => !a.startsWith('-') && (filter === -1 || i !== filter + 1))[0];
          if (script !== 'install') expect(Object.keys(pkg.scripts ?? {}), where).toContain(script);
          expect(
            options.every((o) => ['-s', '--filter', '--frozen-lockfile'].includes(o)),
            where,
          ).toBe(true);
        } else if (program === 'createdb' || program === 'bash') {
          if (program === 'bash') expect(statSync(join(root, args[0] ?? '')).isFile(), where).toBe(true);
        } else throw new Error(`${where}: a command this test neither runs nor knows`);
        checked.push(command.text);
      }
    }
    expect(checked).toContain('pnpm install');
    expect(checked).toContain('pnpm test');
  });

  it('every setting and error code the README names is one the code knows', () => {
    const sources = ['gateway/src', 'scripts', 'packages', 'subgraphs', 'test/faults', 'bench']
      .flatMap((dir) => sourceFiles(join(root, dir)).filter((file) => file.endsWith('.ts')))
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    const names = new Set([...readme.matchAll(/`([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|PORT|HOST)`/g)].map((m) => m[1]));
    expect(names.size).toBeGreaterThan(20);
    const unknown = [...names].filter((name) => !new RegExp(`\\b${name}\\b`).test(sources));
    expect(unknown).toEqual([]);
  });
});

/** The token the README says shows everything, minted once by its own command. */
let minted: Promise<string> | undefined;
function everythingToken(): Promise<string> {
  const everything = shellBlocks
    .flatMap((b) => shellCommands(b.text))
    .find((c) => /token:mint --org kaz --scope all\b/.test(c.text));
  if (!everything)
    throw new Error('the README names no token that shows everything (token:mint --org kaz --scope all)');
  minted ??= runCommands([{ text: everything.text.replace(/^TOKEN=\$\((.*)\)$/, '$1') }]).then(
    ([token]) => token ?? '',
  );
  return minted;
}

describe('README: example operations', () => {
  const files = new Map(operationFiles.map((file) => [file, parse(readFileSync(join(operationsDir, file), 'utf8'))]));
  const operationName = (document: DocumentNode) =>
    (document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode | undefined)
      ?.name?.value;

  it('names every example operation file that GraphiQL preloads', () => {
    expect(operationFiles.length).toBeGreaterThanOrEqual(10);
    for (const file of operationFiles) expect(readme, file).toContain(file);
  });

  it.each(graphqlBlocks.map((block) => [block.line, block] as const))(
    'the GraphQL on line %i is an example file as it is, and answers in full with the README token that shows everything',
    async (_, block) => {
      const document = parse(block.text);
      const name = operationName(document);
      const file = [...files].find(([, d]) => operationName(d) === name);
      expect(file, `README line ${block.line}: operation ${name} is no file of schema/operations`).toBeDefined();
      expect(print(document)).toBe(print((file as [string, DocumentNode])[1]));
      expect(readme).toContain((file as [string, DocumentNode])[0]);

      const token = await everythingToken();
      const { status, body } = await postToHub(block.text, token);
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
      expect(Object.values(body.data ?? {}).every((value) => value !== null)).toBe(true);
    },
  );
});
