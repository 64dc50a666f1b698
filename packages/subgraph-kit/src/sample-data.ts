import { isProduction } from '@kaz/auth';

/** The one setting that loads the sample data in production mode (`SEED_SAMPLE_DATA` cannot). */
export const PRODUCTION_SAMPLE_DATA_FLAG = 'HUB_PRODUCTION_SAMPLE_DATA';

/**
 * Whether to load the sample data besides the reference data (which is loaded either way). Outside
 * production mode `SEED_SAMPLE_DATA=true` or `false` decides, unset means yes. Production mode
 * (`NODE_ENV` or `HUB_MODE` `production`) never loads it unless `HUB_PRODUCTION_SAMPLE_DATA=true`
 * names it: `SEED_SAMPLE_DATA` is the development switch and may travel with a copied environment,
 * so there `SEED_SAMPLE_DATA=true` is refused rather than obeyed or quietly ignored.
 * Throws on a value other than `true` or `false`, on `SEED_SAMPLE_DATA=true` in production mode
 * without the dedicated flag, and on `HUB_PRODUCTION_SAMPLE_DATA=true` with `SEED_SAMPLE_DATA=false`.
 * Its own module (and package entry) so that `pnpm start` can name its snapshots before it loads the kit.
 */
export function sampleDataFromEnv(env: NodeJS.ProcessEnv): boolean {
  const seedSampleData = booleanSetting(env, 'SEED_SAMPLE_DATA');
  const productionSampleData = booleanSetting(env, PRODUCTION_SAMPLE_DATA_FLAG);
  if (!isProduction(env)) return seedSampleData ?? true;
  if (productionSampleData === true) {
    if (seedSampleData === false) {
      throw new Error(`${PRODUCTION_SAMPLE_DATA_FLAG}=true and SEED_SAMPLE_DATA=false contradict each other`);
    }
    return true;
  }
  if (seedSampleData === true) {
    throw new Error(
      'SEED_SAMPLE_DATA=true is refused in production mode (NODE_ENV or HUB_MODE production): production never ' +
        'loads the invented sample projects, incidents and decisions. Remove it; to load them into a ' +
        `production-mode demonstration system on purpose, set ${PRODUCTION_SAMPLE_DATA_FLAG}=true instead.`,
    );
  }
  return false;
}

/**
 * The warning to print at start when production mode loads the sample data (`HUB_PRODUCTION_SAMPLE_DATA=true`);
 * undefined otherwise. Call it after `sampleDataFromEnv` accepted the environment.
 */
export function productionSampleDataWarning(env: NodeJS.ProcessEnv): string | undefined {
  if (!isProduction(env) || env[PRODUCTION_SAMPLE_DATA_FLAG] !== 'true') return undefined;
  return (
    `WARNING: ${PRODUCTION_SAMPLE_DATA_FLAG}=true: this production-mode hub loads the SAMPLE DATA — invented ` +
    'projects, contracts, security incidents about real, named Kommunen, decisions — next to the reference data. ' +
    'Its records carry isSample: true. Never set this on a system that holds real records.'
  );
}

function booleanSetting(env: NodeJS.ProcessEnv, name: string): boolean | undefined {
  const value = env[name];
  if (value === 'true') return true;
  if (value === 'false') return false;
  if (value) throw new Error(`${name} is true or false, not ${value}`);
  return undefined;
}
