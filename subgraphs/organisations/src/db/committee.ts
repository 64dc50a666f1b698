import type { Kysely, Selectable } from 'kysely';
import type { AuditColumns } from './audit.ts';
import type { Database } from './database.ts';
import { enumPosition } from './sql.ts';

/** The kinds of committee (Gremium). */
export const COMMITTEE_KINDS = ['IT_COUNCIL', 'IT_PLANNING_COUNCIL', 'STEERING_GROUP', 'PROJECT_GROUP'] as const;
export type CommitteeKind = (typeof COMMITTEE_KINDS)[number];

export interface CommitteeTable extends AuditColumns {
  id: string;
  name: string;
  short_name: string | null;
  kind: CommitteeKind;
  description: string;
  organisation_id: string | null;
  /** The id prefix of the committee's decisions (`itrat`, `sg`, `pgozg`): lower-case letters only. */
  decision_prefix: string;
  is_sample: boolean;
}

export type CommitteeRow = Selectable<CommitteeTable>;

/** Committees by id; missing keys are simply absent. */
export function findCommitteesById(db: Kysely<Database>, ids: readonly string[]) {
  return db.selectFrom('committee').selectAll().where('id', 'in', ids).execute();
}

/** All committees, ordered by kind (in the order of COMMITTEE_KINDS), then id. */
export function listCommittees(db: Kysely<Database>) {
  return db.selectFrom('committee').selectAll().orderBy(enumPosition('kind', COMMITTEE_KINDS)).orderBy('id').execute();
}
