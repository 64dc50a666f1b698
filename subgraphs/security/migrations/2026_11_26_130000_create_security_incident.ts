import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('security_incident')
    .addColumn('id', 'varchar(17)', (col) => col.primaryKey().check(sql`id ~ '^CERT-BB-[0-9]{4}-[0-9]{4}$'`))
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('category', 'text', (col) =>
      col
        .notNull()
        .check(
          sql`category in ('MALWARE','PHISHING','RANSOMWARE','DDOS','DATA_LEAK','VULNERABILITY','UNAUTHORISED_ACCESS','OUTAGE','OTHER')`,
        ),
    )
    .addColumn('severity', 'text', (col) => col.notNull().check(sql`severity in ('LOW','MEDIUM','HIGH','CRITICAL')`))
    .addColumn('status', 'text', (col) =>
      col.notNull().check(sql`status in ('REPORTED','TRIAGED','CONTAINED','RESOLVED','CLOSED')`),
    )
    .addColumn('tlp', 'text', (col) => col.notNull().check(sql`tlp in ('CLEAR','GREEN','AMBER','AMBER_STRICT','RED')`))
    .addColumn('detected_at', 'timestamptz', (col) => col.notNull())
    .addColumn('reported_at', 'timestamptz', (col) => col.notNull())
    .addColumn('resolved_at', 'timestamptz')
    .addColumn('reporter_organisation_id', 'text')
    .addColumn('reporting_municipality_ars', 'varchar(12)', (col) =>
      col.check(sql`reporting_municipality_ars ~ '^[0-9]{12}$'`),
    )
    .addColumn('personal_data_involved', 'boolean', (col) => col.notNull())
    .addColumn('lda_notification_due_at', 'timestamptz')
    .addColumn('lda_notified_at', 'timestamptz')
    .addColumn('is_sample', 'boolean', (col) => col.notNull())
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('security_incident_reported_after_detected', sql`reported_at >= detected_at`)
    // Only a resolved or closed incident has a resolution time, and it cannot precede the report.
    .addCheckConstraint(
      'security_incident_resolved_at_status',
      sql`(resolved_at is not null) = (status in ('RESOLVED','CLOSED')) and (resolved_at is null or resolved_at >= reported_at)`,
    )
    // Either a partner organisation or a Kommune itself reported the incident, never both.
    .addCheckConstraint(
      'security_incident_one_reporter',
      sql`(reporter_organisation_id is null) <> (reporting_municipality_ars is null)`,
    )
    // GDPR Art. 33: the LDA must be notified within 72 hours of detection when personal data is involved.
    // Hours (not days) are added, so the deadline is exact across daylight-saving changes.
    .addCheckConstraint(
      'security_incident_lda_deadline',
      sql`case when personal_data_involved then lda_notification_due_at = detected_at + interval '72 hours'
               else lda_notification_due_at is null and lda_notified_at is null end`,
    )
    .addCheckConstraint(
      'security_incident_lda_notified_after_detected',
      sql`lda_notified_at is null or lda_notified_at >= detected_at`,
    )
    .execute();
  await db.schema
    .createIndex('security_incident_detected_idx')
    .on('security_incident')
    .columns(['detected_at', 'id'])
    .execute();
  await db.schema
    .createIndex('security_incident_reporter_idx')
    .on('security_incident')
    .column('reporter_organisation_id')
    .execute();
  await db.schema
    .createIndex('security_incident_reporting_municipality_idx')
    .on('security_incident')
    .column('reporting_municipality_ars')
    .execute();
  await db.schema
    .createIndex('security_incident_lda_due_idx')
    .on('security_incident')
    .column('lda_notification_due_at')
    .execute();

  await db.schema
    .createTable('security_incident_municipality')
    .addColumn('incident_id', 'varchar(17)', (col) =>
      col.notNull().references('security_incident.id').onDelete('cascade'),
    )
    .addColumn('ars', 'varchar(12)', (col) => col.notNull().check(sql`ars ~ '^[0-9]{12}$'`))
    .addPrimaryKeyConstraint('security_incident_municipality_pk', ['incident_id', 'ars'])
    .execute();
  await db.schema
    .createIndex('security_incident_municipality_ars_idx')
    .on('security_incident_municipality')
    .column('ars')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('security_incident_municipality').execute();
  await db.schema.dropTable('security_incident').execute();
}
