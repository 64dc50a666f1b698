import {
  badUserInput,
  expectVersion,
  parseKommuneArsList,
  parsePastTimestamp,
  parseText,
  parseVersion,
  runMutation,
  versionInputField,
} from '@kaz/subgraph-kit';
import { incidentVisibility, requireBreachRecord, requireIncidentReport } from '../access.ts';
import { builder } from '../builder.ts';
import { insertIncident, lockVisibleIncident, newIncidentId, updateIncident } from '../db/incident-writes.ts';
import {
  INCIDENT_TITLE_MAX,
  ldaNotificationDue,
  parseIncidentId,
  parseIncidentStatusMove,
  parseLdaNotification,
  parseRecipients,
} from '../validation.ts';
import { lockBreachIncident } from './breach.ts';
import { IncidentCategoryEnum, IncidentSeverityEnum, IncidentStatusEnum } from './incident-enums.ts';
import { SecurityIncidentRef } from './security-incident.ts';
import { TlpEnum } from './tlp.ts';

const ReportIncidentInput = builder.inputType('ReportIncidentInput', {
  description:
    'A new Sicherheitsvorfall (security incident), reported by CERT-Brandenburg or by the affected Kommune itself.',
  fields: (t) => ({
    title: t.string({
      required: true,
      description: 'Short title (German), e.g. naming the affected Kommune(n); 1 to 200 characters.',
    }),
    category: t.field({ type: IncidentCategoryEnum, required: true, description: 'What kind of incident this is.' }),
    severity: t.field({ type: IncidentSeverityEnum, required: true, description: 'How serious the incident is.' }),
    tlp: t.field({
      type: TlpEnum,
      required: true,
      description: 'TLP 2.0 marking: decides who may see the incident.',
    }),
    detectedAt: t.string({
      required: true,
      description:
        'When the incident was detected: an ISO 8601 timestamp with a zone, e.g. "2025-03-31T14:00:00Z"; not in the future. ' +
        'Starts the 72-hour LDA deadline.',
    }),
    affectedMunicipalityArs: t.idList({
      required: true,
      description:
        'The Kommunen affected (12-digit ARS of real Kommunen, Landkreise and Ämter included), at least one, none twice. ' +
        'A Kommune reporting itself may only name its own ARS.',
    }),
    personalDataInvolved: t.boolean({
      required: true,
      description: 'True when personal data is affected; then the LDA must be notified within 72 hours (GDPR Art. 33).',
    }),
    recipients: t.stringList({
      required: false,
      description:
        'Named recipients who may see the incident whatever its marking: organisation keys (e.g. "lda") or Kommune ARS, none twice. Default: none.',
    }),
  }),
});

const ChangeIncidentStatusInput = builder.inputType('ChangeIncidentStatusInput', {
  description: 'Moves an incident forward in its lifecycle.',
  fields: (t) => ({
    id: t.id({
      required: true,
      description: 'Reference of the incident, e.g. "CERT-BB-7QK3-M9XA-2DHF" (or an older "CERT-BB-2025-0042").',
    }),
    version: versionInputField(t, 'incident'),
    status: t.field({
      type: IncidentStatusEnum,
      required: true,
      description:
        'The new status, later in REPORTED → TRIAGED → CONTAINED → RESOLVED → CLOSED than the current one; steps may be skipped ' +
        '(e.g. REPORTED → CLOSED for a false positive), never gone back.',
    }),
  }),
});

const RecordLdaNotificationInput = builder.inputType('RecordLdaNotificationInput', {
  description: 'Records that the LDA (data protection authority) was notified of an incident with personal data.',
  fields: (t) => ({
    id: t.id({
      required: true,
      description: 'Reference of the incident, e.g. "CERT-BB-7QK3-M9XA-2DHF" (or an older "CERT-BB-2025-0042").',
    }),
    version: versionInputField(t, 'incident'),
    notifiedAt: t.string({
      required: true,
      description:
        'When the LDA was notified: an ISO 8601 timestamp with a zone; not before `detectedAt`, not in the future.',
    }),
    lateReason: t.string({
      required: false,
      description:
        'Why the notification came later than 72 hours after detection (GDPR Art. 33(1)): required when `notifiedAt` is after ' +
        '`ldaNotificationDueAt`, else empty; 1 to 2000 characters.',
    }),
  }),
});

builder.mutationFields((t) => ({
  reportIncident: t.field({
    type: SecurityIncidentRef,
    description:
      'Reports a new security incident (status REPORTED, reported now) with a new random reference "CERT-BB-XXXX-XXXX-XXXX" ' +
      '(nothing in it counts incidents or tells when they were detected). ' +
      'Needs the scope security:write, or a Kommune token when the incident affects only that Kommune. ' +
      'The reporter is the token’s organisation, or the Kommune; a Kommune reporting a TLP:RED incident becomes ' +
      'one of its named recipients, so that it sees on every path what it reported.',
    args: { input: t.arg({ type: ReportIncidentInput, required: true, description: 'The incident.' }) },
    resolve: (_root, { input }, ctx, info) =>
      runMutation(
        ctx,
        info,
        (known) => requireIncidentReport(known, input.affectedMunicipalityArs),
        async (principal) => {
          const now = ctx.clock.now();
          const title = parseText('input.title', input.title, INCIDENT_TITLE_MAX);
          const detectedAt = parsePastTimestamp('input.detectedAt', input.detectedAt, ctx.clock);
          const affected = parseKommuneArsList('input.affectedMunicipalityArs', input.affectedMunicipalityArs);
          const named = parseRecipients('input.recipients', input.recipients ?? []);
          const kommune = principal.kind === 'municipality';
          // A Kommune that reports a TLP:RED incident is named as its recipient: otherwise the answer to
          // its own mutation would show an incident that every other path hides from it (TLP table).
          const recipients =
            kommune && input.tlp === 'RED' && !named.includes(principal.org) ? [...named, principal.org] : named;
          // The reference is only known inside the transaction, so the outcome names the entity.
          return {
            entityType: 'SecurityIncident',
            entityId: '',
            work: async (trx) => {
              const id = await newIncidentId(trx);
              const row = await insertIncident(
                trx,
                {
                  id,
                  title,
                  category: input.category,
                  severity: input.severity,
                  status: 'REPORTED',
                  tlp: input.tlp,
                  detected_at: detectedAt,
                  reported_at: now,
                  resolved_at: null,
                  reporter_organisation_id: kommune ? null : principal.org,
                  reporting_municipality_ars: kommune ? principal.org : null,
                  personal_data_involved: input.personalDataInvolved,
                  lda_notification_due_at: ldaNotificationDue(detectedAt, input.personalDataInvolved),
                  lda_notified_at: null,
                  is_sample: false,
                },
                affected,
                recipients,
              );
              return {
                before: null,
                after: { ...row, affected_municipality_ars: affected, recipients },
                result: row,
                entityId: id,
              };
            },
          };
        },
      ),
  }),

  changeIncidentStatus: t.field({
    type: SecurityIncidentRef,
    description:
      'Moves an incident forward in its lifecycle (REPORTED → TRIAGED → CONTAINED → RESOLVED → CLOSED; steps may be skipped). ' +
      'Entering RESOLVED, or CLOSED without having been resolved, sets `resolvedAt` to now. Needs the scope security:write.',
    args: {
      input: t.arg({ type: ChangeIncidentStatusInput, required: true, description: 'Incident and new status.' }),
    },
    resolve: (_root, { input }, ctx, info) =>
      runMutation(ctx, info, 'security:write', async (principal) => {
        const id = parseIncidentId('input.id', input.id);
        const version = parseVersion('input.version', input.version);
        return {
          entityType: 'SecurityIncident',
          entityId: id,
          work: async (trx) => {
            const before = expectVersion(
              await lockVisibleIncident(trx, incidentVisibility(principal), id),
              version,
              `incident ${id}`,
            );
            const status = parseIncidentStatusMove('input.status', before.status, input.status);
            const resolves = status === 'RESOLVED' || (status === 'CLOSED' && before.resolved_at == null);
            const after = await updateIncident(trx, id, {
              status,
              ...(resolves ? { resolved_at: ctx.clock.now() } : {}),
            });
            return { before, after, result: after };
          },
        };
      }),
  }),

  recordLdaNotification: t.field({
    type: SecurityIncidentRef,
    description:
      'Records when the LDA was notified of an incident with personal data (GDPR Art. 33), with the reasons when later than 72 hours; ' +
      'once per incident. Needs the scope security:write, or a Kommune token (the controller) for an incident that affects only that Kommune.',
    args: {
      input: t.arg({
        type: RecordLdaNotificationInput,
        required: true,
        description: 'Incident and notification time.',
      }),
    },
    resolve: (_root, { input }, ctx, info) =>
      runMutation(ctx, info, requireBreachRecord, async (principal) => {
        const id = parseIncidentId('input.id', input.id);
        const version = parseVersion('input.version', input.version);
        const notifiedAt = parsePastTimestamp('input.notifiedAt', input.notifiedAt, ctx.clock);
        const lateReason = input.lateReason == null ? null : parseText('input.lateReason', input.lateReason, 2000);
        return {
          entityType: 'SecurityIncident',
          entityId: id,
          work: async (trx) => {
            const before = await lockBreachIncident(trx, principal, id, version);
            parseLdaNotification({ id: 'input.id', notifiedAt: 'input.notifiedAt' }, notifiedAt, before);
            if (before.lda_notified_at != null) {
              throw badUserInput(
                'input.id',
                `the LDA notification of ${id} was already recorded (${before.lda_notified_at.toISOString()})`,
              );
            }
            const due = before.lda_notification_due_at;
            const late = due != null && notifiedAt.getTime() > due.getTime();
            if (late && lateReason == null) {
              throw badUserInput(
                'input.lateReason',
                `is required: the notification is later than 72 hours after detection (due ${due.toISOString()}, GDPR Art. 33(1))`,
              );
            }
            if (!late && lateReason != null) {
              throw badUserInput('input.lateReason', 'must be empty for a notification within 72 hours of detection');
            }
            const after = await updateIncident(trx, id, {
              lda_notified_at: notifiedAt,
              lda_notification_late_reason: lateReason,
            });
            return { before, after, result: after };
          },
        };
      }),
  }),
}));
