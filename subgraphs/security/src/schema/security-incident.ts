import {
  connectionType,
  entityById,
  listSize,
  requireScope,
  SAMPLE_RECORDS_NOTE,
  sampleFlagField,
  versionField,
} from '@kaz/subgraph-kit';
import { builder } from '../builder.ts';
import type { IncidentRow } from '../db/security-incident.ts';
import { IncidentCategoryEnum, IncidentSeverityEnum, IncidentStatusEnum } from './incident-enums.ts';
import { MunicipalityRef, OrganisationRef } from './refs.ts';
import { TlpEnum } from './tlp.ts';

const iso = (value: Date | null) => (value ? value.toISOString() : null);

export const SecurityIncidentRef = builder.objectRef<IncidentRow>('SecurityIncident');

export const SecurityIncidentConnection = connectionType(builder, SecurityIncidentRef, {
  description: 'A page of security incidents (only those the request may see).',
  item: 'A security incident',
  totalCountDescription: 'The number of incidents in the whole list that the request may see, across all pages.',
});

SecurityIncidentRef.implement({
  description:
    'A Sicherheitsvorfall (information security incident) in one or more Kommunen, as CERT-Brandenburg records it. ' +
    `Its TLP marking decides who may see it. ${SAMPLE_RECORDS_NOTE}`,
  fields: (t) => ({
    id: t.exposeID('id', {
      description:
        'Public reference of CERT-Brandenburg, e.g. "CERT-BB-7QK3-M9XA-2DHF": "CERT-BB-" and a random part, so that it ' +
        'cannot run out and tells nothing about other incidents (how many there are, when they were detected). ' +
        'Incidents reported before keep their numbered reference, e.g. "CERT-BB-2025-0042". The reference is shown only ' +
        'to those who may see the incident; there is no other, human-readable number, since any count would reveal hidden incidents.',
    }),
    title: t.exposeString('title', {
      description: 'Short title of the incident (German), naming the affected Kommune(n).',
    }),
    category: t.field({
      type: IncidentCategoryEnum,
      description: 'What kind of incident this is.',
      resolve: (i) => i.category,
    }),
    severity: t.field({
      type: IncidentSeverityEnum,
      description: 'How serious the incident is.',
      resolve: (i) => i.severity,
    }),
    status: t.field({ type: IncidentStatusEnum, description: 'Where the handling stands.', resolve: (i) => i.status }),
    tlp: t.field({
      type: TlpEnum,
      description: 'TLP 2.0 marking: how far the incident may be shared.',
      resolve: (i) => i.tlp,
    }),
    detectedAt: t.string({
      description: 'When the incident was detected (ISO 8601 timestamp, UTC); starts the 72-hour GDPR deadline.',
      resolve: (i) => i.detected_at.toISOString(),
    }),
    reportedAt: t.string({
      description: 'When it was reported to CERT-Brandenburg (ISO 8601, UTC); never before `detectedAt`.',
      resolve: (i) => i.reported_at.toISOString(),
    }),
    resolvedAt: t.string({
      nullable: true,
      description: 'When it was resolved (ISO 8601, UTC); only for RESOLVED and CLOSED incidents, null otherwise.',
      resolve: (i) => iso(i.resolved_at),
    }),
    affectedMunicipalities: t.field({
      directives: listSize(100),
      type: [MunicipalityRef],
      description: 'The Kommunen affected by the incident, ordered by ARS; at least one.',
      resolve: async (i, _args, ctx) =>
        (await ctx.loaders.affectedMunicipalities.load(i.id)).map((row) => ({ ars: row.ars })),
    }),
    reporter: t.field({
      type: OrganisationRef,
      nullable: true,
      description:
        'The partner organisation that reported the incident (e.g. ZIT-BB, DIKOM, Kaz); null when a Kommune reported it itself (see `reportingMunicipality`).',
      resolve: (i) => (i.reporter_organisation_id ? { id: i.reporter_organisation_id } : null),
    }),
    reportingMunicipality: t.field({
      type: MunicipalityRef,
      nullable: true,
      description:
        'The Kommune that reported the incident itself; null when a partner organisation reported it (see `reporter`).',
      resolve: (i) => (i.reporting_municipality_ars ? { ars: i.reporting_municipality_ars } : null),
    }),
    personalDataInvolved: t.exposeBoolean('personal_data_involved', {
      description:
        'True when personal data is affected (Verletzung des Schutzes personenbezogener Daten); then the LDA must be notified within 72 hours (GDPR Art. 33).',
    }),
    ldaNotificationDueAt: t.string({
      nullable: true,
      description:
        'Deadline for notifying the LDA (Landesbeauftragte für den Datenschutz, the data protection authority): exactly 72 hours after `detectedAt` (GDPR Art. 33); null when no personal data is involved.',
      resolve: (i) => iso(i.lda_notification_due_at),
    }),
    ldaNotifiedAt: t.string({
      nullable: true,
      description: 'When the LDA was notified (ISO 8601, UTC); null when not (yet) notified or not required.',
      resolve: (i) => iso(i.lda_notified_at),
    }),
    ldaNotificationOverdue: t.boolean({
      description:
        'True when the LDA notification deadline has passed (as of now) and the LDA has not been notified, unless the breach was ' +
        'assessed as UNLIKELY to result in a risk (`breachRisk`; then no notification is required, GDPR Art. 33(1)).',
      resolve: (i, _args, ctx) =>
        i.lda_notification_due_at != null &&
        i.breach_risk !== 'UNLIKELY' &&
        i.lda_notified_at == null &&
        i.lda_notification_due_at.getTime() < ctx.clock.now().getTime(),
    }),
    // Nullable, so that a denied read is an error on this field alone and the rest of the incident
    // (and of a list of incidents) stays intact.
    recipients: t.stringList({
      directives: listSize(50),
      nullable: true,
      description:
        'The named recipients of the incident (TLP 2.0): organisation keys (e.g. "lda") and Kommune ARS that may see it whatever its marking, ordered; empty when there are none. ' +
        'Only for CERT-Brandenburg (scope security:read): UNAUTHENTICATED without a token, FORBIDDEN otherwise (the field is then null).',
      resolve: async (i, _args, ctx) => {
        requireScope(ctx.principal, 'security:read');
        return (await ctx.loaders.recipientsByIncident.load(i.id)).map((row) => row.recipient);
      },
    }),
    version: versionField(t, 'incident'),
    isSample: sampleFlagField(t),
  }),
});

// A reference to an incident the request may not see resolves to null, exactly like an unknown id.
entityById(builder, SecurityIncidentRef, (id, ctx) => ctx.loaders.incidentById.load(id));
