import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from '../support/hub.ts';
import { quantile, type RequestKind, sleep, startLoad, startPaced } from './support/load.ts';

// Normal traffic alone, then the same normal traffic with hostile requests mixed in one for one: the
// hostile requests are all refused with a 4xx before any subgraph is asked, the normal ones all still
// succeed. Their p95 in both runs is printed (the target: within 2× — measured, not asserted;
// the hub, the gateway and the load generator share this one process and the machine's cores).

let hub: TestHub;
let normal: RequestKind[];
beforeAll(async () => {
  hub = await startTestHub();
  const headers = { 'content-type': 'application/json', ...(await hub.readerHeaders()) };
  const post = (query: string) => () => ({ method: 'POST', headers, body: JSON.stringify({ query }) });
  normal = [
    {
      kind: 'Kommune detail',
      url: hub.url,
      init: post(`{ municipality(ars: "120650136136") { name projects(first: 5) { totalCount nodes { title } }
        licences(first: 5) { totalCount } securityPosture { openIncidentCount } } }`),
    },
    {
      kind: 'project list',
      url: hub.url,
      init: post('{ projects(first: 20) { totalCount nodes { id title phase } } }'),
    },
  ];
}, 120_000);
afterAll(async () => {
  await hub?.stop();
});

const json = { 'content-type': 'application/json' };
const hostile: RequestKind[] = [
  ['deep', `{ municipality(ags: "12054000") { ${'district { '.repeat(12)}name${' }'.repeat(12)} } }`],
  ['aliases', `{ ${Array.from({ length: 40 }, (_, i) => `m${i}: municipality(ags: "12054000") { name }`).join(' ')} }`],
  ['cost', '{ municipalities(first: 500) { nodes { projects(first: 100) { nodes { municipalities { name } } } } } }'],
  ['tokens', `{ municipality(ags: "12054000") { ${'name '.repeat(3000)} } }`],
  ['fragment cycle', 'query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }'],
].map(([kind, query]) => {
  // Bodies are made once: the load generator shares the process with the hub.
  const body = JSON.stringify({ query });
  return { kind: `hostile: ${kind}`, url: '', init: () => ({ method: 'POST', headers: json, body }) };
});
const batch = JSON.stringify(Array.from({ length: 100 }, () => ({ query: '{ __typename }' })));
const huge = JSON.stringify({ query: '{ __typename }', x: 'y'.repeat(2e6) });
hostile.push(
  { kind: 'hostile: not JSON', url: '', init: () => ({ method: 'POST', headers: json, body: '{"query": ' }) },
  {
    kind: 'hostile: batch',
    url: '',
    init: () => ({
      method: 'POST',
      headers: json,
      body: batch,
    }),
  },
  {
    kind: 'hostile: 2 MB body',
    url: '',
    init: () => ({ method: 'POST', headers: json, body: huge }),
  },
);

describe('hostile requests mixed into normal load', () => {
  it('are refused with 4xx while every normal request still succeeds', async () => {
    const alone = startLoad(normal, 2);
    await sleep(4_000);
    const aloneSamples = await alone.stop();

    // The mix: the same normal clients, and hostile requests at the rate the normal ones were
    // answered alone (one hostile for each normal request), going round all the hostile kinds.
    const rate = Math.max(1, aloneSamples.length / 4);
    let next = 0;
    const mixed = startLoad(normal, 2);
    const attacks = startPaced(
      hub.url,
      () => (hostile[next++ % hostile.length] as RequestKind).init(),
      rate,
      'hostile',
    );
    await sleep(4_000);
    const [normalMixed, hostileSamples] = await Promise.all([mixed.stop(), attacks.stop()]);
    const mixedSamples = [...normalMixed, ...hostileSamples];

    const isNormal = (kind: string) => !kind.startsWith('hostile');
    for (const sample of [...aloneSamples, ...mixedSamples].filter((s) => isNormal(s.kind))) {
      expect(sample.status).toBe(200);
      expect(sample.body?.errors).toBeUndefined();
    }
    const refused = mixedSamples.filter((s) => !isNormal(s.kind));
    expect(refused.length).toBeGreaterThan(0);
    for (const sample of refused) {
      expect(sample.status).toBeGreaterThanOrEqual(400);
      expect(sample.status).toBeLessThan(500);
      expect(sample.body?.errors?.[0]?.extensions?.code).toEqual(expect.any(String));
    }

    const p95 = (samples: typeof aloneSamples) =>
      quantile(
        samples.filter((s) => isNormal(s.kind)).map((s) => s.ms),
        0.95,
      );
    console.log(
      `normal requests alone: ${aloneSamples.length} in 4 s, p95 ${p95(aloneSamples).toFixed(1)} ms; ` +
        `with ${refused.length} hostile ones mixed in (${rate.toFixed(0)}/s): ${normalMixed.length} in 4 s, ` +
        `p95 ${p95(mixedSamples).toFixed(1)} ms ` +
        `(ratio ${(p95(mixedSamples) / p95(aloneSamples)).toFixed(2)}, target ≤ 2)`,
    );
  });
});
