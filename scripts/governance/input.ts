import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SchemaChangeInput } from './check.ts';
import { readRegisteredOperations } from './operations.ts';
import type { Ownership } from './ownership.ts';
import type { ReleaseInfo } from './records.ts';

/** The records of a schema directory that the check reads, by their path under it. */
export const GOVERNANCE_FILES = {
  releasedSupergraph: 'released/supergraph.graphql',
  releasedApi: 'released/api.graphql',
  release: 'released/RELEASE.json',
  ownership: 'ownership.json',
  deprecations: 'deprecations.json',
  approvals: 'approvals.json',
} as const;

/**
 * The check's input from the records under `schemaDir` (GOVERNANCE_FILES, the registered operations)
 * and the fresh composition. Throws with the file's name when a record is missing or not JSON.
 */
export function readSchemaChangeInput(
  schemaDir: string,
  current: SchemaChangeInput['current'],
  options: { changedBy?: string | undefined; today: string },
): SchemaChangeInput {
  const text = (file: string) => {
    const path = join(schemaDir, file);
    if (!existsSync(path)) throw new Error(`schema/${file} is missing (docs/schema-changes.md says what it holds)`);
    return readFileSync(path, 'utf8');
  };
  const json = (file: string): unknown => {
    try {
      return JSON.parse(text(file));
    } catch (error) {
      if (error instanceof SyntaxError) throw new Error(`schema/${file} is not JSON: ${error.message}`);
      throw error;
    }
  };
  return {
    released: {
      supergraphSdl: text(GOVERNANCE_FILES.releasedSupergraph),
      apiSdl: text(GOVERNANCE_FILES.releasedApi),
      release: json(GOVERNANCE_FILES.release) as ReleaseInfo,
    },
    current,
    ownership: json(GOVERNANCE_FILES.ownership) as Ownership,
    deprecations: json(GOVERNANCE_FILES.deprecations),
    approvals: json(GOVERNANCE_FILES.approvals),
    operations: readRegisteredOperations(schemaDir),
    changedBy: options.changedBy,
    today: options.today,
  };
}

/** The partner making the change: `--as <partner>` or `--as=<partner>`, else SCHEMA_CHANGE_BY; undefined when neither. */
export function changedByFrom(argv: readonly string[], env: NodeJS.ProcessEnv): string | undefined {
  const index = argv.indexOf('--as');
  const flag = index >= 0 ? argv[index + 1] : argv.find((arg) => arg.startsWith('--as='))?.slice('--as='.length);
  return flag || env.SCHEMA_CHANGE_BY || undefined;
}
