import { PGlite } from '@electric-sql/pglite';
import { readFileSync, readdirSync } from 'node:fs';
const name = readdirSync('/work/main/.data/snapshots').find((f) => f.startsWith('projects'));
const f = readFileSync('/work/main/.data/snapshots/' + name);
const blob = (b) => ({ size: b.byteLength, type: 'application/x-tar', arrayBuffer: async () => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) });
async function boot(label, opts) {
  const t = performance.now(); const c0 = process.cpuUsage();
  const db = await PGlite.create({ loadDataDir: blob(f), ...opts });
  await db.query('select count(*) from project');
  const c = process.cpuUsage(c0);
  console.log(label.padEnd(20), 'wall', (performance.now() - t).toFixed(0), 'cpu', ((c.user + c.system) / 1000).toFixed(0));
}
for (let i = 0; i < 2; i++) {
  await boot('default', {});
  await boot('shared_buffers=16MB', { startParams: undefined, postgresqlconf: 'shared_buffers = 16MB\n' });
  await boot('initialMemory 64MB', { initialMemory: 64 * 1024 * 1024 });
}
process.exit(0);
