import { type Kysely, sql } from 'kysely';

// The Inhouse-Vergabe (§ 108 GWB): a public client awards a contract to an entity it controls like its
// own department, outside the procurement rules, so there is no Bekanntmachung. The type joins the
// column's check; a published date is required of every other procedure past PLANNED, and forbidden
// for an in-house award, which goes from PLANNED straight to AWARDED.
const TYPES_BEFORE =
  `'OPEN_PROCEDURE','RESTRICTED_PROCEDURE','NEGOTIATED_PROCEDURE','FRAMEWORK_CALL_OFF',` +
  `'PUBLIC_TENDER','RESTRICTED_TENDER','NEGOTIATED_AWARD'`;
const TYPES_AFTER = `${TYPES_BEFORE},'IN_HOUSE_AWARD'`;
const TYPE_CHECK = 'procurement_procedure_procedure_type_check';
const PUBLISHED_CHECK = 'procurement_procedure_published_check';
const DATE_ORDER_CHECK = 'procurement_procedure_date_order_check';
const IN_HOUSE_CHECK = 'procurement_procedure_in_house_check';

export async function up(db: Kysely<any>): Promise<void> {
  for (const check of [TYPE_CHECK, PUBLISHED_CHECK, DATE_ORDER_CHECK]) {
    await db.schema.alterTable('procurement_procedure').dropConstraint(check).execute();
  }
  await db.schema
    .alterTable('procurement_procedure')
    .addCheckConstraint(TYPE_CHECK, sql`procedure_type in (${sql.raw(TYPES_AFTER)})`)
    .execute();
  await db.schema
    .alterTable('procurement_procedure')
    .addCheckConstraint(
      PUBLISHED_CHECK,
      sql`status in ('PLANNED', 'CANCELLED') or procedure_type = 'IN_HOUSE_AWARD' or published_on is not null`,
    )
    .execute();
  await db.schema
    .alterTable('procurement_procedure')
    .addCheckConstraint(
      DATE_ORDER_CHECK,
      sql`awarded_on is null or procedure_type = 'IN_HOUSE_AWARD' or (published_on is not null and awarded_on >= published_on)`,
    )
    .execute();
  await db.schema
    .alterTable('procurement_procedure')
    .addCheckConstraint(
      IN_HOUSE_CHECK,
      sql`procedure_type <> 'IN_HOUSE_AWARD' or (published_on is null and status in ('PLANNED','AWARDED','CANCELLED'))`,
    )
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.deleteFrom('procurement_procedure').where('procedure_type', '=', 'IN_HOUSE_AWARD').execute();
  for (const check of [IN_HOUSE_CHECK, TYPE_CHECK, PUBLISHED_CHECK, DATE_ORDER_CHECK]) {
    await db.schema.alterTable('procurement_procedure').dropConstraint(check).execute();
  }
  await db.schema
    .alterTable('procurement_procedure')
    .addCheckConstraint(TYPE_CHECK, sql`procedure_type in (${sql.raw(TYPES_BEFORE)})`)
    .execute();
  await db.schema
    .alterTable('procurement_procedure')
    .addCheckConstraint(PUBLISHED_CHECK, sql`status in ('PLANNED', 'CANCELLED') or published_on is not null`)
    .execute();
  await db.schema
    .alterTable('procurement_procedure')
    .addCheckConstraint(
      DATE_ORDER_CHECK,
      sql`awarded_on is null or (published_on is not null and awarded_on >= published_on)`,
    )
    .execute();
}
