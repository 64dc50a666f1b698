import { type Page, selectPage } from '@kaz/subgraph-kit';
import { type Insertable, type Kysely, type Selectable, sql } from 'kysely';
import type { AuditColumns } from './audit.ts';
import type { Database } from './database.ts';

/** The kinds of body outside Brandenburg the Kaz cooperates with. */
export const EXTERNAL_BODY_KINDS = [
  'FEDERAL_BODY',
  'LAND_BODY',
  'MUNICIPAL_IT_PROVIDER',
  'ASSOCIATION',
  'OTHER',
] as const;
export type ExternalBodyKind = (typeof EXTERNAL_BODY_KINDS)[number];

/** A body outside Brandenburg the Kaz cooperates with, and the cooperation (Umsetzungskonzept Kaz, §3). */
export interface ExternalBodyTable extends AuditColumns {
  id: string;
  name: string;
  short_name: string | null;
  kind: ExternalBodyKind;
  /** The Land the body belongs to (e.g. "Hessen"); null for a body of Bund and Länder together. */
  land: string | null;
  website: string | null;
  /** What the Kaz and the body cooperate on, in German. */
  cooperation_subject: string;
  cooperating_since: string;
  is_sample: boolean;
}

export type ExternalBodyRow = Selectable<ExternalBodyTable>;

/** External bodies by id; missing keys are simply absent. */
export function findExternalBodiesById(db: Kysely<Database>, ids: readonly string[]) {
  return db.selectFrom('external_body').selectAll().where('id', 'in', ids).execute();
}

/**
 * One page of external bodies (of one kind, or of all), ordered by the start of the cooperation,
 * then id, and the number of all that match.
 */
export async function listExternalBodies(db: Kysely<Database>, kind: ExternalBodyKind | null, page: Page) {
  const filtered = () => {
    const query = db.selectFrom('external_body');
    return kind !== null ? query.where('kind', '=', kind) : query;
  };
  return selectPage(filtered(), page, (query) => query.selectAll().orderBy('cooperating_since').orderBy('id'));
}

/** The external body with this id, locked until the transaction ends; undefined when there is none. */
export function lockExternalBody(db: Kysely<Database>, id: string) {
  return db.selectFrom('external_body').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

/** Adds an external body and returns the stored row. */
export function insertExternalBody(db: Kysely<Database>, row: Insertable<ExternalBodyTable>) {
  return db.insertInto('external_body').values(row).returningAll().executeTakeFirstOrThrow();
}

/** The fields of an external body a change may set. */
export type ExternalBodyChange = Omit<Insertable<ExternalBodyTable>, 'id' | 'is_sample' | 'version'>;

/** Changes an external body, counts its version up and returns the stored row. */
export function updateExternalBody(db: Kysely<Database>, id: string, change: ExternalBodyChange) {
  return db
    .updateTable('external_body')
    .set((eb) => ({ ...change, version: eb('version', '+', 1), updated_at: sql`now()` }))
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}
