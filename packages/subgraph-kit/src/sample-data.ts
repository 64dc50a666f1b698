import { isProduction } from '@kaz/auth';

/**
 * Whether to load the sample data: `SEED_SAMPLE_DATA=true` or `false` decides; unset, yes outside
 * production mode and never in it (reference data is loaded either way). Its own module (and package
 * entry) so that `pnpm start` can name its snapshots before it loads the kit.
 */
export function sampleDataFromEnv(env: NodeJS.ProcessEnv): boolean {
  if (env.SEED_SAMPLE_DATA === 'true') return true;
  if (env.SEED_SAMPLE_DATA === 'false') return false;
  if (env.SEED_SAMPLE_DATA) throw new Error(`SEED_SAMPLE_DATA is true or false, not ${env.SEED_SAMPLE_DATA}`);
  return !isProduction(env);
}
