import { type Insertable, type Kysely, type Selectable, sql } from 'kysely';
import type { AuditColumns } from './audit.ts';
import type { Database } from './database.ts';

/** A Kommune's functional contact for one role: the organisation's mailbox and phone, no person. */
export interface MunicipalityContactTable extends AuditColumns {
  ars: string;
  role: string;
  email: string;
  phone: string | null;
  available_around_the_clock: boolean;
  is_sample: boolean;
}

export type MunicipalityContactRow = Selectable<MunicipalityContactTable>;

/** The roles, in the order the GraphQL enum declares them (and lists are sorted by). */
export const CONTACT_ROLES = ['ISB', 'EMERGENCY', 'DATA_PROTECTION', 'IT_LEAD'] as const;

/** The contacts of the Kommunen `ars`, by ARS, then role in enum order, in one statement. */
export function findContactsOf(db: Kysely<Database>, ars: readonly string[]) {
  return db
    .selectFrom('municipality_contact')
    .selectAll()
    .where('ars', 'in', ars)
    .orderBy('ars')
    .orderBy(sql`array_position(array[${sql.join(CONTACT_ROLES.map((role) => sql.lit(role)))}]::text[], role)`)
    .execute();
}

/** The contact of a Kommune for a role, locked until the transaction ends; undefined when there is none. */
export function lockContact(db: Kysely<Database>, ars: string, role: string) {
  return db
    .selectFrom('municipality_contact')
    .selectAll()
    .where('ars', '=', ars)
    .where('role', '=', role)
    .forUpdate()
    .executeTakeFirst();
}

/** Adds a contact and returns the stored row. */
export function insertContact(db: Kysely<Database>, row: Insertable<MunicipalityContactTable>) {
  return db.insertInto('municipality_contact').values(row).returningAll().executeTakeFirstOrThrow();
}

/** Replaces the mailbox, phone and availability of a contact, counts its version up and returns the stored row. */
export function updateContact(
  db: Kysely<Database>,
  ars: string,
  role: string,
  changes: { email: string; phone: string | null; available_around_the_clock: boolean },
) {
  return db
    .updateTable('municipality_contact')
    .set((eb) => ({ ...changes, is_sample: false, version: eb('version', '+', 1), updated_at: sql`now()` }))
    .where('ars', '=', ars)
    .where('role', '=', role)
    .returningAll()
    .executeTakeFirstOrThrow();
}
