import { listSize, loadReferenced, parseDateOrToday, SAMPLE_RECORDS_NOTE, sampleFlagField } from '@kaz/subgraph-kit';
import { builder } from '../builder.ts';
import { findResponsibilityOn, listResponsibilities, type RESPONSIBILITY_AREAS } from '../db/responsibility.ts';
import { OrganisationRef, ResponsibilityRef } from './refs.ts';

export const ResponsibilityAreaEnum = builder.enumType('ResponsibilityArea', {
  description: 'An area of responsibility (Zuständigkeit) whose holder the graph tracks over time.',
  values: {
    E_GOVERNMENT: {
      description:
        'Verwaltungsdigitalisierung / E-Government: the state’s central coordination of administrative ' +
        'digitalisation and the IT-Leitstelle (MIK Abt. 6 until 31.01.2025, MdJD Abt. 4 since 01.02.2025).',
    },
    KOMMUNALAUFSICHT: {
      description:
        'Kommunalaufsicht: state supervision of the Kommunen, e.g. approving a Zweckverband’s Verbandssatzung.',
    },
    DATA_PROTECTION_SUPERVISION: {
      description: 'Datenschutzaufsicht: independent supervision of data protection in Brandenburg (GDPR Art. 51).',
    },
    IT_SECURITY: {
      description:
        'IT-Sicherheit: the CERT-Brandenburg (computer emergency response team) for the state administration.',
    },
    STATE_IT_SERVICES: {
      description:
        'Zentraler IT-Dienstleister: operation of the Landesverwaltungsnetz (LVN), which links all Kommunen, and ' +
        'of the IT of the state administration.',
    },
    KOMMUNALPAKT_COORDINATION: {
      description:
        'Steuerung und Koordinierung des Kommunalpakts Brandenburg: support for Kommunen in reusing EfA services ' +
        'and connecting their online services.',
    },
  } satisfies Record<(typeof RESPONSIBILITY_AREAS)[number], { description: string }>,
});

ResponsibilityRef.implement({
  description:
    'One period in which one organisation holds one area of responsibility. When the area moves, the old period ' +
    `ends and a new one begins, so the history stays queryable; the periods of one area never overlap. ${SAMPLE_RECORDS_NOTE}`,
  fields: (t) => ({
    id: t.id({
      description:
        'Area and first day of the period, joined by "/": "<area>/<validFrom>", e.g. "E_GOVERNMENT/2025-02-01". ' +
        'Unique, as the periods of an area never overlap; it never changes.',
      resolve: (r) => `${r.area}/${r.valid_from}`,
    }),
    area: t.field({ type: ResponsibilityAreaEnum, description: 'The area of responsibility.', resolve: (r) => r.area }),
    organisation: t.field({
      type: OrganisationRef,
      description: 'The organisation responsible in this period.',
      // The foreign key guarantees the row; the loader batches the lookups of a whole list.
      resolve: (r, _args, ctx) =>
        loadReferenced(
          ctx.loaders.organisationById,
          r.organisation_id,
          `organisation ${r.organisation_id} of a responsibility`,
        ),
    }),
    validFrom: t.exposeString('valid_from', { description: 'First day (YYYY-MM-DD) of the period.' }),
    validTo: t.exposeString('valid_to', {
      nullable: true,
      description: 'Last day (YYYY-MM-DD, inclusive) of the period; null while it lasts.',
    }),
    note: t.exposeString('note', {
      nullable: true,
      description: 'Where the fact comes from and how exact the dates are, in German, with source tags [S-Bn].',
    }),
    isSample: sampleFlagField(t),
  }),
});

builder.queryFields((t) => ({
  responsibleFor: t.field({
    type: OrganisationRef,
    nullable: true,
    description:
      'The organisation responsible for an area on a day; null when nobody held the area then (before the first ' +
      'recorded period). A malformed date is BAD_USER_INPUT.',
    args: {
      area: t.arg({ type: ResponsibilityAreaEnum, required: true, description: 'The area of responsibility.' }),
      on: t.arg.string({ description: 'The day, as YYYY-MM-DD; default today (Europe/Berlin).' }),
    },
    resolve: async (_root, args, ctx) => {
      const on = parseDateOrToday('on', args.on, ctx.clock);
      const period = await findResponsibilityOn(ctx.db, args.area, on);
      return period ? ctx.loaders.organisationById.load(period.organisation_id) : null;
    },
  }),
  responsibilities: t.field({
    directives: listSize(200),
    nullable: { list: true, items: false },
    type: [ResponsibilityRef],
    description:
      'Every period of responsibility, or those of one area, ordered by area (in the order the ResponsibilityArea ' +
      'enum declares them), then start.',
    args: { area: t.arg({ type: ResponsibilityAreaEnum, required: false, description: 'Only periods of this area.' }) },
    resolve: (_root, { area }, ctx) => listResponsibilities(ctx.db, area),
  }),
}));
