import type { ColumnType, Kysely } from 'kysely';
import type { Database } from './database.ts';

/** One edition of the Gemeindeverzeichnis applied to the database (by the seed or `pnpm data:gv100ad`). */
export interface MunicipalityEditionTable {
  /** Gebietsstand of the edition, YYYY-MM-DD. */
  territorial_status_date: string;
  /** The day its changes took effect unless the successor file says otherwise. */
  effective_on: string;
  /** Where it came from: the file name, or `seed` for the shipped reference data. */
  source: string;
  /** SHA-256 of the file, hex. */
  sha256: string | null;
  loaded_at: ColumnType<Date, never, never>;
  inserted: number;
  changed: number;
  dissolved: number;
  /** The summary of what it changed (JSON). */
  changes: ColumnType<unknown, string, string>;
}

/** The newest Gebietsstand applied to the database (YYYY-MM-DD), or null before the first edition. */
export async function newestEditionDate(db: Kysely<Database>): Promise<string | null> {
  const row = await db
    .selectFrom('municipality_edition')
    .select((eb) => eb.fn.max('territorial_status_date').as('newest'))
    .executeTakeFirst();
  return (row?.newest as string | null | undefined) ?? null;
}
