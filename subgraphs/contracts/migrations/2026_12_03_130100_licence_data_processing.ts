import { type Kysely, sql } from 'kysely';

// Whether the vendor of a licence processes personal data on the Kommunen's behalf (Auftragsverarbeitung,
// Art. 28 DSGVO: hosting, operation, remote maintenance) and the day the Auftragsverarbeitungsvertrag was
// signed; an agreement only where data is processed.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('licence')
    .addColumn('processes_personal_data', 'boolean', (col) => col.notNull().defaultTo(false))
    .addColumn('processor_agreement_on', 'date')
    .execute();
  await db.schema
    .alterTable('licence')
    .addCheckConstraint(
      'licence_processor_agreement_check',
      sql`processor_agreement_on is null or processes_personal_data`,
    )
    .execute();
  await db.schema
    .createIndex('licence_processes_personal_data_idx')
    .on('licence')
    .column('id')
    .where(sql.ref('processes_personal_data'), '=', true)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('licence_processes_personal_data_idx').execute();
  await db.schema.alterTable('licence').dropConstraint('licence_processor_agreement_check').execute();
  await db.schema
    .alterTable('licence')
    .dropColumn('processor_agreement_on')
    .dropColumn('processes_personal_data')
    .execute();
}
