/**
 * `pnpm exec tsx bench/profile-summary.ts <directory> [top]`: the frames with the most self time in a
 * CPU profile (`node --cpu-prof`) written into <directory>, counting only the samples within the windows
 * of bench/run.ts's measured runs (windows.json beside the profile, ms since the process was spawned;
 * without it, every sample), and the same summed by package. The process's start, its idle time
 * between runs and the other servers' runs are left out that way.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

const [directory, topArgument] = process.argv.slice(2);
if (!directory) throw new Error('usage: bench/profile-summary.ts <directory with a .cpuprofile> [top]');
const top = Number(topArgument ?? 25);
// CPU.<date>.<time>.<pid>.<thread>.<sequence>.cpuprofile: thread 0 is the main thread (tsx's loader
// and other worker threads write their own).
const file = readdirSync(directory).find((name) => /\.\d+\.0\.\d+\.cpuprofile$/.test(name));
if (!file) throw new Error(`no .cpuprofile in ${directory}`);
const profile = JSON.parse(readFileSync(join(directory, file), 'utf8')) as Profile;
let windows: [number, number][] = [];
try {
  windows = JSON.parse(readFileSync(join(directory, 'windows.json'), 'utf8')) as [number, number][];
} catch {
  // No windows: every sample counts.
}

const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
const frames = new Map<string, number>();
const packages = new Map<string, number>();
let elapsedUs = 0;
let counted = 0;
for (let i = 0; i < profile.samples.length; i++) {
  const delta = profile.timeDeltas[i] ?? 0;
  elapsedUs += delta;
  const ms = elapsedUs / 1000;
  if (windows.length && !windows.some(([from, to]) => ms >= from && ms <= to)) continue;
  const node = nodes.get(profile.samples[i] as number);
  if (!node) continue;
  const { functionName, url, lineNumber } = node.callFrame;
  const where = url.replace(/^file:\/\//, '');
  const key = `${functionName || '(anonymous)'} ${where ? `${where.split('/node_modules/').pop()}:${lineNumber + 1}` : ''}`;
  frames.set(key, (frames.get(key) ?? 0) + delta);
  const pkg =
    /node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules)/.exec(where)?.[1] ??
    (where.startsWith('node:') ? 'node (built-in)' : where ? 'the project' : functionName);
  packages.set(pkg, (packages.get(pkg) ?? 0) + delta);
  counted += delta;
}
// Shares of the time the process was busy: idle samples (waiting for I/O) are left out.
const idle = frames.get('(idle) ') ?? 0;
frames.delete('(idle) ');
packages.delete('(idle)');
const busy = counted - idle;
const percent = (us: number) => `${((us / busy) * 100).toFixed(1).padStart(5)} %`;
console.log(
  `${file}: ${(counted / 1e6).toFixed(1)} s of samples in ${windows.length || 'all'} window(s), busy ${(busy / 1e6).toFixed(1)} s (${((busy / counted) * 100).toFixed(0)} %); shares of the busy time\n`,
);
console.log('self time by frame:');
for (const [key, us] of [...frames].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${percent(us)}  ${key}`);
console.log('\nself time by package:');
for (const [key, us] of [...packages].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${percent(us)}  ${key}`);
