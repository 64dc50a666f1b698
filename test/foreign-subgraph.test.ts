import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { GATEWAY_SIGNATURE_HEADER, GatewaySigner } from '@kaz/auth';
import { createTestIssuer, type TestIssuer } from '@kaz/auth/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type RequestLogLine,
  type RunningForeignSubgraph,
  startForeignSubgraph,
} from '../examples/foreign-subgraph/src/index.ts';
import { composeWithHub, fetchSubgraphSdl } from '../scripts/partner-compose.ts';
import { repositoryRoot } from '../scripts/snapshots.ts';
import { startTestHub, type TestHub } from './support/hub.ts';

// Issue 12: a partner's own subgraph, built without Pothos or the hub's kit (examples/foreign-subgraph:
// plain @apollo/subgraph, @apollo/server on node:http, jose), joins the graph by the contract of
// docs/joining.md alone. Its SDL comes from its `_service` over HTTP, is composed with the five
// committed subgraph SDLs, and the real gateway plans over the result with real tokens; the gateway
// and the hub's subgraphs sign and check every fetch with a shared secret, as in production.

const SECRET = 'foreign-subgraph-test-signing-secret-0123456789';
const POTSDAM = '120540000000';
const QUERY = `query Broadband($ars: ID!) { municipality(ars: $ars) { name broadbandCoverage { gigabitHouseholdsPercent fibreHouseholdsPercent reportedOn isSample } } }`;

let issuer: TestIssuer;
let foreign: RunningForeignSubgraph;
let hub: TestHub;
const received: RequestLogLine[] = [];
const signer = new GatewaySigner(SECRET);

/** POSTs a GraphQL request straight to the foreign subgraph, signed as the gateway signs (unless `signed` is false). */
async function direct(body: object, headers: Record<string, string> = {}, signed = true) {
  const text = JSON.stringify(body);
  const signature: Record<string, string> = signed ? { [GATEWAY_SIGNATURE_HEADER]: signer.sign('POST', text) } : {};
  const response = await fetch(foreign.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...signature, ...headers },
    body: text,
  });
  return { status: response.status, ...((await response.json()) as { data?: any; errors?: any[] }) };
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

beforeAll(async () => {
  issuer = await createTestIssuer();
  foreign = await startForeignSubgraph({
    port: 0,
    auth: { jwks: issuer.auth.jwks, issuer: issuer.auth.issuer, audience: issuer.auth.audience },
    gatewaySigningSecret: SECRET,
    log: (line) => received.push(line),
  });
  // Its SDL as `pnpm partner:compose` gets it: `_service { sdl }` over HTTP, signed as the gateway signs.
  const composed = composeWithHub({
    name: 'broadband',
    url: foreign.url,
    sdl: await fetchSubgraphSdl(foreign.url, SECRET),
  });
  expect(composed.errors).toBeUndefined();
  hub = await startTestHub({
    issuer,
    supergraphSdl: composed.supergraphSdl as string,
    foreignSubgraphs: { broadband: foreign.url },
    gateway: { gatewaySigningSecret: SECRET },
    defences: { gatewaySigningSecret: SECRET },
  });
}, 120_000);

afterAll(async () => {
  await hub?.stop();
  await foreign?.stop();
});

describe('a subgraph built without the kit', () => {
  it('passes `pnpm partner:compose`, which refuses a subgraph that redefines another owner’s field', async () => {
    // Asynchronously: the foreign subgraph runs in this process and must answer the command.
    const cli = await promisify(execFile)(
      process.execPath,
      [join(repositoryRoot, 'node_modules/tsx/dist/cli.mjs'), 'scripts/partner-compose.ts', 'broadband', foreign.url],
      { cwd: repositoryRoot, encoding: 'utf8', env: { ...process.env, GATEWAY_SIGNING_SECRET: SECRET } },
    );
    expect(cli.stdout).toBe("broadband composes with the hub's 5 subgraphs\n");

    const clash = composeWithHub({
      name: 'broadband',
      url: foreign.url,
      sdl: `extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key"])
        type Municipality @key(fields: "ars") { ars: ID! name: String! }`,
    });
    expect(clash.errors?.map((error) => error.message).join('\n')).toMatch(/Municipality\.name/);
    expect(() => composeWithHub({ name: 'security', url: foreign.url, sdl: '' })).toThrow(/"security" is taken/);
  });

  it('adds Municipality.broadbandCoverage next to the owner’s fields, for the client’s token, which it verified itself', async () => {
    received.length = 0;
    const token = await issuer.sign({ org: 'kaz', subject: 'analyst@kaz', scopes: ['projects:write'] });
    const answer = await hub.query(QUERY, { ars: POTSDAM }, bearer(token));
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual({
      municipality: {
        name: 'Potsdam, Stadt',
        broadbandCoverage: {
          gigabitHouseholdsPercent: 78.4,
          fibreHouseholdsPercent: 41.2,
          reportedOn: '2026-06-30',
          isSample: true,
        },
      },
    });
    // The foreign subgraph got the request through the gateway (signed), with the request id, and
    // the token's `org` is what its own verification found.
    expect(received).toEqual([expect.objectContaining({ org: 'kaz', status: 200, outcome: 'success' })]);
    expect(received[0]?.requestId).toEqual(expect.any(String));
    expect(received[0]?.tokenRejected).toBeUndefined();

    // Twenty Kommunen in one answer: one fetch to the foreign subgraph (an `_entities` batch), not twenty.
    received.length = 0;
    const many = await hub.query(
      `{ municipalities(first: 20) { nodes { ars broadbandCoverage { isSample } } } }`,
      {},
      bearer(token),
    );
    expect(many.errors).toBeUndefined();
    const nodes = (many.data?.municipalities.nodes ?? []) as { broadbandCoverage: unknown }[];
    expect(nodes).toHaveLength(20);
    for (const node of nodes) expect([null, { isSample: true }]).toContainEqual(node.broadbandCoverage);
    expect(received).toHaveLength(1);
  });

  it('answers a request without a token with the owner’s public fields and UNAUTHENTICATED on its own field', async () => {
    const answer = await hub.query(QUERY, { ars: POTSDAM });
    expect(answer.data).toEqual({ municipality: { name: 'Potsdam, Stadt', broadbandCoverage: null } });
    expect(answer.errors).toEqual([
      expect.objectContaining({
        path: ['municipality', 'broadbandCoverage'],
        extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }),
      }),
    ]);
  });

  it('refuses every token the hub refuses when called directly, and only gateway-signed requests', async () => {
    // What the gateway sends for `Municipality.broadbandCoverage`: an `_entities` fetch with the key.
    const entities = (headers: Record<string, string>) =>
      direct(
        {
          query:
            'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Municipality { broadbandCoverage { gigabitHouseholdsPercent } } } }',
          variables: { r: [{ __typename: 'Municipality', ars: POTSDAM }] },
        },
        headers,
      );
    const request = { org: 'kaz' };
    const valid = await entities(bearer(await issuer.sign(request)));
    expect(valid.data?._entities).toEqual([{ broadbandCoverage: { gigabitHouseholdsPercent: 78.4 } }]);

    const refused = {
      forged: await issuer.forged(request),
      expired: await issuer.expired(request),
      'wrong audience': await issuer.wrongAudience(request),
      'wrong issuer': await issuer.wrongIssuer(request),
      'issued in the future': await issuer.issuedInFuture(request, 120),
      'not yet valid': await issuer.notYetValid(request, 120),
      unsigned: issuer.unsigned(request),
      'no org claim': await issuer.sign({ org: 'Not An Org' }),
    };
    for (const [kind, token] of Object.entries(refused)) {
      received.length = 0;
      const answer = await entities(bearer(token));
      expect({ kind, data: answer.data, code: answer.errors?.[0]?.extensions?.code }).toEqual({
        kind,
        data: { _entities: [{ broadbandCoverage: null }] },
        code: 'UNAUTHENTICATED',
      });
      expect(received[0]?.tokenRejected, kind).toEqual(expect.any(String));
    }

    // Without the gateway's signature nothing runs, whatever the token.
    const unsigned = await direct({ query: '{ _service { sdl } }' }, bearer(await issuer.sign(request)), false);
    expect(unsigned.status).toBe(401);
    expect(unsigned.data).toBeUndefined();
    expect(unsigned.errors?.[0].extensions.code).toBe('GATEWAY_SIGNATURE_REQUIRED');
  });

  it('defends itself: too deep an operation and too large a body are refused before anything runs', async () => {
    // __schema, types, fields, type, eight ofType, name: 13 fields deep.
    const deep = `{ __schema { types { fields { type { ${'ofType { '.repeat(8)}name${' }'.repeat(8)} } } } } }`;
    const refused = await direct({ query: deep });
    expect(refused.status).toBe(400);
    expect(refused.data).toBeUndefined();
    expect(refused.errors?.[0].message).toMatch(/nested 13 fields deep; at most 12/);
    expect(refused.errors?.[0].extensions.code).toBe('DEPTH_LIMIT_EXCEEDED');

    const huge = await direct({ query: '{ _service { sdl } }', padding: 'x'.repeat(6 * 1024 * 1024) });
    expect(huge.status).toBe(413);
    expect(huge.errors?.[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('serves /health/live, /health/ready and Prometheus metrics, and the gateway counts it ready', async () => {
    const base = new URL('/', foreign.url);
    expect(await (await fetch(new URL('/health/live', base))).json()).toEqual({ status: 'live' });
    expect(await (await fetch(new URL('/health/ready', base))).json()).toEqual({ status: 'ready' });
    const metrics = await (await fetch(new URL('/metrics', base))).text();
    expect(metrics).toMatch(/^kaz_subgraph_requests_total\{subgraph="broadband",outcome="success"\} [1-9]\d*$/m);
    expect(metrics).toMatch(
      /^kaz_subgraph_request_duration_seconds_count\{subgraph="broadband",outcome="error"\} [1-9]\d*$/m,
    );
    expect(metrics).toMatch(/^kaz_subgraph_requests_in_flight\{subgraph="broadband"\} 0$/m);
    const gateway = await (await fetch(new URL('/health/ready', hub.url))).json();
    expect(gateway).toMatchObject({ status: 'ready', subgraphs: { broadband: 'ready', municipalities: 'ready' } });
  });

  it('when it is down, the rest of the answer stands and the error names it (SUBGRAPH_UNAVAILABLE)', async () => {
    const token = await issuer.sign({ org: 'kaz' });
    await foreign.stop();
    const answer = await hub.query(QUERY, { ars: POTSDAM }, bearer(token));
    expect(answer.status).toBe(200);
    expect(answer.data).toEqual({ municipality: { name: 'Potsdam, Stadt', broadbandCoverage: null } });
    expect(answer.errors).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/^The broadband subgraph could not be reached/),
        path: ['municipality'],
        extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'broadband' },
      }),
    ]);
    const gateway = await (await fetch(new URL('/health/ready', hub.url))).json();
    expect(gateway).toMatchObject({ status: 'degraded', subgraphs: { broadband: 'unreachable' } });
  });
});
