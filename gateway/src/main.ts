import cluster from 'node:cluster';
import { shutdownDelayFromEnv } from '@kaz/http';
import { startTracing } from '@kaz/telemetry';
import { gatewayConfigFromEnv, workerCountFromEnv } from './config.ts';
import { createGateway } from './gateway.ts';

const workers = workerCountFromEnv(process.env);
/** How long a stop may take after the shutdown delay before the process exits regardless. */
const STOP_DEADLINE_MS = 30_000;

if (workers > 1 && cluster.isPrimary) {
  // Cluster mode: the workers share the port (the primary hands out connections) and each runs a
  // whole gateway. A worker that dies unexpectedly is replaced; a signal stops them all.
  let stopping = false;
  for (let i = 0; i < workers; i++) cluster.fork();
  cluster.on('exit', (worker, code) => {
    if (stopping) return;
    console.error(`gateway worker ${worker.process.pid} exited with ${code}; starting a new one`);
    cluster.fork();
  });
  const shutdown = () => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  console.log(`Kaz federation hub gateway: ${workers} workers starting`);
} else {
  // Spans over OTLP when OTEL_EXPORTER_OTLP_(TRACES_)ENDPOINT is set; otherwise none are recorded.
  const tracing = startTracing({ serviceName: 'kaz-gateway' });
  const config = await gatewayConfigFromEnv(process.env);
  const gateway = await createGateway(config);
  const who = cluster.isWorker ? ` (worker ${process.pid})` : '';
  console.log(`Kaz federation hub gateway ready at ${gateway.url}${who} (GraphiQL in a browser)`);
  // COCKPIT_DIR with the OpenID Connect settings (docs/cockpit.md).
  if (config.cockpit) console.log(`Programm-Cockpit at ${new URL('cockpit/', gateway.url).href}${who}`);
  if (config.corsAllowedOrigins?.length) console.log(`CORS for ${config.corsAllowedOrigins.join(', ')}${who}`);
  const delayMs = shutdownDelayFromEnv(process.env);
  const shutdown = async () => {
    // Requests in flight get Apollo's drain (10 s, then their connections are closed); should anything
    // still hold the process after that, it ends anyway instead of lingering without its port.
    setTimeout(() => {
      console.error(`gateway${who} did not stop within ${(delayMs + STOP_DEADLINE_MS) / 1000} s; exiting`);
      process.exit(1);
    }, delayMs + STOP_DEADLINE_MS).unref();
    await gateway.stop({ delayMs });
    await tracing.shutdown();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}
