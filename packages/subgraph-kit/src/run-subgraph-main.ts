import type { BaseContext } from '@apollo/server';
import { createLogger, startTracing } from '@kaz/telemetry';
import { migrateSubgraph } from './migrate-subgraph.ts';
import { productionSampleDataWarning } from './sample-data.ts';
import { startSubgraph } from './start-subgraph.ts';
import { subgraphConfigFromEnv } from './subgraph-config.ts';
import type { SubgraphDefinition } from './subgraph-definition.ts';

/**
 * The body of a subgraph's `main.ts`: with `--migrate-only` it migrates and seeds, then exits;
 * otherwise it starts tracing (service `kaz-<name>`), serves the subgraph and on SIGINT/SIGTERM stops
 * it gracefully, flushes the spans and exits. Logs JSON lines on stdout, first a warning when production
 * mode loads the sample data (`HUB_PRODUCTION_SAMPLE_DATA=true`). Throws on settings `subgraphConfigFromEnv` refuses.
 */
export async function runSubgraphMain<DB, Context extends BaseContext>(
  definition: SubgraphDefinition<DB, Context>,
  defaultPort: number,
): Promise<void> {
  const config = await subgraphConfigFromEnv(process.env, defaultPort);
  const logger = createLogger({ service: definition.name });
  const sampleDataWarning = productionSampleDataWarning(process.env);
  if (sampleDataWarning) logger.warn(sampleDataWarning);
  if (process.argv.includes('--migrate-only')) {
    await migrateSubgraph(definition, config);
    logger.info(`${definition.name}: database migrated${config.seed === false ? '' : ' and seeded'}`);
    return;
  }
  const tracing = startTracing({ serviceName: `kaz-${definition.name}` });
  const running = await startSubgraph(definition, { ...config, logger });
  logger.info({ url: running.url }, `${definition.name} subgraph ready at ${running.url}`);
  const shutdown = async (signal: string) => {
    logger.info(`${signal}: stopping`);
    await running.stop();
    await tracing.shutdown().catch((error: unknown) => logger.warn({ err: error }, 'could not flush trace spans'));
    logger.info('stopped');
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}
