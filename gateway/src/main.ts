import cluster from 'node:cluster';
import { shutdownDelayFromEnv } from '@kaz/http';
import { startTracing } from '@kaz/telemetry';
import { gatewayConfigFromEnv, workerCountFromEnv } from './config.ts';
import { createGateway } from './gateway.ts';

const workers = workerCountFromEnv(process.env);

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
    await gateway.stop({ delayMs });
    await tracing.shutdown();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}
