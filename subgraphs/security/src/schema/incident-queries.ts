import { readDistrictsAndAemter, toArs } from '@kaz/reference-data';
import {
  badUserInput,
  listSize,
  loadPage,
  pageArgs,
  parseArs,
  parseInstant,
  quoteInput,
  upperBound,
} from '@kaz/subgraph-kit';

import { builder } from '../builder.ts';
import { findLdaNotificationsDue, type IncidentFilter, listIncidents } from '../db/security-incident.ts';
import { parseIncidentId } from '../validation.ts';
import { BreachRiskEnum } from './breach.ts';
import { IncidentCategoryEnum, IncidentSeverityEnum, IncidentStatusEnum } from './incident-enums.ts';
import { SecurityIncidentConnection, SecurityIncidentRef } from './security-incident.ts';

/** The 12-digit ARS of a Landkreis "12KKK0000000", returned as its 5-digit prefix; BAD_USER_INPUT naming `field` otherwise. */
function parseDistrict(field: string, value: string): string {
  parseArs(field, value);
  if (!LANDKREISE.has(value))
    throw badUserInput(field, `must be the ARS of a Landkreis, e.g. "120730000000"; got ${quoteInput(value)}`);
  return value.slice(0, 5);
}

// The 14 Landkreise of the reference data (GV100AD), by ARS.
const LANDKREISE: ReadonlySet<string> = new Set(
  readDistrictsAndAemter()
    .filter((d) => d.kind === 'landkreis')
    .map((d) => toArs(d.key)),
);

const IncidentFilterInput = builder.inputType('IncidentFilter', {
  description: 'Narrows the list of security incidents; all given parts must match.',
  fields: (t) => ({
    statuses: t.field({
      type: [IncidentStatusEnum],
      required: false,
      description: 'Only incidents in one of these statuses.',
    }),
    severities: t.field({
      type: [IncidentSeverityEnum],
      required: false,
      description: 'Only incidents of one of these severities.',
    }),
    categories: t.field({
      type: [IncidentCategoryEnum],
      required: false,
      description: 'Only incidents of one of these categories.',
    }),
    detectedFrom: t.string({
      required: false,
      description:
        'Only incidents detected at or after this ISO 8601 timestamp, or from the start (00:00 UTC) of this date YYYY-MM-DD.',
    }),
    detectedTo: t.string({
      required: false,
      description:
        'Only incidents detected at or before this ISO 8601 timestamp, or up to the end (24:00 UTC) of this date YYYY-MM-DD.',
    }),
    municipalityArs: t.id({
      required: false,
      description: 'Only incidents affecting this Kommune (its 12-digit ARS).',
    }),
    district: t.id({
      required: false,
      description:
        'Only incidents affecting any Kommune in this Landkreis (district): the 12-digit ARS of the Landkreis, e.g. "120730000000" ' +
        '(Uckermark); its Ämter, Gemeinden and the Landkreis itself count. A kreisfreie Stadt is not a Landkreis: use municipalityArs.',
    }),
    personalDataInvolved: t.boolean({
      required: false,
      description: 'Only incidents with (true) or without (false) personal data (GDPR Art. 33).',
    }),
    ldaNotifiedLate: t.boolean({
      required: false,
      description:
        'Only incidents whose LDA notification came later than 72 hours after detection (true; GDPR Art. 33(1): with reasons), ' +
        'or those notified in time or not notified (false).',
    }),
    breachRisks: t.field({
      type: [BreachRiskEnum],
      required: false,
      description: 'Only incidents whose breach was assessed with one of these risks (GDPR Art. 33(1), 34(1)).',
    }),
  }),
});

builder.queryFields((t) => ({
  incident: t.field({
    type: SecurityIncidentRef,
    nullable: true,
    description:
      'One security incident by its reference, e.g. "CERT-BB-7QK3-M9XA-2DHF" or "CERT-BB-2025-0042". Null for an unknown one and for one the request may not see; a malformed reference is BAD_USER_INPUT.',
    args: {
      id: t.arg.id({
        required: true,
        description: 'Reference "CERT-BB-XXXX-XXXX-XXXX" (or an older "CERT-BB-<year>-<number>"), in any letter case.',
      }),
    },
    resolve: (_root, { id }, ctx) => {
      return ctx.loaders.incidentById.load(parseIncidentId('id', id));
    },
  }),
  incidents: t.field({
    nullable: true,
    type: SecurityIncidentConnection,
    description:
      'The security incidents the request may see that match the filter, newest first (detectedAt descending, then id).',
    args: {
      filter: t.arg({ type: IncidentFilterInput, required: false, description: 'Which incidents to list.' }),
      ...pageArgs(t.arg),
    },
    resolve: async (_root, args, ctx) => {
      const input = args.filter ?? {};
      const filter: IncidentFilter = {
        statuses: input.statuses,
        severities: input.severities,
        categories: input.categories,
      };
      if (input.detectedFrom != null) filter.detectedFrom = parseInstant('filter.detectedFrom', input.detectedFrom).at;
      if (input.detectedTo != null) filter.detectedTo = upperBound(parseInstant('filter.detectedTo', input.detectedTo));
      const { detectedFrom: from, detectedTo: to } = filter;
      if (from && to && (to.inclusive ? from > to.at : from >= to.at)) {
        throw badUserInput('filter.detectedFrom', 'must not be after filter.detectedTo');
      }
      if (input.municipalityArs != null) {
        parseArs('filter.municipalityArs', input.municipalityArs);
        filter.municipalityArs = input.municipalityArs;
      }
      if (input.district != null) filter.districtPrefix = parseDistrict('filter.district', input.district);
      filter.personalDataInvolved = input.personalDataInvolved;
      filter.ldaNotifiedLate = input.ldaNotifiedLate;
      filter.breachRisks = input.breachRisks;
      return loadPage(
        args,
        (page) => listIncidents(ctx.db, ctx.visibility, filter, page),
        (row) => ctx.loaders.incidentById.prime(row.id, row),
      );
    },
  }),
  ldaNotificationsDue: t.field({
    directives: listSize(200),
    nullable: { list: true, items: false },
    type: [SecurityIncidentRef],
    description:
      'Incidents the request may see whose notification to the LDA (data protection authority, GDPR Art. 33) was outstanding at `asOf`: ' +
      'personal data involved, detected by then and not notified by then — still within the 72 hours or already overdue. Ordered by deadline, earliest first.',
    args: {
      asOf: t.arg.string({
        required: false,
        description: 'The moment to look at: an ISO 8601 timestamp, or a date YYYY-MM-DD (00:00 UTC). Default: now.',
      }),
    },
    resolve: async (_root, { asOf }, ctx) => {
      const at = asOf == null ? ctx.clock.now() : parseInstant('asOf', asOf).at;
      const rows = await findLdaNotificationsDue(ctx.db, ctx.visibility, at);
      for (const row of rows) ctx.loaders.incidentById.prime(row.id, row);
      return rows;
    },
  }),
}));
