/**
 * `pnpm bench:expensive`: cheap queries' latency (p50/p95) alone, then while one client sends
 * expensive allowed queries, for the old behaviour (no hard limits, no cost budget, the old cost
 * estimate that let the nested query through) and the new one, side by side in one run. Prints a
 * table with ratios (paste it into bench/results.md).
 *
 * Not part of `pnpm test`. The whole hub runs in this process on PGlite (one event loop, one database
 * connection per subgraph), so the expensive client competes with the cheap ones for exactly what it
 * did in the issue. BENCH_SECONDS sets each measured phase (default 10; four phases plus two hub
 * starts, about 2 minutes on 2 cores).
 */
import { readFileSync } from 'node:fs';
import { createTestIssuer } from '@kaz/auth/testing';
import type { GatewayConfig } from '@kaz/gateway';
import type { SubgraphConfig } from '@kaz/subgraph-kit';
import { startHub } from '../scripts/hub.ts';

// One JSON log line per request would be work of its own, and bury the table.
process.env.LOG_LEVEL ??= 'warn';
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const CHEAP_CLIENTS = 4;
const supergraphSdl = readFileSync(new URL('../schema/supergraph.graphql', import.meta.url), 'utf8');

const CHEAP = '{ municipality(ags: "12054000") { name projects(first: 5) { nodes { id title phase } } } }';
// The query two levels deep instead of three, for one contract (three levels run this process
// out of memory in the old behaviour: a result of its own, but no figures): up to about 80,000
// objects, which the old estimate (plain lists at 10) put at about 250. And an expensive one that either estimate allows.
const NESTED = `{ frameworkContracts(first: 1) { nodes { eligibleMunicipalities { contracts(first: 2) { nodes {
  eligibleMunicipalities { name } } } } } } }`;
const HEAVY = '{ municipalities(first: 500) { nodes { name projects(first: 80) { nodes { id title phase } } } } }';

/** The old behaviour: nothing stops the expensive client (cost limit raised past what the old estimate let through). */
const OLD: { gateway: Partial<GatewayConfig>; defences: SubgraphConfig['defences'] } = {
  gateway: {
    limits: { maxCost: Number.MAX_SAFE_INTEGER },
    requestTimeoutMs: 0,
    maxResponseBytes: 0,
    costPerMinute: 0,
  },
  defences: { limits: { maxCost: Number.MAX_SAFE_INTEGER }, hardLimits: { requestTimeoutMs: 0, maxResponseBytes: 0 } },
};
const NEW = { gateway: {}, defences: undefined };
/** The new behaviour with a tighter cost budget per client (`GATEWAY_COST_PER_MINUTE=1000000`). */
const TIGHT = { gateway: { costPerMinute: 1_000_000 }, defences: undefined };

interface Phase {
  cheap: number[];
  cheapErrors: number;
  expensive: Record<string, number>;
}

const issuer = await createTestIssuer();
const results: Record<string, Phase> = {};
for (const [label, settings] of [
  ['old', OLD],
  ['new', NEW],
  ['new with budget 1M', TIGHT],
] as const) {
  const hub = await startHub({ auth: issuer.auth, port: 0, supergraphSdl, ...settings });
  try {
    const cheapTokens = await Promise.all(
      Array.from({ length: CHEAP_CLIENTS }, (_, i) =>
        issuer.sign({ org: ['mik', 'mdfe', 'mwaek', 'mil'][i] ?? 'mik', scopes: [] }),
      ),
    );
    const attacker = await issuer.sign({ org: 'kaz', scopes: ['projects:write'] });
    await post(hub.url, CHEAP, cheapTokens[0] ?? ''); // warm up plans and connections
    results[`${label}, cheap alone`] = await phase(hub.url, cheapTokens, undefined);
    console.log(label, 'cheap alone done');
    results[`${label}, with expensive client`] = await phase(hub.url, cheapTokens, attacker);
    console.log(table(results));
  } finally {
    // Work the old behaviour cannot stop may still be running: do not wait for it for long.
    await Promise.race([hub.stop(), new Promise((resolve) => setTimeout(resolve, 15_000))]);
  }
}
console.log(table(results));
process.exit(0);

async function post(url: string, query: string, token: string, signal?: AbortSignal): Promise<string> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
    ...(signal ? { signal } : {}),
  });
  const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
  return body.errors?.[0]?.extensions?.code ?? (response.ok ? 'ok' : String(response.status));
}

/** Cheap clients in closed loops for `seconds`; with an attacker, one more loop of expensive queries. */
async function phase(url: string, cheapTokens: string[], attacker: string | undefined): Promise<Phase> {
  const end = performance.now() + seconds * 1000;
  const stop = new AbortController();
  const result: Phase = { cheap: [], cheapErrors: 0, expensive: {} };
  const cheapLoop = async (token: string) => {
    while (performance.now() < end) {
      const started = performance.now();
      const outcome = await post(url, CHEAP, token);
      if (outcome === 'ok') result.cheap.push(performance.now() - started);
      else result.cheapErrors += 1;
    }
  };
  const expensiveLoop = async (token: string) => {
    for (let i = 0; performance.now() < end; i += 1) {
      const outcome = await post(url, i % 2 === 0 ? NESTED : HEAVY, token, stop.signal).catch(() => 'unfinished');
      result.expensive[outcome] = (result.expensive[outcome] ?? 0) + 1;
      // A refused client that retried at once would only measure the refusal; it waits as told (at most 1 s here).
      if (outcome === 'RATE_LIMITED') await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  };
  const attack = attacker ? expensiveLoop(attacker) : Promise.resolve();
  await Promise.all(cheapTokens.map(cheapLoop));
  stop.abort();
  await attack;
  return result;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

function table(phases: Record<string, Phase>): string {
  const alone = (label: string) => phases[`${label}, cheap alone`];
  const rows = Object.entries(phases).map(([name, phase]) => {
    const base = alone(name.split(',')[0] ?? '');
    const p50 = percentile(phase.cheap, 50);
    const p95 = percentile(phase.cheap, 95);
    const ratio = base ? `×${(p95 / percentile(base.cheap, 95)).toFixed(1)}` : '';
    const expensive = Object.entries(phase.expensive)
      .map(([outcome, count]) => `${outcome} ${count}`)
      .join(', ');
    return `| ${name} | ${phase.cheap.length} | ${p50.toFixed(0)} | ${p95.toFixed(0)} | ${ratio} | ${phase.cheapErrors} | ${expensive || '–'} |`;
  });
  return [
    `Cheap query \`${CHEAP}\` from ${CHEAP_CLIENTS} clients in closed loops, ${seconds} s per phase; the expensive client alternates the issue's nested query and a 500 × 80 page of pages.`,
    '',
    '| phase | cheap answers | p50 ms | p95 ms | p95 vs alone | cheap errors | expensive client (outcomes) |',
    '|---|---:|---:|---:|---:|---:|---|',
    ...rows,
  ].join('\n');
}
