import {
  connectionType,
  entityById,
  loadPage,
  loadReferenced,
  pageArgs,
  SAMPLE_RECORDS_NOTE,
  sampleFlagField,
  versionField,
} from '@kaz/subgraph-kit';
import { builder } from '../builder.ts';
import { type DATE_PRECISIONS, listDecisions } from '../db/decision.ts';
import { CommitteeRef, DecisionRef } from './refs.ts';

/** A page of decisions; used by `Query.decisions` and `Committee.decisions`. */
export const DecisionConnection = connectionType(builder, DecisionRef, {
  description: 'A page of committee decisions (Beschlüsse).',
  items: 'decisions',
  item: 'A decision',
});

export const DecisionStatusEnum = builder.enumType('DecisionStatus', {
  description: 'Whether a decision (Beschluss) is in force or was withdrawn (aufgehoben).',
  values: {
    IN_FORCE: { description: 'In force: the decision holds, and work orders may cite it.' },
    WITHDRAWN: {
      description:
        'Withdrawn (aufgehoben) by its committee on `withdrawnOn`: no new work order may cite it, and the ' +
        'reference audit lists the ones that still do.',
    },
  },
});

export const DatePrecisionEnum = builder.enumType('DatePrecision', {
  description:
    'How much of a date is known. A date known only to the month or the year is given as its first day; a client ' +
    'shows only the known part (e.g. "2020" for a decision known only by its year), never a made-up day.',
  values: {
    DAY: { description: 'The day is known.' },
    MONTH: { description: 'Only the month is known; the date is the first of that month.' },
    YEAR: { description: 'Only the year is known; the date is 1 January of that year.' },
  } satisfies Record<(typeof DATE_PRECISIONS)[number], { description: string }>,
});

DecisionRef.implement({
  description:
    'A decision (Beschluss, Entscheidung) of a committee, e.g. "Entscheidung 2020/3" of the IT-Rat (the decision to ' +
    'build the Kaz) or a decision of the IT-Planungsrat that the Kaz implements (Umsetzungskonzept Kaz, §3). Work ' +
    'orders (Arbeitsaufträge) to the Kaz refer to it. Owned by the ZIT-BB (organisations subgraph). The decisions ' +
    `the Umsetzungskonzept Kaz cites are real records with their source. ${SAMPLE_RECORDS_NOTE}`,
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable key of the decision, e.g. "itrat-2020-3".' }),
    committee: t.field({
      type: CommitteeRef,
      description: 'The committee that decided.',
      // The foreign key guarantees the row; the loader batches the lookups of a whole page.
      resolve: (d, _args, ctx) =>
        loadReferenced(ctx.loaders.committeeById, d.committee_id, `committee ${d.committee_id} of decision ${d.id}`),
    }),
    reference: t.exposeString('reference', {
      description: 'Reference as the committee writes it, e.g. "Entscheidung 2020/3" or "Beschluss 2023/1".',
    }),
    decidedOn: t.exposeString('decided_on', {
      description:
        'Date of the decision (YYYY-MM-DD). Known only as far as `decidedOnPrecision` says: with MONTH or YEAR it is ' +
        'the first day of the month or year, not the real day.',
    }),
    decidedOnPrecision: t.field({
      type: DatePrecisionEnum,
      description:
        'How much of `decidedOn` is known: DAY, or only MONTH or YEAR (e.g. YEAR for "Entscheidung 2020/3" of the ' +
        'IT-Rat, whose day the Umsetzungskonzept Kaz does not give).',
      resolve: (d) => d.decided_on_precision,
    }),
    source: t.exposeString('source', {
      nullable: true,
      description:
        'Where the record comes from, e.g. "Umsetzungskonzept Kaz, IT-Rat Brandenburg, 10.03.2021" for a decision ' +
        'the concept cites; null for a decision recorded in the hub (`recordDecision`, the audit log names who).',
    }),
    title: t.exposeString('title', { description: 'Short title (Betreff) of the decision, in German.' }),
    text: t.exposeString('text', { description: 'Wording of the decision (Beschlusstext), in German.' }),
    status: t.field({
      type: DecisionStatusEnum,
      description: 'IN_FORCE, or WITHDRAWN once the committee withdrew it (`withdrawDecision`).',
      resolve: (d) => (d.withdrawn_on === null ? 'IN_FORCE' : 'WITHDRAWN'),
    }),
    withdrawnOn: t.exposeString('withdrawn_on', {
      nullable: true,
      description: 'Day the decision was withdrawn (Aufhebung, YYYY-MM-DD); null while it is in force.',
    }),
    withdrawalNote: t.exposeString('withdrawal_note', {
      nullable: true,
      description: 'Why or by which later decision it was withdrawn, in German; null when none was given.',
    }),
    isSample: sampleFlagField(t),
    version: versionField(t, 'decision'),
  }),
});

entityById(builder, DecisionRef, (id, ctx) => ctx.loaders.decisionById.load(id));

builder.queryFields((t) => ({
  decision: t.field({
    type: DecisionRef,
    nullable: true,
    description: 'One decision by its key; null when there is none with that key.',
    args: { id: t.arg.id({ required: true, description: 'Key of the decision, e.g. "itrat-2020-3".' }) },
    resolve: (_root, { id }, ctx) => ctx.loaders.decisionById.load(id),
  }),
  decisions: t.field({
    nullable: true,
    type: DecisionConnection,
    description: 'Decisions of all committees or of one, ordered by date, then id, a page at a time.',
    args: {
      committeeId: t.arg.id({
        description: 'Only decisions of this committee, e.g. "it-rat"; an unknown key gives none.',
      }),
      ...pageArgs(t.arg),
    },
    resolve: async (_root, args, ctx) => {
      return loadPage(
        args,
        (page) => listDecisions(ctx.db, args.committeeId, page),
        (row) => ctx.loaders.decisionById.prime(row.id, row),
      );
    },
  }),
}));
