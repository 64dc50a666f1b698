import {
  badUserInput,
  expectVersion,
  parsePastDate,
  parseText,
  parseVersion,
  runMutation,
  versionInputField,
} from '@kaz/subgraph-kit';
import type { Kysely } from 'kysely';
import { incidentVisibility, requireBreachRecord, requireBreachRecordOf } from '../access.ts';
import { builder } from '../builder.ts';
import type { Database } from '../db/database.ts';
import { findAffectedMunicipalities } from '../db/incident-relations.ts';
import { lockVisibleIncident, updateIncident } from '../db/incident-writes.ts';
import type { BreachRisk, DataSubjectExemption, IncidentRow } from '../db/security-incident.ts';
import { parseIncidentId } from '../validation.ts';
import { SecurityIncidentRef } from './security-incident.ts';

/** The longest reasoning, late reason or note on a GDPR record. */
const GDPR_TEXT_MAX = 2000;

export const BreachRiskEnum = builder.enumType('BreachRisk', {
  description:
    'How likely a Verletzung des Schutzes personenbezogener Daten (personal data breach) is to result in a risk to the ' +
    'rights and freedoms of the persons affected, as the controller (the Kommune, Verantwortlicher) assessed it (GDPR Art. 33(1), 34(1)).',
  values: {
    UNLIKELY: {
      description:
        'Voraussichtlich kein Risiko: unlikely to result in a risk; then the LDA need not be notified (Art. 33(1)); the reasons must be documented (Art. 33(5)).',
    },
    RISK: { description: 'Risiko: a risk; the LDA must be notified within 72 hours (Art. 33(1)).' },
    HIGH_RISK: {
      description:
        'Hohes Risiko: a high risk; the LDA must be notified and the persons affected informed without undue delay (Art. 34(1)), unless Art. 34(3) applies.',
    },
  } satisfies Record<BreachRisk, { description: string }>,
});

export const DataSubjectExemptionEnum = builder.enumType('DataSubjectExemption', {
  description: 'Why the persons affected by a high-risk breach need not be informed (GDPR Art. 34(3)).',
  values: {
    DATA_UNINTELLIGIBLE: {
      description:
        'Art. 34(3)(a): the data were protected so that they are unintelligible to anyone not authorised, e.g. encrypted.',
    },
    RISK_NO_LONGER_LIKELY: {
      description:
        'Art. 34(3)(b): measures taken afterwards ensure that the high risk is no longer likely to materialise.',
    },
    DISPROPORTIONATE_EFFORT: {
      description:
        'Art. 34(3)(c): informing each person would involve disproportionate effort; a public communication was made instead.',
    },
  } satisfies Record<DataSubjectExemption, { description: string }>,
});

/** True when the LDA must be notified of the incident: personal data, and not assessed as unlikely to be a risk. */
export function ldaNotificationRequired(i: IncidentRow): boolean {
  return i.personal_data_involved && i.breach_risk !== 'UNLIKELY';
}

builder.objectFields(SecurityIncidentRef, (t) => ({
  breachRisk: t.field({
    type: BreachRiskEnum,
    nullable: true,
    description:
      'The controller’s assessment of the risk to the persons affected (GDPR Art. 33(1)); null while not assessed or without personal data. ' +
      'Recorded by CERT-Brandenburg or by the Kommune itself (assessBreachRisk).',
    resolve: (i) => i.breach_risk,
  }),
  breachRiskAssessedOn: t.exposeString('breach_risk_assessed_on', {
    nullable: true,
    description: 'Date (YYYY-MM-DD) of the risk assessment; null while not assessed.',
  }),
  breachRiskReasoning: t.exposeString('breach_risk_reasoning', {
    nullable: true,
    description: 'Why the breach was assessed so (documented as Art. 33(5) requires); null while not assessed.',
  }),
  ldaNotificationRequired: t.boolean({
    description:
      'True when the LDA must be notified (GDPR Art. 33(1)): personal data involved and not assessed as UNLIKELY to result in a risk.',
    resolve: (i) => ldaNotificationRequired(i),
  }),
  ldaNotificationLateReason: t.exposeString('lda_notification_late_reason', {
    nullable: true,
    description:
      'Why the LDA was notified later than 72 hours after detection (Art. 33(1): "accompanied by reasons for the delay"); null when in time or not notified.',
  }),
  ldaNotifiedLate: t.boolean({
    description: 'True when the LDA was notified after the 72-hour deadline (`ldaNotificationDueAt`).',
    resolve: (i) =>
      i.lda_notified_at != null &&
      i.lda_notification_due_at != null &&
      i.lda_notified_at.getTime() > i.lda_notification_due_at.getTime(),
  }),
  dataSubjectsInformed: t.exposeBoolean('data_subjects_informed', {
    nullable: true,
    description:
      'Art. 34: true when the persons affected were informed (Benachrichtigung der betroffenen Personen), false when not under an ' +
      'Art. 34(3) exemption (`dataSubjectExemption`); null while not recorded.',
  }),
  dataSubjectsInformedOn: t.exposeString('data_subjects_informed_on', {
    nullable: true,
    description: 'Date (YYYY-MM-DD) the persons affected were informed; null unless `dataSubjectsInformed`.',
  }),
  dataSubjectExemption: t.field({
    type: DataSubjectExemptionEnum,
    nullable: true,
    description:
      'Why the persons affected were not informed (Art. 34(3)); null unless `dataSubjectsInformed` is false.',
    resolve: (i) => i.data_subject_exemption,
  }),
  dataSubjectCommunicationNote: t.exposeString('data_subject_communication_note', {
    nullable: true,
    description: 'How the persons affected were informed, or more on the exemption; null when none was given.',
  }),
}));

const AssessBreachRiskInput = builder.inputType('AssessBreachRiskInput', {
  description: 'The controller’s assessment of the risk of a personal data breach (GDPR Art. 33(1), 34(1)).',
  fields: (t) => ({
    id: t.id({ required: true, description: 'Reference of the incident, e.g. "CERT-BB-7QK3-M9XA-2DHF".' }),
    version: versionInputField(t, 'incident'),
    risk: t.field({ type: BreachRiskEnum, required: true, description: 'The assessed risk.' }),
    assessedOn: t.string({
      required: true,
      description: 'Date of the assessment (YYYY-MM-DD): not before the day of detection (UTC), not in the future.',
    }),
    reasoning: t.string({
      required: true,
      description: `Why the breach is assessed so (Art. 33(5)); 1 to ${GDPR_TEXT_MAX} characters.`,
    }),
  }),
});

const RecordDataSubjectCommunicationInput = builder.inputType('RecordDataSubjectCommunicationInput', {
  description: 'Whether the persons affected by a personal data breach were informed (GDPR Art. 34), when, or why not.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'Reference of the incident, e.g. "CERT-BB-7QK3-M9XA-2DHF".' }),
    version: versionInputField(t, 'incident'),
    informed: t.boolean({ required: true, description: 'True when the persons affected were informed.' }),
    informedOn: t.string({
      required: false,
      description:
        'Date they were informed (YYYY-MM-DD), required when `informed`, else empty: not before the day of detection (UTC), not in the future.',
    }),
    exemption: t.field({
      type: DataSubjectExemptionEnum,
      required: false,
      description: 'The Art. 34(3) exemption, required when not `informed`, else empty.',
    }),
    note: t.string({
      required: false,
      description: `How they were informed, or more on the exemption; at most ${GDPR_TEXT_MAX} characters.`,
    }),
  }),
});

/** `date` as a day of the incident: not before the day (UTC) it was detected; BAD_USER_INPUT on `field` otherwise. */
function notBeforeDetection(field: string, date: string, incident: IncidentRow): string {
  const detectedOn = incident.detected_at.toISOString().slice(0, 10);
  if (date < detectedOn) throw badUserInput(field, `must not be before the incident was detected (${detectedOn})`);
  return date;
}

/** BAD_USER_INPUT on `field` unless the incident involves personal data (only then do Art. 33/34 apply). */
function requirePersonalData(field: string, incident: IncidentRow): void {
  if (!incident.personal_data_involved) {
    throw badUserInput(field, `${incident.id} involves no personal data, so GDPR Art. 33/34 do not apply`);
  }
}

/**
 * The incident `id` locked for the transaction, as the principal may change it (rule write.incident.breach):
 * NOT_FOUND when missing or hidden, CONFLICT on a stale version, FORBIDDEN for a Kommune when it affects another one too.
 */
export async function lockBreachIncident(
  trx: Kysely<Database>,
  principal: Parameters<typeof requireBreachRecordOf>[0],
  id: string,
  version: number,
): Promise<IncidentRow> {
  const before = expectVersion(
    await lockVisibleIncident(trx, incidentVisibility(principal), id),
    version,
    `incident ${id}`,
  );
  const affected = await findAffectedMunicipalities(trx, [id]);
  requireBreachRecordOf(
    principal,
    affected.map((row) => row.ars),
  );
  return before;
}

builder.mutationFields((t) => ({
  assessBreachRisk: t.field({
    type: SecurityIncidentRef,
    description:
      'Records (or revises) the controller’s assessment of the risk of a personal data breach (GDPR Art. 33(1)): UNLIKELY means no ' +
      'notification to the LDA is required. Needs the scope security:write, or a Kommune token for an incident that affects only that Kommune.',
    args: { input: t.arg({ type: AssessBreachRiskInput, required: true, description: 'Incident and assessment.' }) },
    resolve: (_root, { input }, ctx, info) =>
      runMutation(ctx, info, requireBreachRecord, async (principal) => {
        const id = parseIncidentId('input.id', input.id);
        const version = parseVersion('input.version', input.version);
        const assessedOn = parsePastDate('input.assessedOn', input.assessedOn, ctx.clock);
        const reasoning = parseText('input.reasoning', input.reasoning, GDPR_TEXT_MAX);
        return {
          entityType: 'SecurityIncident',
          entityId: id,
          work: async (trx) => {
            const before = await lockBreachIncident(trx, principal, id, version);
            requirePersonalData('input.id', before);
            notBeforeDetection('input.assessedOn', assessedOn, before);
            const after = await updateIncident(trx, id, {
              breach_risk: input.risk,
              breach_risk_assessed_on: assessedOn,
              breach_risk_reasoning: reasoning,
            });
            return { before, after, result: after };
          },
        };
      }),
  }),

  recordDataSubjectCommunication: t.field({
    type: SecurityIncidentRef,
    description:
      'Records whether the persons affected by a personal data breach were informed (GDPR Art. 34), when, or under which Art. 34(3) ' +
      'exemption they were not; once per incident. Needs the scope security:write, or a Kommune token for an incident that affects only that Kommune.',
    args: {
      input: t.arg({
        type: RecordDataSubjectCommunicationInput,
        required: true,
        description: 'Incident and communication.',
      }),
    },
    resolve: (_root, { input }, ctx, info) =>
      runMutation(ctx, info, requireBreachRecord, async (principal) => {
        const id = parseIncidentId('input.id', input.id);
        const version = parseVersion('input.version', input.version);
        let informedOn: string | null = null;
        if (input.informed) {
          if (input.informedOn == null) throw badUserInput('input.informedOn', 'is required when informed is true');
          if (input.exemption != null) throw badUserInput('input.exemption', 'must be empty when informed is true');
          informedOn = parsePastDate('input.informedOn', input.informedOn, ctx.clock);
        } else {
          if (input.exemption == null) {
            throw badUserInput('input.exemption', 'is required when informed is false (an exemption of Art. 34(3))');
          }
          if (input.informedOn != null) throw badUserInput('input.informedOn', 'must be empty when informed is false');
        }
        const note = input.note == null ? null : parseText('input.note', input.note, GDPR_TEXT_MAX);
        return {
          entityType: 'SecurityIncident',
          entityId: id,
          work: async (trx) => {
            const before = await lockBreachIncident(trx, principal, id, version);
            requirePersonalData('input.id', before);
            if (before.data_subjects_informed != null) {
              throw badUserInput('input.id', `the Art. 34 communication of ${id} was already recorded`);
            }
            if (informedOn) notBeforeDetection('input.informedOn', informedOn, before);
            const after = await updateIncident(trx, id, {
              data_subjects_informed: input.informed,
              data_subjects_informed_on: informedOn,
              data_subject_exemption: input.informed ? null : (input.exemption ?? null),
              data_subject_communication_note: note,
            });
            return { before, after, result: after };
          },
        };
      }),
  }),
}));
