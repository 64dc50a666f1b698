/**
 * What `pnpm data:import` and `pnpm data:export` share: the record types of each subgraph, the
 * database of a subgraph (as `pnpm start` names it), and the importing principal.
 */
import { join } from 'node:path';
import { authConfigFromEnv, createTokenVerifier, isKnownOrg, type Principal } from '@kaz/auth';
import { contractsSubgraph } from '@kaz/contracts';
import { licenceRecords } from '@kaz/contracts/records';
import { type DatabaseConfig, pendingMigrations } from '@kaz/db';
import { organisationsSubgraph } from '@kaz/organisations';
import { decisionRecords } from '@kaz/organisations/records';
import { projectsSubgraph } from '@kaz/projects';
import { projectRecords } from '@kaz/projects/records';
import { securitySubgraph } from '@kaz/security';
import { incidentRecords } from '@kaz/security/records';
import type { Importer, RecordType } from '@kaz/subgraph-kit/records';

type Migrations = Parameters<typeof pendingMigrations>[1];
type AnyDatabase = Parameters<typeof pendingMigrations>[0];

/** A subgraph whose records can be imported and exported. */
interface RecordSubgraph {
  migrations: Migrations;
  /** Its record types; the first is the default of `--type`. */
  types: readonly RecordType<any, any>[];
}

/** The subgraphs with record files, by name (the municipalities' reference data has its own loader). */
export const recordSubgraphs: Record<string, RecordSubgraph> = {
  projects: { migrations: projectsSubgraph.migrations, types: [projectRecords] },
  contracts: { migrations: contractsSubgraph.migrations, types: [licenceRecords] },
  security: { migrations: securitySubgraph.migrations, types: [incidentRecords] },
  organisations: { migrations: organisationsSubgraph.migrations, types: [decisionRecords] },
};

/** Thrown for a command line or setting the operator must correct; the script prints it and exits with 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** The subgraph named on the command line and the record type (`--type`, default its first). */
export function recordTypeOf(subgraph: string | undefined, typeName: string | undefined) {
  const entry = subgraph ? recordSubgraphs[subgraph] : undefined;
  if (!subgraph || !entry) {
    throw new UsageError(`name a subgraph: ${Object.keys(recordSubgraphs).join(', ')}`);
  }
  const type = typeName ? entry.types.find((candidate) => candidate.name === typeName) : entry.types[0];
  if (!type) {
    throw new UsageError(
      `${subgraph} has no record type "${typeName}"; it has ${entry.types.map((t) => t.name).join(', ')}`,
    );
  }
  return { entry, type };
}

/**
 * The database of a subgraph as `pnpm start` names it: `<SUBGRAPH>_DATABASE_URL` (PostgreSQL, e.g.
 * PROJECTS_DATABASE_URL), else `DATA_DIR/<subgraph>` (the PGlite directory of `DATA_DIR=… pnpm start`).
 * A hub started without either keeps its data in memory, out of reach of any other process.
 */
export function databaseOf(subgraph: string, env: NodeJS.ProcessEnv): DatabaseConfig {
  const url = env[`${subgraph.toUpperCase()}_DATABASE_URL`];
  if (url) return { url, poolSize: 2 };
  if (env.DATA_DIR) return { dataDir: join(env.DATA_DIR, subgraph) };
  throw new UsageError(
    `name the database: ${subgraph.toUpperCase()}_DATABASE_URL=postgres://… (PostgreSQL) or DATA_DIR=<dir> ` +
      `(the PGlite data of "DATA_DIR=<dir> pnpm start", in <dir>/${subgraph}; stop the hub first)`,
  );
}

/** UsageError unless the database has every migration of the subgraph (an import never migrates). */
export async function requireMigrated(db: AnyDatabase, subgraph: string, migrations: Migrations) {
  const pending = await pendingMigrations(db, migrations);
  if (pending.length > 0) {
    throw new UsageError(
      `the ${subgraph} database lacks ${pending.length} migration(s) (${pending[0]}…): start the subgraph once or run ` +
        `"pnpm --filter @kaz/${subgraph} db:migrate" with the same database settings first`,
    );
  }
}

const JWT = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

/**
 * Who imports, from `--as` (or IMPORT_AS): a token (verified as the subgraphs verify tokens, with the
 * same AUTH_* settings or the local development issuer, and carrying `scope`), or an operator's name
 * `<subject>@<org>` (e.g. `anna.schmidt@kaz`: the subject as given, the organisation after the last
 * "@", which must be a known organisation key or Kommune ARS).
 */
export async function importerOf(as: string | undefined, scope: string, env: NodeJS.ProcessEnv): Promise<Importer> {
  if (!as) {
    throw new UsageError(
      'name who imports: --as <subject>@<org> (e.g. anna.schmidt@kaz) or --as <token> (pnpm -s token:mint …); ' +
        'or set IMPORT_AS',
    );
  }
  if (JWT.test(as)) {
    let principal: Principal | null;
    try {
      principal = await createTokenVerifier(await authConfigFromEnv(env)).verify(`Bearer ${as}`);
    } catch (error) {
      throw new UsageError(`--as: the token is not accepted: ${(error as Error).message}`);
    }
    if (!principal) throw new UsageError('--as: the token is not accepted');
    if (!principal.scopes.has(scope as never)) throw new UsageError(`--as: the token lacks the scope ${scope}`);
    return { subject: principal.subject, org: principal.org };
  }
  const at = as.lastIndexOf('@');
  const org = at > 0 ? as.slice(at + 1) : '';
  if (!org || !isKnownOrg(org)) {
    throw new UsageError(
      `--as "${as}": write <subject>@<org> with an organisation key (kaz, zit_bb, …) or Kommune ARS after the last "@", or give a token`,
    );
  }
  return { subject: as, org };
}
