import { type Kysely, sql } from 'kysely';

// GDPR Art. 33/34 on security incidents with personal data (issue 13): the controller's assessment of
// the risk to the persons affected (no notification to the LDA is required when the breach is unlikely
// to result in a risk), the reasons for a notification later than 72 hours (Art. 33(1)), and whether
// the persons affected were informed, when, or by which exemption of Art. 34(3) they were not.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('security_incident')
    .addColumn('breach_risk', 'text', (col) => col.check(sql`breach_risk in ('UNLIKELY','RISK','HIGH_RISK')`))
    .addColumn('breach_risk_assessed_on', 'date')
    .addColumn('breach_risk_reasoning', 'text', (col) =>
      col.check(sql`char_length(breach_risk_reasoning) between 1 and 2000`),
    )
    .addColumn('lda_notification_late_reason', 'text', (col) =>
      col.check(sql`char_length(lda_notification_late_reason) between 1 and 2000`),
    )
    .addColumn('data_subjects_informed', 'boolean')
    .addColumn('data_subjects_informed_on', 'date')
    .addColumn('data_subject_exemption', 'text', (col) =>
      col.check(
        sql`data_subject_exemption in ('DATA_UNINTELLIGIBLE','RISK_NO_LONGER_LIKELY','DISPROPORTIONATE_EFFORT')`,
      ),
    )
    .addColumn('data_subject_communication_note', 'text', (col) =>
      col.check(sql`char_length(data_subject_communication_note) between 1 and 2000`),
    )
    .execute();
  await db.schema
    .alterTable('security_incident')
    // An assessment has all three parts or none.
    .addCheckConstraint(
      'security_incident_breach_assessment',
      sql`(breach_risk is null) = (breach_risk_assessed_on is null) and (breach_risk is null) = (breach_risk_reasoning is null)`,
    )
    .execute();
  await db.schema
    .alterTable('security_incident')
    // Informed on a date, or not informed under an Art. 34(3) exemption; nothing while not recorded.
    .addCheckConstraint(
      'security_incident_data_subject_communication',
      sql`(data_subjects_informed is null and data_subjects_informed_on is null and data_subject_exemption is null)
        or (data_subjects_informed and data_subjects_informed_on is not null and data_subject_exemption is null)
        or (not data_subjects_informed and data_subjects_informed_on is null and data_subject_exemption is not null)`,
    )
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('security_incident')
    .dropConstraint('security_incident_data_subject_communication')
    .execute();
  await db.schema.alterTable('security_incident').dropConstraint('security_incident_breach_assessment').execute();
  await db.schema
    .alterTable('security_incident')
    .dropColumn('breach_risk')
    .dropColumn('breach_risk_assessed_on')
    .dropColumn('breach_risk_reasoning')
    .dropColumn('lda_notification_late_reason')
    .dropColumn('data_subjects_informed')
    .dropColumn('data_subjects_informed_on')
    .dropColumn('data_subject_exemption')
    .dropColumn('data_subject_communication_note')
    .execute();
}
