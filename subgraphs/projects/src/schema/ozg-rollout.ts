import {
  connectionType,
  listSize,
  loadPage,
  loadReferenced,
  pageArgs,
  SAMPLE_RECORDS_NOTE,
  sampleFlagField,
  versionField,
} from '@kaz/subgraph-kit';
import { builder } from '../builder.ts';
import { LAENDER, type OZG_ROLLOUT_STATUSES, type OzgRolloutRow, rolloutCoverage } from '../db/ozg-rollout.ts';
import { districtArsOf } from '../ozg-delivery.ts';
import { MunicipalityRef, OrganisationRef, OzgServiceConnection, OzgServiceRef } from './refs.ts';

/** The concept section every OZG rollout description names. */
export const CONCEPT = '(Umsetzungskonzept Kaz, §3)';

const LAND_NAMES: Record<(typeof LAENDER)[number], string> = {
  BW: 'Baden-Württemberg',
  BY: 'Bayern',
  BE: 'Berlin',
  BB: 'Brandenburg',
  HB: 'Bremen',
  HH: 'Hamburg',
  HE: 'Hessen',
  MV: 'Mecklenburg-Vorpommern',
  NI: 'Niedersachsen',
  NW: 'Nordrhein-Westfalen',
  RP: 'Rheinland-Pfalz',
  SL: 'Saarland',
  SN: 'Sachsen',
  ST: 'Sachsen-Anhalt',
  SH: 'Schleswig-Holstein',
  TH: 'Thüringen',
};

export const OzgRolloutStatusEnum = builder.enumType('OzgRolloutStatus', {
  description: `How far an OZG-Leistung has rolled out at one Kommune ${CONCEPT}.`,
  values: {
    PLANNED: { description: 'Geplant: the Kommune plans to offer the Leistung online; work has not started.' },
    IN_PROGRESS: { description: 'In Umsetzung: the online service is being connected or built.' },
    ONLINE: { description: 'Online: citizens and businesses can apply for the Leistung online at this Kommune.' },
  } satisfies Record<(typeof OZG_ROLLOUT_STATUSES)[number], { description: string }>,
});

export const LandEnum = builder.enumType('Land', {
  description: 'A German Land by its usual two-letter code, e.g. the Land that built an "Einer für Alle" service.',
  values: Object.fromEntries(LAENDER.map((code) => [code, { description: LAND_NAMES[code] }])) as Record<
    (typeof LAENDER)[number],
    { description: string }
  >,
});

export const OzgRolloutRef = builder.objectRef<OzgRolloutRow>('OzgRollout');
OzgRolloutRef.implement({
  description:
    `The rollout of one OZG-Leistung at one Kommune: planned, in progress or online ${CONCEPT}. Owned by the Kaz ` +
    '(projects subgraph); a Kommune records its own, the Kaz any. The record sits at the Kommune whose ' +
    'administration delivers the Leistung (an Amt for its amtsangehörige Gemeinden). ' +
    SAMPLE_RECORDS_NOTE,
  fields: (t) => ({
    municipality: t.field({
      type: MunicipalityRef,
      description: 'The Kommune (owned by the municipalities subgraph) that delivers the Leistung.',
      resolve: (row) => ({ ars: row.ars }),
    }),
    ozgService: t.field({
      type: OzgServiceRef,
      description: 'The OZG-Leistung.',
      resolve: (row, _args, ctx) =>
        loadReferenced(ctx.loaders.ozgServiceById, row.ozg_service_id, `OZG-Leistung ${row.ozg_service_id}`),
    }),
    status: t.field({ type: OzgRolloutStatusEnum, description: 'How far the rollout got.', resolve: (r) => r.status }),
    onlineSince: t.exposeString('online_since', {
      nullable: true,
      description: 'The day the Leistung went online at this Kommune (YYYY-MM-DD); set exactly when ONLINE.',
    }),
    efaSource: t.field({
      type: LandEnum,
      nullable: true,
      description:
        'EfA source: the Land that built the online service once for all ("Einer für Alle") and that this Kommune ' +
        'reuses; null when not known or when the Kommune runs a service of its own.',
      resolve: (row) => row.efa_source,
    }),
    isSample: sampleFlagField(t),
    version: versionField(t, 'rollout record'),
  }),
});

export const OzgRolloutConnection = connectionType(builder, OzgRolloutRef, {
  description: 'A page of OZG rollout records.',
  items: 'rollout records',
  item: 'A rollout record',
});

const OzgRolloutCountsRef = builder.objectRef<{ planned: number; inProgress: number; online: number }>(
  'OzgRolloutCounts',
);
OzgRolloutCountsRef.implement({
  description: `How many Kommunen are at each rollout status of an OZG-Leistung ${CONCEPT}.`,
  fields: (t) => ({
    planned: t.exposeInt('planned', { description: 'Kommunen with status PLANNED.' }),
    inProgress: t.exposeInt('inProgress', { description: 'Kommunen with status IN_PROGRESS.' }),
    online: t.exposeInt('online', { description: 'Kommunen with status ONLINE.' }),
  }),
});

builder.objectFields(OzgServiceRef, (t) => ({
  rollout: t.field({
    type: OzgRolloutConnection,
    description: `The rollout records of this Leistung at the Kommunen, ordered by ARS ${CONCEPT}.`,
    args: pageArgs(t.arg),
    resolve: (service, args, ctx) =>
      loadPage(args, (page) => ctx.loaders.ozgRollout.rolloutsOfOzgService.load({ parent: service.id, ...page })),
  }),
  rolloutCounts: t.field({
    type: OzgRolloutCountsRef,
    description: `How many Kommunen have this Leistung planned, in progress and online ${CONCEPT}.`,
    resolve: async (service, _args, ctx) => {
      const rows = await ctx.loaders.ozgRollout.rolloutCountsOfOzgService.load(service.id);
      const of = (status: string) => rows.find((row) => row.status === status)?.n ?? 0;
      return { planned: of('PLANNED'), inProgress: of('IN_PROGRESS'), online: of('ONLINE') };
    },
  }),
  federfuehrung: t.field({
    type: OrganisationRef,
    nullable: true,
    description:
      'Federführung: the Brandenburg ministry (owned by the organisations subgraph) that leads this OZG-Leistung ' +
      `in the Land; null when not known. See federfuehrungIsSample ${CONCEPT}.`,
    resolve: (service) => (service.lead_ministry_id ? { id: service.lead_ministry_id } : null),
  }),
  federfuehrungIsSample: t.boolean({
    description:
      'True when `federfuehrung` is SAMPLE DATA (a ministry whose portfolio fits the Themenfeld), not a published ' +
      'assignment: the OZG-Umsetzungskatalog of 2019 names no Federführung per Land.',
    resolve: (service) => service.lead_ministry_is_sample,
  }),
}));

builder.objectFields(OrganisationRef, (t) => ({
  ledOzgServices: t.field({
    type: OzgServiceConnection,
    description: `The OZG-Leistungen under this ministry's Federführung (lead), ordered by OZG-ID ${CONCEPT}.`,
    args: pageArgs(t.arg),
    resolve: (organisation, args, ctx) =>
      loadPage(
        args,
        (page) => ctx.loaders.ozgRollout.ozgServicesLedBy.load({ parent: organisation.id, ...page }),
        (row) => ctx.loaders.ozgServiceById.prime(row.id, row),
      ),
  }),
}));

builder.objectFields(MunicipalityRef, (t) => ({
  ozgRollout: t.field({
    type: OzgRolloutConnection,
    description:
      `The rollout records of this Kommune (the OZG-Leistungen it delivers, their status), ordered by OZG-ID ` +
      `${CONCEPT}. An amtsangehörige Gemeinde has none of its own: see its Amt, or ozgObligations.`,
    args: {
      status: t.arg({ type: OzgRolloutStatusEnum, required: false, description: 'Only records of this status.' }),
      ...pageArgs(t.arg),
    },
    resolve: (municipality, args, ctx) =>
      loadPage(args, (page) =>
        ctx.loaders.ozgRollout.rolloutsOfMunicipality(args.status ?? null).load({ parent: municipality.ars, ...page }),
      ),
  }),
}));

const CoverageGroupingEnum = builder.enumType('OzgCoverageGrouping', {
  description: 'How the OZG rollout coverage figures are grouped.',
  values: {
    LANDKREIS: { description: 'Per Landkreis (a kreisfreie Stadt counts as its own group).' },
    THEMENFELD: { description: 'Per Themenfeld (OZG subject area).' },
    LANDKREIS_AND_THEMENFELD: { description: 'Per Landkreis and Themenfeld.' },
  },
});

const CoverageRef = builder.objectRef<Awaited<ReturnType<typeof rolloutCoverage>>[number]>('OzgRolloutCoverage');
CoverageRef.implement({
  description: `Coverage figures of the OZG rollout for one group of Kommunen and/or Leistungen ${CONCEPT}.`,
  fields: (t) => ({
    landkreis: t.field({
      type: MunicipalityRef,
      nullable: true,
      description: 'The Landkreis or kreisfreie Stadt of the group; null when grouped by Themenfeld only.',
      resolve: (row) => (row.district ? { ars: districtArsOf(row.district) } : null),
    }),
    themenfeld: t.exposeString('themenfeld', {
      nullable: true,
      description: 'The Themenfeld of the group; null when grouped by Landkreis only.',
    }),
    kommunen: t.exposeInt('kommunen', { description: 'Kommunen of the group with at least one rollout record.' }),
    planned: t.exposeInt('planned', { description: 'Rollout records with status PLANNED.' }),
    inProgress: t.exposeInt('in_progress', { description: 'Rollout records with status IN_PROGRESS.' }),
    online: t.exposeInt('online', { description: 'Rollout records with status ONLINE.' }),
    onlineShare: t.float({
      description: 'ONLINE records as a share of all records of the group (0 to 1, rounded to 3 places).',
      resolve: (row) => {
        const all = row.planned + row.in_progress + row.online;
        return all === 0 ? 0 : Math.round((row.online / all) * 1000) / 1000;
      },
    }),
  }),
});

builder.queryFields((t) => ({
  ozgRolloutCoverage: t.field({
    type: [CoverageRef],
    directives: listSize(1000),
    description:
      `Coverage of the OZG rollout: rollout records per status, grouped by Landkreis and/or Themenfeld, ordered ` +
      `by Landkreis ARS, then Themenfeld ${CONCEPT}. Public, like the OZG dashboards.`,
    args: { by: t.arg({ type: CoverageGroupingEnum, required: true, description: 'How to group.' }) },
    resolve: (_root, args, ctx) => rolloutCoverage(ctx.db, args.by),
  }),
}));
