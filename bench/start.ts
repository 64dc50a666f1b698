/**
 * `pnpm bench:start [--runs N]`: how long `pnpm start` takes, from launching the command to the
 * "ready" line and to the first answer (a municipality by AGS through the gateway), in three
 * configurations side by side, each run N times (default 3) on a free port:
 *
 * - `no snapshot` (HUB_SNAPSHOTS=false): every database migrated and seeded, as before snapshots;
 * - `cold`: snapshots on, but an empty snapshot directory (migrate, seed, and write the snapshots);
 * - `warm`: snapshots present (the usual start);
 * - `warm, tsx`: the same through tsx instead of the JavaScript build (HUB_COMPILE=false).
 *
 * Prints the median of each configuration, with the CPU seconds the launched processes used until the
 * ready line (Linux; the figure a busy machine distorts least), and each as a ratio of no snapshot. Runs the hub as a
 * child process group and stops it with SIGINT after each run.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { freePort } from '../test/support/free-port.ts';
import { median } from './support.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs is a positive whole number, not ${values.runs}`);

const root = new URL('..', import.meta.url);
const TIMEOUT_MS = 180_000;

interface Timing {
  readyMs: number;
  firstAnswerMs: number;
  /** CPU seconds (user + system) the launched processes used until the ready line: what a busy machine stretches least. */
  cpuSeconds: number;
  banner: string;
}

/**
 * CPU seconds (user + system) used so far by the processes of process group `group` (Linux
 * /proc; NaN elsewhere). Exited children that were waited for count in their parent's total.
 */
function groupCpuSeconds(group: number): number {
  let ticks = 0;
  try {
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      let stat: string;
      try {
        stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      } catch {
        continue;
      }
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) !== group) continue;
      ticks += Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
    }
  } catch {
    return Number.NaN;
  }
  return ticks / 100;
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  process.kill(-child.pid, 'SIGINT');
  const timer = setTimeout(() => child.pid !== undefined && process.kill(-child.pid, 'SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

/** One `pnpm start` with `env` added: time to the ready line and to the first answer. */
async function measure(env: Record<string, string>): Promise<Timing> {
  const port = await freePort();
  const launched = performance.now();
  const child = spawn('pnpm', ['start'], {
    cwd: root,
    env: { ...process.env, ...env, PORT: String(port) },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let cpuSeconds = 0;
  try {
    const readyMs = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no ready line within ${TIMEOUT_MS} ms:\n${output}`)),
        TIMEOUT_MS,
      );
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('Kaz federation hub ready in') && !cpuSeconds) {
          cpuSeconds = child.pid === undefined ? Number.NaN : groupCpuSeconds(child.pid);
          clearTimeout(timer);
          resolve(performance.now() - launched);
        }
      };
      child.stdout?.on('data', onData);
      child.stderr?.on('data', onData);
      child.once('exit', (code) => reject(new Error(`pnpm start exited with ${code}:\n${output}`)));
    });
    for (;;) {
      try {
        const response = await fetch(`http://127.0.0.1:${port}/`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ municipality(ags: "12054000") { name } }' }),
        });
        const body = (await response.json()) as { data?: { municipality?: { name: string } } };
        if (body.data?.municipality?.name) break;
      } catch {
        // Not answering yet.
      }
      if (performance.now() - launched > TIMEOUT_MS) throw new Error('no answer');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const firstAnswerMs = performance.now() - launched;
    const banner = output.match(/ready in [\d.]+ s/)?.[0] ?? '';
    return { readyMs, firstAnswerMs, cpuSeconds, banner };
  } finally {
    await stop(child);
  }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

const warmDirectory = mkdtempSync(join(tmpdir(), 'kaz-snapshots-'));
const configurations: { name: string; env: () => Record<string, string> }[] = [
  { name: 'no snapshot', env: () => ({ HUB_SNAPSHOTS: 'false' }) },
  { name: 'cold', env: () => ({ HUB_SNAPSHOT_DIR: mkdtempSync(join(tmpdir(), 'kaz-snapshots-')) }) },
  { name: 'warm', env: () => ({ HUB_SNAPSHOT_DIR: warmDirectory }) },
  // The usual start without the JavaScript build of scripts/compile.mjs: the TypeScript through tsx.
  { name: 'warm, tsx', env: () => ({ HUB_SNAPSHOT_DIR: warmDirectory, HUB_COMPILE: 'false' }) },
];

const results = new Map<string, Timing[]>();
try {
  // Writes the warm snapshots (not counted).
  await measure({ HUB_SNAPSHOT_DIR: warmDirectory });
  for (let run = 0; run < runs; run++) {
    for (const configuration of configurations) {
      const env = configuration.env();
      try {
        const timing = await measure(env);
        results.set(configuration.name, [...(results.get(configuration.name) ?? []), timing]);
        console.log(
          `run ${run + 1} ${configuration.name.padEnd(12)} ready ${seconds(timing.readyMs)}, first answer ${seconds(timing.firstAnswerMs)}, CPU ${timing.cpuSeconds.toFixed(1)} s (banner: ${timing.banner})`,
        );
      } finally {
        if (env.HUB_SNAPSHOT_DIR && env.HUB_SNAPSHOT_DIR !== warmDirectory) {
          rmSync(env.HUB_SNAPSHOT_DIR, { recursive: true, force: true });
        }
      }
    }
  }
} finally {
  rmSync(warmDirectory, { recursive: true, force: true });
}

const baseline = results.get('no snapshot') ?? [];
console.log(`\nmedians of ${runs} run(s), from launching \`pnpm start\`:`);
console.log(`load average at the end: ${loadavg()[0]?.toFixed(2)} on ${availableParallelism()} cores`);
console.log('configuration   ready     first answer   CPU to ready   ready vs no snapshot   CPU vs no snapshot');
for (const { name } of configurations) {
  const timings = results.get(name) ?? [];
  const ready = median(timings.map((timing) => timing.readyMs));
  const answer = median(timings.map((timing) => timing.firstAnswerMs));
  const cpu = median(timings.map((timing) => timing.cpuSeconds));
  const ratio = ready / median(baseline.map((timing) => timing.readyMs));
  const cpuRatio = cpu / median(baseline.map((timing) => timing.cpuSeconds));
  console.log(
    `${name.padEnd(15)} ${seconds(ready).padEnd(9)} ${seconds(answer).padEnd(14)} ${`${cpu.toFixed(1)} s`.padEnd(14)} ${`×${ratio.toFixed(2)}`.padEnd(22)} ×${cpuRatio.toFixed(2)}`,
  );
}
