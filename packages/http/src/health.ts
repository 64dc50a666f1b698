import express from 'express';

/** What `/health/ready` answers while the server is not stopping. */
export interface ReadinessAnswer {
  /** 200 when the server can serve, 503 when it cannot. */
  httpStatus: 200 | 503;
  /** The JSON body: `status` and whatever was checked. */
  body: { status: string } & Record<string, unknown>;
}

/** What the health routes ask the server. */
export interface HealthOptions {
  /** True from the moment the server began to stop. */
  stopping: () => boolean;
  /** The server's own readiness check; must not throw. */
  readiness: () => Promise<ReadinessAnswer>;
}

/**
 * `GET /health/live` (always 200 `{ status: 'live' }`: the process answers) and `GET /health/ready`
 * (503 `{ status: 'stopping' }` once the server began to stop, so that a load balancer sends nothing
 * new; else what `readiness` answers), for gateway and subgraphs alike.
 */
export function healthRoutes(options: HealthOptions): express.Router {
  const router = express.Router();
  router.get('/health/live', (_req, res) => {
    res.json({ status: 'live' });
  });
  router.get('/health/ready', async (_req, res) => {
    if (options.stopping()) {
      res.status(503).json({ status: 'stopping' });
      return;
    }
    const answer = await options.readiness();
    res.status(answer.httpStatus).json(answer.body);
  });
  return router;
}
