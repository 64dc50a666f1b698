import {
  chunksOf,
  notBefore,
  parseKommuneArs,
  parseKommuneArsList,
  parseOrganisationKey,
  parsePastTimestamp,
  parseText,
} from '@kaz/subgraph-kit';
import {
  booleanOf,
  type ChunkOutcome,
  collectIssues,
  listOf,
  type RecordColumn,
  type RecordType,
  type RecordValues,
  sameRecord,
  textOf,
  textOrNullOf,
} from '@kaz/subgraph-kit/records';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/database.ts';
import {
  INCIDENT_CATEGORIES,
  INCIDENT_SEVERITIES,
  INCIDENT_STATUSES,
  type IncidentRow,
  type IncidentStatus,
  type NewIncident,
} from '../db/security-incident.ts';
import { TLP_LEVELS, type Tlp } from '../db/visibility.ts';
import {
  INCIDENT_TITLE_MAX,
  ldaNotificationDue,
  parseIncidentId,
  parseIncidentStatusMove,
  parseLdaNotification,
  parseRecipients,
  parseResolvedAt,
} from '../validation.ts';

/** An incident as one row of an import file gives it, checked: its row, the Kommunen it affects, its named recipients. */
export interface IncidentRecord {
  row: NewIncident & { id: string; detected_at: Date };
  affected: string[];
  recipients: string[];
}

const timestamp = 'ISO 8601 with a zone, e.g. 2025-03-31T14:00:00Z';

const columns: readonly RecordColumn[] = [
  {
    name: 'id',
    kind: 'text',
    required: true,
    description:
      'CERT reference of the incident, "CERT-BB-<year>-<nnnn>" (archive) or "CERT-BB-XXXX-XXXX-XXXX". A reference the hub knows updates that incident; a new one creates it.',
    example: 'CERT-BB-2024-0042',
  },
  {
    name: 'title',
    kind: 'text',
    required: true,
    description: `Short title (German), 1 to ${INCIDENT_TITLE_MAX} characters.`,
    example: 'Phishing-Welle gegen die Stadtverwaltung Potsdam',
  },
  {
    name: 'category',
    kind: 'text',
    required: true,
    allowed: INCIDENT_CATEGORIES,
    description: 'What kind of incident this is.',
    example: 'PHISHING',
  },
  {
    name: 'severity',
    kind: 'text',
    required: true,
    allowed: INCIDENT_SEVERITIES,
    description: 'How serious it is.',
    example: 'HIGH',
  },
  {
    name: 'status',
    kind: 'text',
    required: true,
    allowed: INCIDENT_STATUSES,
    description:
      'Where its handling stands; a known incident may only move forward (REPORTED → TRIAGED → CONTAINED → RESOLVED → CLOSED).',
    example: 'CLOSED',
  },
  {
    name: 'tlp',
    kind: 'text',
    required: true,
    allowed: TLP_LEVELS,
    description: 'Traffic Light Protocol 2.0 marking that decides who may see it (AMBER_STRICT is AMBER+STRICT).',
    example: 'AMBER',
  },
  {
    name: 'detectedAt',
    kind: 'timestamp',
    required: true,
    description: `When it was detected (${timestamp}); not in the future.`,
    example: '2024-05-06T08:15:00.000Z',
  },
  {
    name: 'reportedAt',
    kind: 'timestamp',
    required: true,
    description: `When it was reported to CERT-Brandenburg (${timestamp}); not before detectedAt, not in the future.`,
    example: '2024-05-06T09:00:00.000Z',
  },
  {
    name: 'resolvedAt',
    kind: 'timestamp',
    required: false,
    description: `When it was resolved (${timestamp}): given exactly for RESOLVED and CLOSED incidents; not before detectedAt, not in the future.`,
    example: '2024-05-08T16:30:00.000Z',
  },
  {
    name: 'reporterOrganisationId',
    kind: 'text',
    required: false,
    description:
      'Organisation key of the reporter (e.g. "zit_bb", whose CERT-Brandenburg handles incidents); give this or reportingMunicipalityArs, not both.',
    example: 'zit_bb',
  },
  {
    name: 'reportingMunicipalityArs',
    kind: 'text',
    required: false,
    description: 'ARS of the Kommune that reported it itself; give this or reporterOrganisationId, not both.',
    example: '',
  },
  {
    name: 'affectedMunicipalityArs',
    kind: 'list',
    required: true,
    description: 'The 12-digit ARS of the Kommunen affected: at least one, each a Kommune of Brandenburg, none twice.',
    example: '120540000000',
  },
  {
    name: 'personalDataInvolved',
    kind: 'boolean',
    required: true,
    description:
      'Whether personal data is affected; then the LDA (data protection authority) must be notified within 72 hours (Art. 33 DSGVO).',
    example: 'true',
  },
  {
    name: 'ldaNotifiedAt',
    kind: 'timestamp',
    required: false,
    description: `When the LDA was notified (${timestamp}); only with personal data, not before detectedAt, not in the future; empty when not (yet) notified.`,
    example: '2024-05-07T10:00:00.000Z',
  },
  {
    name: 'recipients',
    kind: 'list',
    required: false,
    description:
      'Named recipients who may see it whatever its marking: organisation keys (e.g. "lda") or Kommune ARS, none twice. A Kommune that reported a TLP:RED incident itself is always one.',
    example: 'lda',
  },
];

/** The incident as the audit log keeps it: its row, the Kommunen it affects, its named recipients. */
function incidentSnapshot(row: IncidentRow, affected: readonly string[], recipients: readonly string[]) {
  return { ...row, affected_municipality_ars: affected, recipients };
}

/** The Kommunen and named recipients of each incident of `ids` (two statements), each sorted. */
async function findIncidentLists(db: Kysely<Database>, ids: readonly string[]) {
  const lists = new Map(ids.map((id) => [id, { affected: [] as string[], recipients: [] as string[] }]));
  if (ids.length === 0) return lists;
  const affected = await db
    .selectFrom('security_incident_municipality')
    .select(['incident_id', 'ars'])
    .where('incident_id', 'in', ids)
    .orderBy('incident_id')
    .orderBy('ars')
    .execute();
  const recipients = await db
    .selectFrom('incident_recipient')
    .select(['incident_id', 'recipient'])
    .where('incident_id', 'in', ids)
    .orderBy('incident_id')
    .orderBy('recipient')
    .execute();
  for (const row of affected) lists.get(row.incident_id)?.affected.push(row.ars);
  for (const row of recipients) lists.get(row.incident_id)?.recipients.push(row.recipient);
  return lists;
}

/** The fields of an incident that no mutation changes once it is reported; an import may not change them either. */
const FIXED_FIELDS = [
  ['title', 'title'],
  ['category', 'category'],
  ['severity', 'severity'],
  ['tlp', 'tlp'],
  ['detected_at', 'detectedAt'],
  ['reported_at', 'reportedAt'],
  ['reporter_organisation_id', 'reporterOrganisationId'],
  ['reporting_municipality_ars', 'reportingMunicipalityArs'],
  ['personal_data_involved', 'personalDataInvolved'],
] as const;

const written = (value: unknown) => (value instanceof Date ? value.toISOString() : String(value));

/** A security incident of CERT-Brandenburg (security subgraph): CERT's incident archive. */
export const incidentRecords: RecordType<Database, IncidentRecord> = {
  name: 'SecurityIncident',
  subgraph: 'security',
  writeScope: 'security:write',
  columns,
  keyDescription: 'incident reference',
  parse(values, check, clock) {
    const id = check('id', () => parseIncidentId('id', textOf(values, 'id')));
    const title = check('title', () => parseText('title', textOf(values, 'title'), INCIDENT_TITLE_MAX));
    const status = textOf(values, 'status') as IncidentStatus;
    const tlp = textOf(values, 'tlp') as Tlp;
    const detectedAt = check('detectedAt', () => parsePastTimestamp('detectedAt', textOf(values, 'detectedAt'), clock));
    const reportedAt = check('reportedAt', () => {
      const at = parsePastTimestamp('reportedAt', textOf(values, 'reportedAt'), clock);
      if (detectedAt) notBefore('reportedAt', at, detectedAt, 'detectedAt');
      return at;
    });
    const resolvedText = textOrNullOf(values, 'resolvedAt');
    const resolvedAt = check('resolvedAt', () => {
      const at = resolvedText === null ? null : parsePastTimestamp('resolvedAt', resolvedText, clock);
      return detectedAt ? parseResolvedAt('resolvedAt', status, at, detectedAt) : at;
    });
    const organisation = textOrNullOf(values, 'reporterOrganisationId');
    const kommune = textOrNullOf(values, 'reportingMunicipalityArs');
    const reporter = check('reporterOrganisationId', () => {
      if ((organisation === null) === (kommune === null)) {
        throw new Error('give either reporterOrganisationId or reportingMunicipalityArs, exactly one of them');
      }
      return {
        organisation: organisation === null ? null : parseOrganisationKey('reporterOrganisationId', organisation),
        kommune: kommune === null ? null : parseKommuneArs('reportingMunicipalityArs', kommune),
      };
    });
    const affected = check('affectedMunicipalityArs', () =>
      parseKommuneArsList('affectedMunicipalityArs', listOf(values, 'affectedMunicipalityArs')),
    );
    const personalData = booleanOf(values, 'personalDataInvolved', false);
    const notifiedText = textOrNullOf(values, 'ldaNotifiedAt');
    const notifiedAt = check('ldaNotifiedAt', () => {
      if (notifiedText === null) return null;
      const at = parsePastTimestamp('ldaNotifiedAt', notifiedText, clock);
      if (!detectedAt || !id) return at;
      return parseLdaNotification({ id: 'personalDataInvolved', notifiedAt: 'ldaNotifiedAt' }, at, {
        id,
        personal_data_involved: personalData,
        detected_at: detectedAt,
      });
    });
    const named = check('recipients', () => parseRecipients('recipients', listOf(values, 'recipients')));
    if (
      id === undefined ||
      title === undefined ||
      detectedAt === undefined ||
      reportedAt === undefined ||
      resolvedAt === undefined ||
      reporter === undefined ||
      affected === undefined ||
      notifiedAt === undefined ||
      named === undefined
    ) {
      return undefined;
    }
    // As reportIncident: a Kommune that reports a TLP:RED incident is named as its recipient, so that
    // it sees what it reported.
    const recipients =
      reporter.kommune && tlp === 'RED' && !named.includes(reporter.kommune)
        ? [...named, reporter.kommune].sort()
        : named;
    return {
      row: {
        id,
        title,
        category: textOf(values, 'category') as NewIncident['category'],
        severity: textOf(values, 'severity') as NewIncident['severity'],
        status,
        tlp,
        detected_at: detectedAt,
        reported_at: reportedAt,
        resolved_at: resolvedAt,
        reporter_organisation_id: reporter.organisation,
        reporting_municipality_ars: reporter.kommune,
        personal_data_involved: personalData,
        lda_notification_due_at: ldaNotificationDue(detectedAt, personalData),
        lda_notified_at: notifiedAt,
        is_sample: false,
      },
      affected,
      recipients,
    };
  },
  keyOf: (record) => record.row.id,
  async writeChunk(trx, rows): Promise<ChunkOutcome> {
    const ids = rows.map((row) => row.record.row.id);
    const stored = new Map(
      (await trx.selectFrom('security_incident').selectAll().where('id', 'in', ids).forUpdate().execute()).map(
        (row) => [row.id, row],
      ),
    );
    const storedLists = await findIncidentLists(trx, [...stored.keys()]);

    const outcome: ChunkOutcome = { issues: [], changes: [], inserted: 0, updated: 0, unchanged: 0 };
    const writes: { record: IncidentRecord; before?: IncidentRow | undefined }[] = [];
    for (const { line, record } of rows) {
      const before = stored.get(record.row.id);
      const lists = storedLists.get(record.row.id);
      const wanted = record.row;
      const issues = collectIssues(line, (check) => {
        if (!before || !lists) return;
        check('id', () => {
          if (before.is_sample) throw new Error(`${wanted.id} is a sample incident; sample data is not imported over`);
        });
        for (const [column, field] of FIXED_FIELDS) {
          check(field, () => {
            if (written(before[column]) !== written(wanted[column])) {
              throw new Error(`is ${written(before[column])} and cannot change once the incident is reported`);
            }
          });
        }
        check('affectedMunicipalityArs', () => {
          if (lists.affected.join() !== record.affected.join())
            throw new Error('cannot change once the incident is reported');
        });
        check('recipients', () => {
          if (lists.recipients.join() !== record.recipients.join())
            throw new Error('cannot change once the incident is reported');
        });
        if (before.status !== wanted.status) {
          check('status', () => parseIncidentStatusMove('status', before.status, wanted.status as IncidentStatus));
        }
        check('resolvedAt', () => {
          if (before.resolved_at && written(before.resolved_at) !== written(wanted.resolved_at)) {
            throw new Error(`was recorded already (${before.resolved_at.toISOString()}) and cannot change`);
          }
        });
        check('ldaNotifiedAt', () => {
          if (before.lda_notified_at && written(before.lda_notified_at) !== written(wanted.lda_notified_at)) {
            throw new Error(`the LDA notification was already recorded (${before.lda_notified_at.toISOString()})`);
          }
        });
      });
      if (issues.length > 0) {
        outcome.issues.push(...issues);
        continue;
      }
      if (
        before &&
        lists &&
        sameRecord(
          incidentSnapshot(before, lists.affected, lists.recipients),
          incidentSnapshot({ ...before, ...wanted } as IncidentRow, record.affected, record.recipients),
        )
      ) {
        outcome.unchanged++;
        continue;
      }
      writes.push({ record, before });
    }
    if (writes.length === 0) return outcome;
    const stored2 = await trx
      .insertInto('security_incident')
      .values(writes.map((write) => write.record.row))
      .onConflict((oc) =>
        oc.column('id').doUpdateSet((eb) => ({
          status: eb.ref('excluded.status'),
          resolved_at: eb.ref('excluded.resolved_at'),
          lda_notified_at: eb.ref('excluded.lda_notified_at'),
          version: sql`security_incident.version + 1`,
          updated_at: sql`now()`,
        })),
      )
      .returningAll()
      .execute();
    const rowsById = new Map(stored2.map((row) => [row.id, row]));
    const created = writes.filter((write) => !write.before).map((write) => write.record);
    const affected = created.flatMap((record) => record.affected.map((ars) => ({ incident_id: record.row.id, ars })));
    for (const chunk of chunksOf(affected, 2000))
      await trx.insertInto('security_incident_municipality').values(chunk).execute();
    const recipients = created.flatMap((record) =>
      record.recipients.map((recipient) => ({ incident_id: record.row.id, recipient })),
    );
    for (const chunk of chunksOf(recipients, 2000)) await trx.insertInto('incident_recipient').values(chunk).execute();
    for (const write of writes) {
      const id = write.record.row.id;
      const lists = storedLists.get(id);
      outcome.changes.push({
        entityId: id,
        before: write.before && lists ? incidentSnapshot(write.before, lists.affected, lists.recipients) : null,
        after: incidentSnapshot(rowsById.get(id) as IncidentRow, write.record.affected, write.record.recipients),
      });
      if (write.before) outcome.updated++;
      else outcome.inserted++;
    }
    return outcome;
  },
  async exportPage(db, after, limit) {
    let query = db.selectFrom('security_incident').selectAll().where('is_sample', '=', false);
    if (after !== null) query = query.where('id', '>', after);
    const rows = await query.orderBy('id').limit(limit).execute();
    const lists = await findIncidentLists(
      db,
      rows.map((row) => row.id),
    );
    const iso = (at: Date | null) => (at === null ? null : at.toISOString());
    return rows.map((row): RecordValues => {
      const { affected, recipients } = lists.get(row.id) as { affected: string[]; recipients: string[] };
      return {
        id: row.id,
        title: row.title,
        category: row.category,
        severity: row.severity,
        status: row.status,
        tlp: row.tlp,
        detectedAt: iso(row.detected_at),
        reportedAt: iso(row.reported_at),
        resolvedAt: iso(row.resolved_at),
        reporterOrganisationId: row.reporter_organisation_id,
        reportingMunicipalityArs: row.reporting_municipality_ars,
        affectedMunicipalityArs: affected,
        personalDataInvolved: row.personal_data_involved,
        ldaNotifiedAt: iso(row.lda_notified_at),
        recipients,
      };
    });
  },
  exportKeyOf: (values) => values.id as string,
};
