import { type Kysely, sql } from 'kysely';

// The Verfahrensarten below the EU thresholds (UVgO: Öffentliche Ausschreibung, Beschränkte
// Ausschreibung, Verhandlungsvergabe) beside the EU procedures (GWB/VgV) and the call-off; the
// column's check was created with the first four only.
const TYPES_BEFORE = `'OPEN_PROCEDURE','RESTRICTED_PROCEDURE','NEGOTIATED_PROCEDURE','FRAMEWORK_CALL_OFF'`;
const TYPES_AFTER = `${TYPES_BEFORE},'PUBLIC_TENDER','RESTRICTED_TENDER','NEGOTIATED_AWARD'`;
const CHECK = 'procurement_procedure_procedure_type_check';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('procurement_procedure').dropConstraint(CHECK).execute();
  await db.schema
    .alterTable('procurement_procedure')
    .addCheckConstraint(CHECK, sql`procedure_type in (${sql.raw(TYPES_AFTER)})`)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('procurement_procedure').dropConstraint(CHECK).execute();
  await db.schema
    .alterTable('procurement_procedure')
    .addCheckConstraint(CHECK, sql`procedure_type in (${sql.raw(TYPES_BEFORE)})`)
    .execute();
}
