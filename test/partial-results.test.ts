import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RunningGateway } from '@kaz/gateway';
import { startSubgraph } from '@kaz/subgraph-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway } from '../scripts/hub.ts';
import { hubSubgraphs } from '../scripts/subgraphs.ts';
import { ENGINES, startTestHub, type TestHub } from './support/hub.ts';

// A subgraph that is down, hangs or answers garbage: the gateway answers with what the others have
// and an error naming the failed subgraph on each affected path, and recovers by itself. Hive Gateway
// (the same cases, second engine) also answers the rest and recovers, but its errors differ: asserted
// as they are below, listed in docs/hive-gateway.md.

describe.each(ENGINES)('through %s', (_name, engine) => {
  let hub: TestHub;
  let headers: Record<string, string>;
  beforeAll(async () => {
    hub = await startTestHub({ engine });
    headers = await hub.readerHeaders();
  }, 120_000);
  afterAll(async () => {
    await hub?.stop();
  });

  const KOMMUNE = `query KommuneWithPosture {
    municipality(ars: "120650136136") {
      name population
      projects(first: 3) { totalCount }
      securityPosture { certNetworkMember openIncidentCount }
    }
  }`;
  const DASHBOARD = `query Dashboard {
    municipalities(first: 3) { totalCount nodes { name } }
    projectStatistics { byPhase { phase projectCount } }
    incidentTotals { open resolved }
    incidents(first: 2) { totalCount }
  }`;
  const NO_SECURITY = '{ municipalities(first: 2) { nodes { name projects(first: 2) { totalCount } } } }';

  async function post(url: string, query: string) {
    const send = () =>
      fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query }),
      });
    // Restarting a subgraph in this process blocks the event loop for a few seconds (PGlite, seed),
    // long enough for the gateway to close this client's idle keep-alive connection just as the next
    // request is put on it. That race is between the test client and the gateway, not part of what is
    // tested, so a request that finds its connection reset is sent once more.
    const response = await send().catch((error: unknown) => {
      if (/ECONNRESET|other side closed|fetch failed/.test(String((error as Error).cause ?? error))) return send();
      throw error;
    });
    return { status: response.status, ...((await response.json()) as { data?: any; errors?: any[] }) };
  }

  describe('a subgraph that is down', () => {
    it('leaves the other subgraphs’ data in the answer, names itself on each affected path, and is used again when back', async () => {
      const security = hub.subgraphs.security;
      if (!security) throw new Error('no security subgraph');
      const port = Number(new URL(security.url).port);
      const securityDefinition = hubSubgraphs.find((s) => s.definition.name === 'security')?.definition;
      if (!securityDefinition) throw new Error('no security definition');
      const before = await post(hub.url, KOMMUNE);
      expect(before.errors).toBeUndefined();
      const readiness = async () => {
        const response = await fetch(new URL('/health/ready', hub.url));
        const text = await response.text();
        return { status: response.status, body: text && JSON.parse(text) };
      };
      const ready = {
        status: 'ready',
        // No REDIS_URL: each gateway process keeps its caches and limits itself.
        sharedState: 'local',
        subgraphs: {
          municipalities: 'ready',
          organisations: 'ready',
          projects: 'ready',
          contracts: 'ready',
          security: 'ready',
        },
      };
      // Hive Gateway's readiness says only that its supergraph is loaded: HTTP 200, an empty body.
      expect(await readiness()).toEqual({ status: 200, body: engine === 'apollo' ? ready : '' });

      await security.stop();
      try {
        const kommune = await post(hub.url, KOMMUNE);
        expect(kommune.status).toBe(200);
        expect(kommune.data.municipality).toMatchObject({
          name: before.data.municipality.name,
          population: before.data.municipality.population,
          projects: before.data.municipality.projects,
          securityPosture: null,
        });
        expect(kommune.errors).toHaveLength(1);
        expect(kommune.errors?.[0]).toEqual(
          engine === 'apollo'
            ? {
                message: expect.stringMatching(/^The security subgraph could not be reached/),
                path: ['municipality'],
                extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'security' },
              }
            : // Hive Gateway masks the failed fetch: an unexpected error at the missing field, no subgraph named.
              {
                message: 'Unexpected error.',
                path: ['municipality', 'securityPosture'],
                extensions: { code: 'INTERNAL_SERVER_ERROR' },
              },
        );
        // Nothing about where the subgraph lives or how the connection failed.
        expect(JSON.stringify(kommune.errors)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|http:/);

        const dashboard = await post(hub.url, DASHBOARD);
        expect(dashboard.data.municipalities.nodes).toHaveLength(3);
        expect(dashboard.data.projectStatistics.byPhase.length).toBeGreaterThan(0);
        expect(dashboard.data.incidentTotals).toBeNull();
        expect(dashboard.data.incidents).toBeNull();
        const [serviceName, code] =
          engine === 'apollo' ? ['security', 'SUBGRAPH_UNAVAILABLE'] : [undefined, 'INTERNAL_SERVER_ERROR'];
        expect(dashboard.errors?.map((e) => [e.path, e.extensions.serviceName, e.extensions.code])).toEqual(
          expect.arrayContaining([
            [['incidentTotals'], serviceName, code],
            [['incidents'], serviceName, code],
          ]),
        );

        const untouched = await post(hub.url, NO_SECURITY);
        expect(untouched.errors).toBeUndefined();

        // The gateway stays ready (it still answers); ours says which slice is missing, Hive Gateway
        // does not look at the subgraphs.
        const degraded = await readiness();
        expect(degraded.status).toBe(200);
        if (engine === 'apollo') {
          expect(degraded.body.status).toBe('degraded');
          expect(degraded.body.subgraphs).toMatchObject({ security: 'unreachable', municipalities: 'ready' });
        } else expect(degraded.body).toBe('');
      } finally {
        hub.subgraphs.security = await startSubgraph(securityDefinition, {
          auth: hub.issuer.auth,
          port,
          database: hub.databases.security,
        });
      }
      // Back on the same address: the gateway needs no restart.
      const after = await post(hub.url, KOMMUNE);
      expect(after.errors).toBeUndefined();
      expect((await readiness()).body).toEqual(engine === 'apollo' ? ready : '');
      expect(after.data.municipality.securityPosture).toEqual(before.data.municipality.securityPosture);
    });
  });

  describe('a subgraph that hangs or answers garbage', () => {
    let fault: Server;
    let mode: 'hang' | 'html' | 'status500' | 'not-graphql' = 'hang';
    let gateway: RunningGateway;
    beforeAll(async () => {
      fault = createServer((req, res) => {
        req.resume();
        if (mode === 'hang') return; // never answers
        if (mode === 'html') {
          res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>Wartungsarbeiten</body></html>');
        } else if (mode === 'status500') {
          res.writeHead(500, { 'content-type': 'text/plain' }).end('oops');
        } else {
          res.writeHead(200, { 'content-type': 'application/json' }).end('[1, 2, 3]');
        }
      });
      await new Promise<void>((resolve) => fault.listen(0, '127.0.0.1', resolve));
      const urls = Object.fromEntries(Object.entries(hub.subgraphs).map(([name, s]) => [name, s.url]));
      urls.security = `http://127.0.0.1:${(fault.address() as AddressInfo).port}/graphql`;
      gateway = await startGateway(engine, {
        auth: hub.issuer.auth,
        supergraphSdl: (await import('node:fs')).readFileSync(
          new URL('../schema/supergraph.graphql', import.meta.url),
          'utf8',
        ),
        subgraphUrls: urls,
        port: 0,
        graphiql: false,
        subgraphTimeoutsMs: { security: 300 },
      });
    });
    afterAll(async () => {
      await gateway?.stop();
      fault?.closeAllConnections();
      await new Promise((resolve) => fault?.close(resolve));
    });

    it('does not hold a request past the subgraph’s timeout', async () => {
      mode = 'hang';
      const answer = await post(gateway.url, DASHBOARD);
      expect(answer.data.municipalities.nodes).toHaveLength(3);
      expect(answer.data.incidentTotals).toBeNull();
      expect(answer.errors?.[0]).toMatchObject(
        engine === 'apollo'
          ? {
              message:
                'The security subgraph did not answer within 0.3 s; the fields it provides are missing from this answer.',
              extensions: { code: 'SUBGRAPH_TIMEOUT', serviceName: 'security' },
            }
          : {
              message: 'The operation was aborted due to timeout',
              extensions: { code: 'GATEWAY_TIMEOUT', serviceName: 'security' },
            },
      );
      // Hive Gateway answers the partial data with HTTP 504; ours with 200, as for every partial answer.
      expect(answer.status).toBe(engine === 'apollo' ? 200 : 504);
      // Hive Gateway would name the subgraph's URL and the fetch's body (`extensions.request`), which
      // scripts/hive-gateway.ts removes: nothing says where a subgraph lives.
      expect(JSON.stringify(answer.errors)).not.toMatch(/127\.0\.0\.1|http:|"request"/);
    });

    it.each([
      ['an HTML page', 'html'],
      ['HTTP 500', 'status500'],
      ['JSON that is not a GraphQL response', 'not-graphql'],
    ] as const)('answers the rest when the subgraph sends %s', async (_label, faultMode) => {
      mode = faultMode;
      const answer = await post(gateway.url, KOMMUNE);
      expect(answer.status).toBe(200);
      expect(answer.data.municipality.population).toBeGreaterThan(0);
      expect(answer.data.municipality.securityPosture).toBeNull();
      expect(answer.errors?.[0]).toMatchObject(
        engine === 'apollo'
          ? { extensions: { code: 'SUBGRAPH_BAD_RESPONSE', serviceName: 'security' } }
          : // Hive Gateway masks it, as a subgraph that is down (above).
            { message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      );
      expect(JSON.stringify(answer.errors)).not.toMatch(/Wartungsarbeiten|oops|127\.0\.0\.1/);
    });
  });
});
