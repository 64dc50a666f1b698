import { type Page, selectPage, selectPagesPerParent } from '@kaz/subgraph-kit';
import { type Generated, type Insertable, type Kysely, type Selectable, sql } from 'kysely';
import type { AuditColumns } from './audit.ts';
import type { Database } from './database.ts';

/** How much of a date is known: the day, only the month, or only the year. */
export const DATE_PRECISIONS = ['DAY', 'MONTH', 'YEAR'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** A committee decision (Beschluss). */
export interface DecisionTable extends AuditColumns {
  id: string;
  committee_id: string;
  reference: string;
  /** With precision MONTH or YEAR the first day of the month or year. */
  decided_on: string;
  /** How much of `decided_on` is known; DAY unless given. */
  decided_on_precision: Generated<DatePrecision>;
  /** Where a real record comes from (e.g. the concept that cites it); null for decisions recorded in the hub. */
  source: string | null;
  title: string;
  text: string;
  /** The day the decision was withdrawn (aufgehoben); null while it is in force. */
  withdrawn_on: string | null;
  /** Why or by what it was withdrawn, in German; only with `withdrawn_on`. */
  withdrawal_note: string | null;
  is_sample: boolean;
}

export type DecisionRow = Selectable<DecisionTable>;

/** Decisions by id; missing keys are simply absent. */
export function findDecisionsById(db: Kysely<Database>, ids: readonly string[]) {
  return db.selectFrom('decision').selectAll().where('id', 'in', ids).execute();
}

/**
 * One page of decisions (of one committee, or of all), ordered by date, then id, and the number
 * of all that match.
 */
export async function listDecisions(db: Kysely<Database>, committeeId: string | null | undefined, page: Page) {
  const filtered = () => {
    const query = db.selectFrom('decision');
    return committeeId != null ? query.where('committee_id', '=', committeeId) : query;
  };
  return selectPage(filtered(), page, (query) => query.selectAll().orderBy('decided_on').orderBy('id'));
}

/**
 * One page of the decisions of each committee in `committeeIds`, ordered by date, then id, in one
 * statement; each row carries its `parent`, `position` and `total_count` (see `pageLoader`).
 */
export function pageDecisionsOfCommittees(db: Kysely<Database>, committeeIds: readonly string[], page: Page) {
  return selectPagesPerParent(
    db,
    db.selectFrom('decision').selectAll(),
    { parent: 'committee_id', parents: committeeIds, orderBy: sql`decided_on, id` },
    page,
  );
}

/** Locks a committee row until the transaction ends, so that its decisions are numbered one at a time. */
export async function lockCommittee(db: Kysely<Database>, committeeId: string): Promise<boolean> {
  const row = await db
    .selectFrom('committee')
    .select('id')
    .where('id', '=', committeeId)
    .forUpdate()
    .executeTakeFirst();
  return row !== undefined;
}

/** The decision of a committee with this reference, if there is one. */
export function findDecisionByReference(db: Kysely<Database>, committeeId: string, reference: string) {
  return db
    .selectFrom('decision')
    .select(['id', 'decided_on'])
    .where('committee_id', '=', committeeId)
    .where('reference', '=', reference)
    .executeTakeFirst();
}

/**
 * The highest number n among the ids `<prefix>-<year>-<n>`, 0 when there is none. Looks at every
 * decision, not just one committee's, because the id is the table's primary key.
 */
export async function highestDecisionNumber(db: Kysely<Database>, prefix: string, year: number): Promise<number> {
  const pattern = `^${prefix}-${year}-[0-9]+$`;
  const row = await db
    .selectFrom('decision')
    .select(sql<number | null>`max(substring(id from '[0-9]+$')::integer)`.as('n'))
    .where(sql<boolean>`id ~ ${pattern}`)
    .executeTakeFirst();
  return row?.n ?? 0;
}

/** Adds a decision and returns the stored row. */
export function insertDecision(db: Kysely<Database>, row: Insertable<DecisionTable>) {
  return db.insertInto('decision').values(row).returningAll().executeTakeFirstOrThrow();
}

/** The decision with this id, locked until the transaction ends; undefined when there is none. */
export function lockDecision(db: Kysely<Database>, id: string) {
  return db.selectFrom('decision').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

/** Marks a decision withdrawn, counts its version up and returns the stored row. */
export function withdrawDecisionRow(db: Kysely<Database>, id: string, withdrawnOn: string, note: string | null) {
  return db
    .updateTable('decision')
    .set((eb) => ({
      withdrawn_on: withdrawnOn,
      withdrawal_note: note,
      version: eb('version', '+', 1),
      updated_at: sql`now()`,
    }))
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}
