import { createTokenVerifier } from '@kaz/auth';
import { bodyErrorHandler, createHttpApp, healthRoutes, listen } from '@kaz/http';
import { createLogger, createMetricsRegistry } from '@kaz/telemetry';
import compression from 'compression';
import { calendarFeedRoutes } from './calendar-feed.ts';
import { clientUsage } from './client-usage.ts';
import { cockpitRoutes } from './cockpit-route.ts';
import type { GatewayConfig } from './config.ts';
import { graphqlCors } from './cors.ts';
import { createGatewayServer } from './gateway-server.ts';
import { BODY_LIMIT, requestPipeline } from './pipeline.ts';
import { supergraphReadiness } from './readiness.ts';
import { rejectionCache } from './rejections.ts';
import { programmeReportRoute } from './report-route.ts';
import { createSharedState, hashKey } from './shared-state.ts';
import { subgraphServices } from './subgraph-services.ts';
import { gatewayTelemetry } from './telemetry.ts';
import { DEFAULT_WRITE_QUOTA, writeQuota } from './write-quota.ts';

/** A running gateway. */
export interface RunningGateway {
  /** The GraphQL endpoint (GraphiQL opens here in a browser). */
  url: string;
  /**
   * Stops: `/health/ready` answers 503 `stopping` at once; after `delayMs` (default 0: time for a load
   * balancer to notice) the port closes, requests in flight finish and subgraph connections close.
   */
  stop(options?: { delayMs?: number | undefined }): Promise<void>;
}

/**
 * Starts the Apollo gateway in front of the subgraphs named in the supergraph: GraphQL at `/` and
 * `/graphql` (through `requestPipeline`; CORS for `corsAllowedOrigins`), `GET /health/live`, `GET /health/ready` (each subgraph's
 * readiness and where the shared state is) and `GET /metrics`, every answer over 1 KiB compressed.
 * With `redisUrl`, caches and limits live in Redis and replicas share them (`createSharedState`). Throws when a name in
 * `subgraphUrls` is not a subgraph of the supergraph, so that a typo in a deployment fails loudly.
 */
export async function createGateway(config: GatewayConfig): Promise<RunningGateway> {
  const verifier = createTokenVerifier(config.auth);
  const logger = config.logger ?? createLogger({ service: 'gateway' });
  const registry = createMetricsRegistry();
  const telemetry = gatewayTelemetry({ registry, logger });
  const usage = clientUsage({ registry, clients: config.clientRegistry });
  config.metrics?.(registry);
  const shared = await createSharedState({ url: config.redisUrl, prefix: config.redisKeyPrefix, registry, logger });
  // Start with the state shared when Redis is there; a gateway whose Redis is not up yet starts anyway
  // (limits counted locally) and shares once it connects.
  if (shared.redis && !(await shared.connected(2_000))) {
    logger.warn('Redis not reachable at start: caches skipped, limits counted in this process until it is');
  }
  const subgraphs = subgraphServices(config, telemetry.observeFetch);
  const rejections = rejectionCache({
    shared,
    // What a refusal depends on: the schema, the limits and the error hygiene.
    scope: hashKey(
      JSON.stringify([config.supergraphSdl, config.limits ?? {}, config.blockFieldSuggestions ?? false]),
    ).slice(0, 16),
  });
  const quota = writeQuota(
    {
      perMinute: config.maxMutationsPerMinute ?? DEFAULT_WRITE_QUOTA.perMinute,
      perRequest: config.maxMutationsPerRequest ?? DEFAULT_WRITE_QUOTA.perRequest,
    },
    shared,
  );
  const { app, httpServer } = createHttpApp();
  const server = createGatewayServer(config, {
    gateway: subgraphs.gateway,
    httpServer,
    telemetry,
    clientUsage: usage,
    rejections,
    quota,
    shared,
  });
  const release = () => {
    subgraphs.destroy();
    quota.stop();
    shared.close();
  };
  let stopping = false;
  // The calendar feed sends its operation through this gateway's own /graphql, once it listens.
  let ownUrl = '';
  try {
    await server.start();
    app.use(compression({ threshold: 1024 }));
    app.use(
      healthRoutes({ stopping: () => stopping, readiness: () => supergraphReadiness(subgraphs.targets, shared.mode) }),
    );
    // Prometheus text format; keep this path internal (see docs/operations.md).
    app.get('/metrics', async (_req, res) => {
      res.type(registry.contentType).send(await registry.metrics());
    });
    const steps = requestPipeline({
      telemetry,
      verifier,
      maxRefusedPerMinute: config.maxRefusedPerMinute ?? 600,
      shared,
      hardLimits: {
        requestTimeoutMs: config.requestTimeoutMs ?? 15_000,
        maxResponseBytes: config.maxResponseBytes ?? 8 * 1024 * 1024,
      },
      rejections,
      trustedDocuments: config.trustedDocuments,
      server,
    });
    if (config.cockpit) app.use(cockpitRoutes(config.cockpit));
    app.use(calendarFeedRoutes({ config: config.calendarFeed, verifier, ownUrl: () => ownUrl }));
    // CORS first, so that refusals (401, 429) reach a page of an allowed origin too.
    const cors = config.corsAllowedOrigins?.length ? [graphqlCors(config.corsAllowedOrigins)] : [];
    app.all(['/', '/graphql'], ...cors, ...steps.map((step) => step.handler));
    // The programme report for the IT-Rat (docs/report.md): its figures come from this gateway's own
    // GraphQL endpoint, asked with the caller's token, so the same rules and limits apply to them.
    app.get('/reports/programme', programmeReportRoute({ verifier, graphqlUrl: () => ownUrl }));
    app.use(bodyErrorHandler({ logger, explain: { server: 'the gateway', limit: BODY_LIMIT.text } }));
    const url = await listen(httpServer, { port: config.port ?? 4000, host: config.host }, '/');
    ownUrl = url;
    subgraphs.checkOverrides();
    return {
      url,
      stop: async (options) => {
        stopping = true;
        if (options?.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs));
        await server.stop();
        release();
      },
    };
  } catch (error) {
    await server.stop().catch(() => {});
    httpServer.close();
    release();
    throw error;
  }
}
