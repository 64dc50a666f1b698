import { type Kysely, sql } from 'kysely';

/**
 * Contacts of a Kommune by role (Umsetzungskonzept Kaz, §3: the Kaz and CERT-Brandenburg need to reach
 * a Kommune's information-security officer and its emergency contact): one row per Kommune (ARS) and
 * role, holding only the organisation's functional mailbox and phone, never a person's name.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('municipality_contact')
    .addColumn('ars', 'varchar(12)', (col) => col.notNull().check(sql`ars ~ '^12[0-9]{10}$'`))
    .addColumn('role', 'text', (col) =>
      col.notNull().check(sql`role in ('ISB','EMERGENCY','DATA_PROTECTION','IT_LEAD')`),
    )
    .addColumn('email', 'text', (col) => col.notNull())
    .addColumn('phone', 'text')
    .addColumn('available_around_the_clock', 'boolean', (col) => col.notNull().defaultTo(false))
    .addColumn('is_sample', 'boolean', (col) => col.notNull())
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('municipality_contact_pkey', ['ars', 'role'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('municipality_contact').execute();
}
