import type { Kysely, Selectable } from 'kysely';
import type { AuditColumns } from './audit.ts';
import type { Database } from './database.ts';
import { byteOrder, enumPosition } from './sql.ts';

/** The kinds of partner organisation, as stored and as exposed; the `kind` column of the CSV, uppercased. */
export const ORGANISATION_KINDS = [
  'MINISTRY',
  'STATE_IT_PROVIDER',
  'COMPETENCE_CENTRE',
  'SPECIAL_PURPOSE_ASSOCIATION',
  'COMMITTEE',
  'DATA_PROTECTION_AUTHORITY',
  'WORKING_GROUP',
  'MUNICIPAL_ASSOCIATION',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export interface OrganisationTable extends AuditColumns {
  id: string;
  name: string;
  short_name: string | null;
  kind: OrganisationKind;
  parent_id: string | null;
  website: string | null;
  note: string | null;
}

export type OrganisationRow = Selectable<OrganisationTable>;

/** Organisations by id; missing keys are simply absent. */
export function findOrganisationsById(db: Kysely<Database>, ids: readonly string[]) {
  return db.selectFrom('organisation').selectAll().where('id', 'in', ids).execute();
}

/** The direct children of each parent in `parentIds`, ordered by parent, then name. */
export function findChildrenOf(db: Kysely<Database>, parentIds: readonly string[]) {
  return db
    .selectFrom('organisation')
    .selectAll()
    .where('parent_id', 'in', parentIds)
    .orderBy('parent_id')
    .orderBy(byteOrder('name'))
    .execute();
}

/**
 * All organisations, or those of one kind, ordered by kind (in the order of ORGANISATION_KINDS)
 * and then by name.
 */
export function listOrganisations(db: Kysely<Database>, kind: OrganisationKind | null | undefined) {
  let query = db.selectFrom('organisation').selectAll();
  if (kind) query = query.where('kind', '=', kind);
  return query.orderBy(enumPosition('kind', ORGANISATION_KINDS)).orderBy(byteOrder('name')).orderBy('id').execute();
}
