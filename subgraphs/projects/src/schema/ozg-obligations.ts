import { connectionType, loadPage, loadReferenced, pageArgs } from '@kaz/subgraph-kit';
import { builder } from '../builder.ts';
import type { ObligationRow } from '../db/ozg-rollout.ts';
import { kommuneOf } from '../ozg-delivery.ts';
import { CONCEPT, OzgRolloutStatusEnum } from './ozg-rollout.ts';
import { MunicipalityRef, OzgServiceRef } from './refs.ts';

// Municipality.ozgObligations: which OZG-Leistungen a Kommune of its kind must deliver, and which are open.

const ObligationRef = builder.objectRef<ObligationRow>('OzgObligation');
ObligationRef.implement({
  description: `One OZG-Leistung a Kommune must deliver, with how far it rolled out there ${CONCEPT}.`,
  fields: (t) => ({
    ozgService: t.field({
      type: OzgServiceRef,
      description: 'The OZG-Leistung.',
      resolve: (row, _args, ctx) =>
        loadReferenced(ctx.loaders.ozgServiceById, row.ozg_service_id, `OZG-Leistung ${row.ozg_service_id}`),
    }),
    status: t.field({
      type: OzgRolloutStatusEnum,
      nullable: true,
      description: 'Its rollout status at the delivering Kommune; null when nothing is recorded (not even planned).',
      resolve: (row) => row.status,
    }),
    open: t.boolean({
      description: 'True while the Leistung is not ONLINE at the delivering Kommune.',
      resolve: (row) => row.status !== 'ONLINE',
    }),
  }),
});

const ObligationConnection = connectionType(builder, ObligationRef, {
  description: 'A page of OZG obligations.',
  items: 'obligations',
  item: 'An obligation',
});

const ObligationsRef = builder.objectRef<{ ars: string; deliveredBy: string }>('OzgObligations');
ObligationsRef.implement({
  description:
    `The OZG-Leistungen a Kommune of its kind must deliver, and which are still open ${CONCEPT}. Derived, not ` +
    'recorded: an OZG-Leistung is an obligation of a Kommune when one of its LeiKa-Typen is one in which a ' +
    'Kommune executes the law ("2/3" Bund regulates, Land or Kommune executes; "3" Bund regulates, Kommune ' +
    'executes; "5" Land regulates, Kommune executes; "6" the Kommune regulates and executes), from the ' +
    'OZG-Umsetzungskatalog of 2019. Who delivers depends on the kind of Kommune: an amtsangehörige Gemeinde ' +
    'delivers through its Amt (or the Verbandsgemeinde, or the Mitverwaltung), every other Kommune (Landkreis, ' +
    'kreisfreie Stadt, amtsfreie Gemeinde, Amt) itself. The catalogue does not say which level (Landkreis or ' +
    'Gemeinde) executes a Leistung, so the list is the same for every delivering Kommune: an upper bound. ' +
    'Owned by the Kaz (projects subgraph).',
  fields: (t) => ({
    deliveredBy: t.field({
      type: MunicipalityRef,
      description: 'The Kommune whose administration delivers: the Kommune itself, or its Amt.',
      resolve: (o) => ({ ars: o.deliveredBy }),
    }),
    total: t.int({
      description: 'How many OZG-Leistungen the Kommune must deliver.',
      resolve: async (o, _args, ctx) =>
        (await ctx.loaders.ozgRollout.obligationCountsOf.load(o.deliveredBy))[0]?.total ?? 0,
    }),
    online: t.int({
      description: 'How many of them are ONLINE at the delivering Kommune.',
      resolve: async (o, _args, ctx) =>
        (await ctx.loaders.ozgRollout.obligationCountsOf.load(o.deliveredBy))[0]?.online ?? 0,
    }),
    open: t.int({
      description: 'How many of them are still open (not ONLINE, whether planned, in progress or not recorded).',
      resolve: async (o, _args, ctx) => {
        const counts = (await ctx.loaders.ozgRollout.obligationCountsOf.load(o.deliveredBy))[0];
        return counts ? counts.total - counts.online : 0;
      },
    }),
    services: t.field({
      type: ObligationConnection,
      description: 'The obligations, ordered by OZG-ID.',
      args: {
        onlyOpen: t.arg.boolean({
          required: false,
          defaultValue: false,
          description: 'True: only those still open (not ONLINE).',
        }),
        ...pageArgs(t.arg),
      },
      resolve: (o, args, ctx) =>
        loadPage(args, (page) =>
          ctx.loaders.ozgRollout.obligationsOf(args.onlyOpen ?? false).load({ parent: o.deliveredBy, ...page }),
        ),
    }),
  }),
});

builder.objectFields(MunicipalityRef, (t) => ({
  ozgObligations: t.field({
    type: ObligationsRef,
    nullable: true,
    description: `Which OZG-Leistungen this Kommune must deliver and which are still open ${CONCEPT}; null for an ARS that is no Kommune of the reference data.`,
    resolve: (municipality) => {
      const kommune = kommuneOf(municipality.ars);
      return kommune ? { ars: kommune.ars, deliveredBy: kommune.deliveredBy } : null;
    },
  }),
}));
