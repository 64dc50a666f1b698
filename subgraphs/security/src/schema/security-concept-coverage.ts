import { readDistrictsAndAemter, readMunicipalities, toArs } from '@kaz/reference-data';
import { listSize, parseDateOrToday } from '@kaz/subgraph-kit';
import { requireCoverageRead } from '../access.ts';
import { builder } from '../builder.ts';
import { findConceptStates } from '../db/security-concept.ts';
import { MunicipalityRef } from './refs.ts';

/** What a Kommune lacks: no concept at all, only a draft, or one past its review date. */
const CONCEPT_GAPS = ['NO_CONCEPT', 'DRAFT_ONLY', 'REVIEW_OVERDUE'] as const;
type ConceptGap = (typeof CONCEPT_GAPS)[number];

/**
 * The Kommunen that run an administration of their own and so need an IT-Sicherheitskonzept of their
 * own, by ARS in key order: the 14 Landkreise, the Ämter, the Verbandsgemeinde and the Mitverwaltung
 * (brandenburg-districts-and-amter.csv), the kreisfreie Städte and the amtsfreie Gemeinden
 * (brandenburg-municipalities.csv, GV100AD 30.11.2023). An amtsangehörige Gemeinde is administered
 * by its Amt, whose concept covers it. Reference data, read once.
 */
const ADMINISTRATIONS: readonly string[] = [
  ...readDistrictsAndAemter().map((d) => toArs(d.key)),
  ...readMunicipalities()
    .filter((g) => g.kind === 'kreisfreie_stadt' || g.kind === 'amtsfreie_gemeinde')
    .map((g) => g.ars),
].sort();

interface GapShape {
  ars: string;
  gap: ConceptGap;
  reviewDueOn: string | null;
}

interface CoverageShape {
  asOf: string;
  kommunenCount: number;
  currentCount: number;
  gaps: GapShape[];
}

const ConceptGapEnum = builder.enumType('SecurityConceptGap', {
  description: 'What a Kommune lacks in its IT-Sicherheitskonzept (information security concept).',
  values: {
    NO_CONCEPT: { description: 'Kein Konzept: no IT-Sicherheitskonzept on record.' },
    DRAFT_ONLY: { description: 'Nur Entwurf: a concept is being written but not adopted yet.' },
    REVIEW_OVERDUE: { description: 'Überprüfung überfällig: the concept’s review date has passed.' },
  } satisfies Record<ConceptGap, { description: string }>,
});

const ConceptGapRef = builder.objectRef<GapShape>('SecurityConceptCoverageGap').implement({
  description:
    'One Kommune without a current IT-Sicherheitskonzept, and what it lacks; nothing of the concept’s contents.',
  fields: (t) => ({
    municipality: t.field({ type: MunicipalityRef, description: 'The Kommune.', resolve: (g) => ({ ars: g.ars }) }),
    gap: t.field({ type: ConceptGapEnum, description: 'What it lacks.', resolve: (g) => g.gap }),
    reviewDueOn: t.exposeString('reviewDueOn', {
      nullable: true,
      description: 'For REVIEW_OVERDUE: the date (YYYY-MM-DD) the review was due; else null.',
    }),
  }),
});

const CoverageRef = builder.objectRef<CoverageShape>('SecurityConceptCoverage').implement({
  description:
    'Which Kommunen have no current IT-Sicherheitskonzept: none, only a draft, or one overdue for review — the Kaz task of ' +
    'promoting information security in the Kommunen (Umsetzungskonzept Kaz, §3). Figures and Kommunen only, never the concepts’ ' +
    'contents. Counts the Kommunen that run an administration of their own (Landkreise, kreisfreie Städte, amtsfreie Gemeinden, ' +
    'Ämter, the Verbandsgemeinde and the Mitverwaltung); an amtsangehörige Gemeinde is covered by its Amt’s concept. ' +
    'Owned by CERT-Brandenburg (security subgraph). SAMPLE DATA: the concepts are sample records.',
  fields: (t) => ({
    asOf: t.exposeString('asOf', { description: 'The day (YYYY-MM-DD) the review dates were compared with.' }),
    kommunenCount: t.exposeInt('kommunenCount', {
      description: 'Kommunen that need a concept of their own (see the type).',
    }),
    currentCount: t.exposeInt('currentCount', {
      description: 'Of them, those with an adopted concept whose review is not overdue.',
    }),
    noConceptCount: t.int({
      description: 'Of them, those without any concept on record.',
      resolve: (c) => c.gaps.filter((g) => g.gap === 'NO_CONCEPT').length,
    }),
    draftOnlyCount: t.int({
      description: 'Of them, those with a draft only.',
      resolve: (c) => c.gaps.filter((g) => g.gap === 'DRAFT_ONLY').length,
    }),
    reviewOverdueCount: t.int({
      description: 'Of them, those whose concept’s review date lies before `asOf`.',
      resolve: (c) => c.gaps.filter((g) => g.gap === 'REVIEW_OVERDUE').length,
    }),
    // A plain list: it is bounded by the reference data (at most one entry per Kommune that needs a concept).
    gaps: t.field({
      type: [ConceptGapRef],
      directives: listSize(ADMINISTRATIONS.length),
      description: 'The Kommunen without a current concept, by ARS; optionally only those with one kind of gap.',
      args: {
        gap: t.arg({ type: ConceptGapEnum, required: false, description: 'Only Kommunen with this gap.' }),
      },
      resolve: (c, args) => (args.gap ? c.gaps.filter((g) => g.gap === args.gap) : c.gaps),
    }),
  }),
});

builder.queryFields((t) => ({
  // Nullable, so that a denied read is an error on this field alone.
  securityConceptCoverage: t.field({
    type: CoverageRef,
    nullable: true,
    description:
      'Which Kommunen have no IT-Sicherheitskonzept or one overdue for review (Umsetzungskonzept Kaz, §3), with figures. ' +
      'Only for the Kaz and CERT-Brandenburg (scope security:read): UNAUTHENTICATED without a token, FORBIDDEN otherwise.',
    args: {
      asOf: t.arg.string({
        required: false,
        description: 'The day (YYYY-MM-DD) to compare review dates with. Default: today (Europe/Berlin).',
      }),
    },
    resolve: async (_root, args, ctx) => {
      requireCoverageRead(ctx.principal);
      const asOf = parseDateOrToday('asOf', args.asOf, ctx.clock);
      const states = new Map((await findConceptStates(ctx.db)).map((c) => [c.ars, c]));
      const gaps: GapShape[] = [];
      for (const ars of ADMINISTRATIONS) {
        const concept = states.get(ars);
        if (!concept) gaps.push({ ars, gap: 'NO_CONCEPT', reviewDueOn: null });
        else if (concept.status === 'DRAFT') gaps.push({ ars, gap: 'DRAFT_ONLY', reviewDueOn: null });
        else if (concept.review_due_on != null && concept.review_due_on < asOf) {
          gaps.push({ ars, gap: 'REVIEW_OVERDUE', reviewDueOn: concept.review_due_on });
        }
      }
      return { asOf, kommunenCount: ADMINISTRATIONS.length, currentCount: ADMINISTRATIONS.length - gaps.length, gaps };
    },
  }),
}));
