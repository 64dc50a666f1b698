import { readFileSync } from 'node:fs';
import { type ClientRegistry, createGateway, documentHash, type RunningGateway } from '@kaz/gateway';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from './support/hub.ts';

// Requests and the use of deprecated fields counted by client, through a real gateway in front of the
// real subgraphs. The gateway runs the committed supergraph with Municipality.ags deprecated (as a
// deprecation would, before its removal) and the committed client registry plus a partner client.

let hub: TestHub;
let gateway: RunningGateway;
let reader: Record<string, string>;

const schemaFile = (file: string) => readFileSync(new URL(`../schema/${file}`, import.meta.url), 'utf8');
const KOMMUNE_DETAIL = schemaFile('operations/01-kommune-detail.graphql');
const USES_AGS = 'query LagebildKommune { municipality(ars: "120650136136") { name ags } }';

beforeAll(async () => {
  hub = await startTestHub();
  reader = await hub.readerHeaders();
  const supergraphSdl = schemaFile('supergraph.graphql').replace(
    '  ags: String @join__field(graph: MUNICIPALITIES)\n',
    '  ags: String @join__field(graph: MUNICIPALITIES) @deprecated(reason: "Use `ars`.")\n',
  );
  expect(supergraphSdl).toContain('@deprecated(reason: "Use `ars`.")');
  const registry = JSON.parse(schemaFile('registered-clients.json')) as ClientRegistry;
  gateway = await createGateway({
    auth: hub.issuer.auth,
    supergraphSdl,
    subgraphUrls: Object.fromEntries(Object.entries(hub.subgraphs).map(([name, s]) => [name, s.url])),
    port: 0,
    graphiql: false,
    clientRegistry: { ...registry, clients: [...registry.clients, 'cert-lagebild'] },
  });
}, 120_000);
afterAll(async () => {
  await gateway?.stop();
  await hub?.stop();
});

async function post(query: string, headers: Record<string, string> = {}) {
  const response = await fetch(gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...reader, ...headers },
    body: JSON.stringify({ query }),
  });
  expect(response.status).toBe(200);
  expect((await response.json()).errors).toBeUndefined();
}

/** The value of one sample of the gateway's /metrics, 0 when it is not there. */
async function sample(name: string, labels: Record<string, string>): Promise<number> {
  const text = await (await fetch(new URL('/metrics', gateway.url))).text();
  const selector = Object.entries(labels)
    .map(([key, value]) => `${key}="${value}"`)
    .join(',');
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${name}{${selector}} `));
  return line ? Number(line.slice(line.lastIndexOf(' ') + 1)) : 0;
}

describe('requests by client', () => {
  it('counts a registered document under the client that registered it, header or not', async () => {
    expect(JSON.parse(schemaFile('registered-clients.json')).documents[documentHash(KOMMUNE_DETAIL)]).toEqual([
      'kaz-hub',
    ]);
    const before = await sample('kaz_gateway_client_requests_total', { client: 'kaz-hub' });
    await post(KOMMUNE_DETAIL);
    // A header cannot move a registered document to another client.
    await post(KOMMUNE_DETAIL, { 'apollographql-client-name': 'cert-lagebild' });
    expect(await sample('kaz_gateway_client_requests_total', { client: 'kaz-hub' })).toBe(before + 2);
  });

  it('counts other documents by the client-name header when it names a registered client, else as other or unknown', async () => {
    const count = (client: string) => sample('kaz_gateway_client_requests_total', { client });
    const [lagebild, other, unknown] = [await count('cert-lagebild'), await count('other'), await count('unknown')];
    await post(USES_AGS, { 'apollographql-client-name': 'cert-lagebild', 'apollographql-client-version': '1.4.0' });
    // An attacker's ever-new names all land in one label value.
    for (let i = 0; i < 3; i++) await post(USES_AGS, { 'apollographql-client-name': `made-up-${i}-${Date.now()}` });
    await post(USES_AGS);
    expect(await count('cert-lagebild')).toBe(lagebild + 1);
    expect(await count('other')).toBe(other + 3);
    expect(await count('unknown')).toBe(unknown + 1);
    const text = await (await fetch(new URL('/metrics', gateway.url))).text();
    expect(text).not.toContain('made-up-');
  });
});

describe('deprecated fields by client', () => {
  it('counts each operation that selects a deprecated field, by client and coordinate, and nothing for others', async () => {
    const usage = (client: string) =>
      sample('kaz_deprecated_field_usage_total', { client, coordinate: 'Municipality.ags' });
    const before = await usage('cert-lagebild');
    await post(USES_AGS, { 'apollographql-client-name': 'cert-lagebild' });
    await post(USES_AGS, { 'apollographql-client-name': 'cert-lagebild' });
    expect(await usage('cert-lagebild')).toBe(before + 2);
    const hubBefore = await usage('kaz-hub');
    await post(KOMMUNE_DETAIL);
    expect(await usage('kaz-hub')).toBe(hubBefore);
  });
});
