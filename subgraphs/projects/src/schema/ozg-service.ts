import { badUserInput, entityById, listSize, loadPage, pageArgs } from '@kaz/subgraph-kit';
import { builder } from '../builder.ts';
import { listOzgServices, listThemenfelder } from '../db/ozg-service.ts';
import { OzgServiceConnection, OzgServiceRef, ProjectConnection } from './refs.ts';

/** An OZG-ID: 5 digits. */
export const OZG_ID_PATTERN = /^\d{5}$/;
const LEIKA_KEY_PATTERN = /^\d{14}$/;

OzgServiceRef.implement({
  description:
    'An OZG-Leistung: a bundle of administrative services that the Onlinezugangsgesetz (OZG) requires to be offered ' +
    'online. Reference data from the OZG-Umsetzungskatalog as of 2019-10-05 (557 Leistungen).',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'OZG-ID, 5 digits (e.g. "10000" for Elterngeld); the stable key.' }),
    name: t.exposeString('name', { description: 'Name of the OZG-Leistung as the catalogue gives it.' }),
    themenfeld: t.exposeString('themenfeld', {
      description:
        'Themenfeld: the OZG subject area the Leistung belongs to, e.g. "Familie & Kind" or "Bauen & Wohnen" (14 in all).',
    }),
    lebenslage: t.exposeString('lebenslage', {
      nullable: true,
      description:
        'Lebenslage (life situation of citizens) or Geschäftslage (business situation of companies) within the ' +
        'Themenfeld, e.g. "Geburt".',
    }),
    leikaKeys: t.exposeStringList('leika_keys', {
      directives: listSize(500),
      description:
        'Keys (14 digits) of the LeiKa-Leistungen (Leistungskatalog der öffentlichen Verwaltung, the federal catalogue ' +
        'of administrative services) that make up this OZG-Leistung, sorted; empty for the 24 Leistungen not in the LeiKa.',
    }),
    leikaTypes: t.exposeStringList('leika_types', {
      directives: listSize(20),
      description:
        'The distinct LeiKa-Typen of the linked LeiKa-Leistungen (who regulates and who executes, e.g. "1" Bund, ' +
        '"2/3" Bund regulates, Land or Kommune executes, "4" Land, "5" Land regulates, Kommune executes). An ' +
        'aggregation made for this graph, NOT an official type of the OZG-Leistung.',
    }),
    sourceDate: t.exposeString('source_date', {
      description: 'State of the OZG-Umsetzungskatalog this record comes from (YYYY-MM-DD).',
    }),
    projects: t.field({
      type: ProjectConnection,
      description: 'The projects that implement this OZG-Leistung, ordered by id.',
      args: pageArgs(t.arg),
      resolve: (service, args, ctx) =>
        loadPage(args, (page) => ctx.loaders.projectsOfOzgService.load({ parent: service.id, ...page })),
    }),
  }),
});

entityById(builder, OzgServiceRef, (id, ctx) => ctx.loaders.ozgServiceById.load(id));

const OzgServiceFilterInput = builder.inputType('OzgServiceFilter', {
  description: 'Narrows the list of OZG-Leistungen; all given parts must match.',
  fields: (t) => ({
    themenfeld: t.string({
      required: false,
      description: 'Only Leistungen of this Themenfeld (exact name, see `themenfelder`).',
    }),
    nameContains: t.string({
      required: false,
      description: 'Only Leistungen whose name contains this text (case-insensitive).',
    }),
    leikaKey: t.string({ required: false, description: 'Only the Leistung that contains this LeiKa key (14 digits).' }),
  }),
});

builder.queryFields((t) => ({
  ozgService: t.field({
    type: OzgServiceRef,
    nullable: true,
    description: 'One OZG-Leistung by its OZG-ID. A malformed OZG-ID is BAD_USER_INPUT; an unknown one gives null.',
    args: { id: t.arg.id({ required: true, description: 'OZG-ID, 5 digits, e.g. "10000".' }) },
    resolve: (_root, { id }, ctx) => {
      if (!OZG_ID_PATTERN.test(id)) throw badUserInput('id', 'must be an OZG-ID of 5 digits, e.g. "10000"');
      return ctx.loaders.ozgServiceById.load(id);
    },
  }),
  ozgServices: t.field({
    nullable: true,
    type: OzgServiceConnection,
    description: 'OZG-Leistungen matching the filter, ordered by OZG-ID, a page at a time.',
    args: {
      filter: t.arg({ type: OzgServiceFilterInput, required: false, description: 'Which OZG-Leistungen to list.' }),
      ...pageArgs(t.arg),
    },
    resolve: async (_root, args, ctx) => {
      const filter = args.filter ?? {};
      if (filter.leikaKey != null && !LEIKA_KEY_PATTERN.test(filter.leikaKey))
        throw badUserInput('filter.leikaKey', 'must be a LeiKa key of 14 digits');
      return loadPage(
        args,
        (page) => listOzgServices(ctx.db, filter, page),
        (row) => ctx.loaders.ozgServiceById.prime(row.id, row),
      );
    },
  }),
  themenfelder: t.stringList({
    directives: listSize(50),
    nullable: { list: true, items: false },
    description: 'The distinct Themenfelder (OZG subject areas) of all OZG-Leistungen, sorted.',
    resolve: (_root, _args, ctx) => listThemenfelder(ctx.db),
  }),
}));
