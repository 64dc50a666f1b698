import {
  connectionType,
  entityById,
  loadPage,
  pageArgs,
  SAMPLE_RECORDS_NOTE,
  sampleFlagField,
  versionField,
} from '@kaz/subgraph-kit';
import { builder } from '../builder.ts';
import {
  listRecommendations,
  type RECOMMENDATION_STATUSES,
  type RecommendationApplicationRow,
  type RecommendationRow,
} from '../db/recommendation.ts';
import { MunicipalityRef } from './municipality.ts';
import { DecisionRef } from './refs.ts';

/** The Recommendation type, backed by a `recommendation` row. */
export const RecommendationRef = builder.objectRef<RecommendationRow>('Recommendation');
/** The RecommendationApplication type, backed by a `recommendation_application` row. */
export const RecommendationApplicationRef =
  builder.objectRef<RecommendationApplicationRow>('RecommendationApplication');

export const RecommendationStatusEnum = builder.enumType('RecommendationStatus', {
  description: 'Where a standardisation recommendation (Standardisierungsempfehlung) stands.',
  values: {
    DRAFT: { description: 'Entwurf: prepared by the Kaz, not yet adopted by a committee.' },
    ADOPTED: { description: 'Beschlossen: adopted by a committee decision (`decision`, `adoptedOn`).' },
    WITHDRAWN: { description: 'Zurückgezogen: no longer recommended (`withdrawnOn`).' },
  } satisfies Record<(typeof RECOMMENDATION_STATUSES)[number], { description: string }>,
});

/** A page of recommendations; used by `Query.recommendations`. */
export const RecommendationConnection = connectionType(builder, RecommendationRef, {
  description: 'A page of standardisation recommendations (Standardisierungsempfehlungen).',
  items: 'recommendations',
  item: 'A recommendation',
});

/** A page of the Kommunen applying a recommendation; used by `Recommendation.applications`. */
export const RecommendationApplicationConnection = connectionType(builder, RecommendationApplicationRef, {
  description: 'A page of the Kommunen that apply a standardisation recommendation.',
  items: 'applications',
  item: 'An application',
});

RecommendationRef.implement({
  description:
    'A standardisation recommendation (Standardisierungsempfehlung) of the Kaz for the Kommunen, e.g. a common ' +
    'standard for an interface or a procedure (Umsetzungskonzept Kaz, §3): drafted by the Kaz, adopted by a ' +
    'committee decision, applied by Kommunen. Owned by the Kaz (organisations subgraph). ' +
    SAMPLE_RECORDS_NOTE,
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Key, "empf-<year>-<n>" (year recorded), e.g. "empf-2025-1".' }),
    title: t.exposeString('title', { description: 'Title of the recommendation, in German.' }),
    subject: t.exposeString('subject', {
      description: 'What it standardises (Gegenstand), in German, e.g. "Schnittstelle XBau".',
    }),
    status: t.field({
      type: RecommendationStatusEnum,
      description: 'DRAFT, ADOPTED or WITHDRAWN.',
      resolve: (r) => r.status as (typeof RECOMMENDATION_STATUSES)[number],
    }),
    decision: t.field({
      type: DecisionRef,
      nullable: true,
      description: 'The committee decision that adopted it; null while it is a draft (or withdrawn as one).',
      resolve: (r, _args, ctx) => (r.decision_id === null ? null : ctx.loaders.decisionById.load(r.decision_id)),
    }),
    adoptedOn: t.exposeString('adopted_on', {
      nullable: true,
      description: 'Day it was adopted (YYYY-MM-DD), the day of `decision`; null while it is a draft.',
    }),
    withdrawnOn: t.exposeString('withdrawn_on', {
      nullable: true,
      description: 'Day it was withdrawn (YYYY-MM-DD); null unless WITHDRAWN.',
    }),
    withdrawalNote: t.exposeString('withdrawal_note', {
      nullable: true,
      description: 'Why it was withdrawn, in German; null when none was given.',
    }),
    applications: t.field({
      type: RecommendationApplicationConnection,
      description: 'The Kommunen that apply it, ordered by the day they began, then ARS, a page at a time.',
      args: pageArgs(t.arg),
      resolve: (r, args, ctx) =>
        loadPage(args, (page) => ctx.loaders.applicationsOfRecommendation.load({ parent: r.id, ...page })),
    }),
    isSample: sampleFlagField(t),
    version: versionField(t, 'recommendation'),
  }),
});

RecommendationApplicationRef.implement({
  description:
    'A Kommune that applies a standardisation recommendation (Umsetzungskonzept Kaz, §3), since a day. Recorded by ' +
    `the Kommune itself or the Kaz; owned by the Kaz (organisations subgraph). ${SAMPLE_RECORDS_NOTE}`,
  fields: (t) => ({
    id: t.id({
      description: 'Recommendation key and ARS joined by "/", e.g. "empf-2025-1/120540000000".',
      resolve: (a) => `${a.recommendation_id}/${a.ars}`,
    }),
    recommendation: t.field({
      type: RecommendationRef,
      description: 'The recommendation applied.',
      resolve: async (a, _args, ctx) => {
        const row = await ctx.loaders.recommendationById.load(a.recommendation_id);
        if (!row) throw new Error(`recommendation ${a.recommendation_id} of an application is missing`);
        return row;
      },
    }),
    municipality: t.field({
      type: MunicipalityRef,
      description: 'The Kommune that applies it.',
      resolve: (a) => ({ ars: a.ars }),
    }),
    appliedSince: t.exposeString('applied_since', { description: 'Day it began applying it (YYYY-MM-DD).' }),
    isSample: sampleFlagField(t),
    version: versionField(t, 'application'),
  }),
});

entityById(builder, RecommendationRef, (id, ctx) => ctx.loaders.recommendationById.load(id));

builder.queryFields((t) => ({
  recommendation: t.field({
    type: RecommendationRef,
    nullable: true,
    description:
      'One standardisation recommendation by its key; null when there is none. Public (rule read.recommendation).',
    args: { id: t.arg.id({ required: true, description: 'Key, e.g. "empf-2025-1".' }) },
    resolve: (_root, { id }, ctx) => ctx.loaders.recommendationById.load(id),
  }),
  recommendations: t.field({
    nullable: true,
    type: RecommendationConnection,
    description:
      'Standardisation recommendations of the Kaz (Umsetzungskonzept Kaz, §3), all or of one status, ordered by ' +
      'key, a page at a time. Public (rule read.recommendation).',
    args: {
      status: t.arg({ type: RecommendationStatusEnum, description: 'Only recommendations with this status.' }),
      ...pageArgs(t.arg),
    },
    resolve: (_root, args, ctx) =>
      loadPage(
        args,
        (page) => listRecommendations(ctx.db, args.status, page),
        (row) => ctx.loaders.recommendationById.prime(row.id, row),
      ),
  }),
}));
