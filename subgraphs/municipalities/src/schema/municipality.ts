import {
  badUserInput,
  type ColumnsOfFields,
  connectionColumns,
  connectionType,
  loadPage,
  municipalityKeyFields,
  pageArgs,
  parseAgs,
  parseArs,
} from '@kaz/subgraph-kit';

import { builder } from '../builder.ts';
import {
  listMunicipalities,
  type MUNICIPALITY_KINDS,
  type MunicipalityColumn,
  type MunicipalityRow,
} from '../db/municipality.ts';

export const MunicipalityKindEnum = builder.enumType('MunicipalityKind', {
  description:
    'The kind of a Kommune (local authority) in Brandenburg, by the Kommunalverfassung (BbgKVerf) and the ' +
    'Verbandsgemeinde- und Mitverwaltungsgesetz (VgMvG, 2018).',
  values: {
    LANDKREIS: { description: 'Landkreis: rural district, the upper level of local self-government.' },
    KREISFREIE_STADT: { description: 'Kreisfreie Stadt: city that belongs to no Landkreis and does its tasks itself.' },
    AMT: {
      description:
        'Amt: administrative union of amtsangehörige Gemeinden of one Landkreis that runs their administration (Amtsordnung of the BbgKVerf).',
    },
    VERBANDSGEMEINDE: {
      description:
        'Verbandsgemeinde: union of Ortsgemeinden that does their administration and takes over some of their tasks (VgMvG; only Liebenwerda).',
    },
    MITVERWALTUNG: {
      description:
        'Mitverwaltung: one Gemeinde, the mitverwaltende Gemeinde, runs the administration of neighbouring ' +
        'mitverwaltete Gemeinden (VgMvG); the record of that arrangement (only "Schwedt/Oder, Stadt": ' +
        'Schwedt/Oder for Pinnow). Destatis codes it as an Amt; it is not one.',
    },
    AMTSFREIE_GEMEINDE: {
      description:
        'Amtsfreie Gemeinde: Gemeinde (town or municipality) with its own administration; also a mitverwaltende ' +
        'Gemeinde, which runs the administration of a Mitverwaltung (e.g. Schwedt/Oder).',
    },
    AMTSANGEHOERIGE_GEMEINDE: {
      description: 'Amtsangehörige Gemeinde: Gemeinde whose administration is run by its Amt (Amtsordnung).',
    },
    ORTSGEMEINDE: {
      description:
        'Ortsgemeinde: member Gemeinde of a Verbandsgemeinde, which runs its administration (VgMvG); not amtsangehörig.',
    },
    MITVERWALTETE_GEMEINDE: {
      description:
        'Mitverwaltete Gemeinde: Gemeinde whose administration is run by a neighbouring Gemeinde, the mitverwaltende ' +
        'Gemeinde, in a Mitverwaltung (VgMvG), e.g. Pinnow by Schwedt/Oder; not amtsangehörig.',
    },
  } satisfies Record<(typeof MUNICIPALITY_KINDS)[number], { description: string }>,
});

export const MunicipalityRef = builder.objectRef<MunicipalityRow>('Municipality');

export const MunicipalityConnection = connectionType(builder, MunicipalityRef, {
  description: 'A page of Kommunen.',
  items: 'Kommunen',
  item: 'A Kommune',
});

const INCLUDE_DISSOLVED = {
  required: false,
  defaultValue: false,
  description:
    'Also list Kommunen that were dissolved (aufgelöst) or merged into another (`dissolvedOn` set); default: only current ones.',
} as const;

MunicipalityRef.implement({
  description:
    'A Kommune of Brandenburg: Landkreis, kreisfreie Stadt, Amt, Verbandsgemeinde, Mitverwaltung or Gemeinde. ' +
    'Reference data from the official municipal directory of Destatis (Gemeindeverzeichnis GV100AD; the hub ships the ' +
    'edition of 30.11.2023, newer editions are loaded by the operator). A Kommune that was dissolved or merged stays ' +
    'resolvable by its ARS, with `dissolvedOn` and `successor`.',
  fields: (t) => ({
    // `ars`, and the ARS again as a shareable `id` for client caches: the same in every subgraph.
    ...municipalityKeyFields(t),
    ags: t.exposeString('ags', {
      nullable: true,
      description: 'Amtlicher Gemeindeschlüssel (AGS), 8 digits; only Gemeinden and kreisfreie Städte have one.',
    }),
    name: t.exposeString('name', {
      description: 'Official name as Destatis writes it, e.g. "Potsdam, Stadt" or "Cottbus/Chóśebuz, Stadt".',
    }),
    displayName: t.exposeString('display_name', {
      description: 'Name with its kind for display, e.g. "Landkreis Uckermark", "Amt Gramzow".',
    }),
    kind: t.expose('kind', { type: MunicipalityKindEnum, description: 'What kind of Kommune this is.' }),
    population: t.exposeInt('population', {
      nullable: true,
      description:
        'Einwohner (inhabitants) on `figuresDate`. For a Landkreis, Amt or Verbandsgemeinde the sum of its Gemeinden; ' +
        'for a Mitverwaltung the sum over its area, the mitverwaltende and the mitverwalteten Gemeinden.',
    }),
    areaKm2: t.exposeFloat('area_km2', {
      nullable: true,
      description: 'Area in km² on `figuresDate`; summed like `population` for unions of Gemeinden.',
    }),
    figuresDate: t.exposeString('figures_date', {
      nullable: true,
      description: 'Reference date (Stichtag, YYYY-MM-DD) of population and area.',
    }),
    territorialStatusDate: t.exposeString('territorial_status_date', {
      description: 'Gebietsstand: the date (YYYY-MM-DD) of the territorial status this record describes.',
    }),
    seat: t.exposeString('seat', {
      nullable: true,
      description: 'Verwaltungssitz: seat of the administration of a Landkreis, Amt or Verbandsgemeinde.',
    }),
    postalCode: t.exposeString('postal_code', {
      nullable: true,
      description: 'Postleitzahl of a Gemeinde (of its administrative seat when it has several).',
    }),
    district: t.field({
      type: MunicipalityRef,
      nullable: true,
      description: 'The Landkreis this Kommune belongs to; null for a Landkreis itself and for kreisfreie Städte.',
      resolve: (m, _args, ctx) => (m.district_ars ? ctx.loaders.municipalityByArs.load(m.district_ars) : null),
    }),
    amt: t.field({
      type: MunicipalityRef,
      nullable: true,
      description:
        'The body that runs the administration of this Gemeinde: its Amt (amtsangehörige Gemeinde), its ' +
        'Verbandsgemeinde (Ortsgemeinde) or its Mitverwaltung (mitverwaltete Gemeinde; VgMvG). Null when the Gemeinde ' +
        'administers itself: an amtsfreie Gemeinde, a kreisfreie Stadt, and a mitverwaltende Gemeinde such as ' +
        'Schwedt/Oder (see `mitverwaltung`).',
      resolve: (m, _args, ctx) => (m.amt_ars ? ctx.loaders.municipalityByArs.load(m.amt_ars) : null),
    }),
    mitverwaltendeGemeinde: t.field({
      type: MunicipalityRef,
      nullable: true,
      description:
        'For a Mitverwaltung: the mitverwaltende Gemeinde, the Gemeinde whose administration also runs that of the ' +
        'mitverwalteten Gemeinden (VgMvG), e.g. Schwedt/Oder; null for every other kind.',
      resolve: (m, _args, ctx) => (m.kind === 'MITVERWALTUNG' ? ctx.loaders.mitverwaltendeGemeinde.load(m.ars) : null),
    }),
    mitverwaltung: t.field({
      type: MunicipalityRef,
      nullable: true,
      description:
        'For a mitverwaltende Gemeinde (an amtsfreie Gemeinde, e.g. Schwedt/Oder): the Mitverwaltung it runs for its ' +
        'neighbours (VgMvG), whose `members` are the mitverwalteten Gemeinden; null for every other Kommune.',
      resolve: async (m, _args, ctx) => {
        if (m.kind !== 'AMTSFREIE_GEMEINDE') return null;
        // A Gemeinde's ARS carries the Verband key of its Gemeindeverband: a Mitverwaltung's for the
        // mitverwaltende Gemeinde, its own Verband key (no record) for any other amtsfreie Gemeinde.
        const union = await ctx.loaders.municipalityByArs.load(`${m.ars.slice(0, 9)}000`);
        return union?.kind === 'MITVERWALTUNG' ? union : null;
      },
    }),
    members: t.field({
      type: MunicipalityConnection,
      description:
        'The Gemeinden of a Landkreis, Amt, Verbandsgemeinde or Mitverwaltung, ordered by ARS; empty for a Gemeinde. ' +
        'Those of a Mitverwaltung are the mitverwalteten Gemeinden (its `mitverwaltendeGemeinde` administers itself). ' +
        'Current Gemeinden only unless `includeDissolved`; `totalCount` counts the same.',
      args: { ...pageArgs(t.arg), includeDissolved: t.arg.boolean(INCLUDE_DISSOLVED) },
      resolve: (m, args, ctx) => {
        const loader = args.includeDissolved ? ctx.loaders.membersIncludingDissolved : ctx.loaders.members;
        return loadPage(args, (page) => loader.load({ parent: m.ars, ...page }));
      },
    }),
    dissolvedOn: t.exposeString('dissolved_on', {
      nullable: true,
      description:
        'The day (YYYY-MM-DD) this Kommune ended: merged into another (Eingemeindung or Zusammenschluss), dissolved ' +
        '(Auflösung), or given a new ARS (a Gemeinde that changes its Amt). Null while it exists. A record of another ' +
        'partner that still names a Kommune with a dissolvedOn is a stale reference: follow `successor`.',
    }),
    successor: t.field({
      type: MunicipalityRef,
      nullable: true,
      description:
        'The Kommune this one went into (Rechtsnachfolger: the Gemeinde it merged into, or its own new ARS after a ' +
        'change of Amt); null while it exists and when the Gemeindeverzeichnis named none. May itself be dissolved later.',
      resolve: (m, _args, ctx) => (m.successor_ars ? ctx.loaders.municipalityByArs.load(m.successor_ars) : null),
    }),
    validFrom: t.exposeString('valid_from', {
      nullable: true,
      description:
        'The day (YYYY-MM-DD) from which name, kind, Landkreis and Amt of this record hold: when it came into being or ' +
        'last changed by a new edition of the Gemeindeverzeichnis. Null when unchanged since the first edition the hub loaded.',
    }),
  }),
});

/** The columns each field of Municipality that does not expose one column reads (see `connectionColumns`). */
export const COLUMNS_OF_COMPUTED_FIELDS = {
  district: ['district_ars'],
  amt: ['amt_ars'],
  mitverwaltendeGemeinde: ['kind', 'ars'],
  mitverwaltung: ['kind', 'ars'],
  members: ['ars'],
  successor: ['successor_ars'],
} satisfies ColumnsOfFields<MunicipalityColumn>;

builder.asEntity(MunicipalityRef, {
  key: builder.selection<{ ars: string }>('ars'),
  resolveReference: (ref, ctx) => ctx.loaders.municipalityByArs.load(ref.ars),
});

const MunicipalityFilterInput = builder.inputType('MunicipalityFilter', {
  description: 'Narrows the list of Kommunen; all given parts must match.',
  fields: (t) => ({
    kinds: t.field({ type: [MunicipalityKindEnum], required: false, description: 'Only these kinds.' }),
    districtArs: t.id({ required: false, description: 'Only Kommunen in this Landkreis (its 12-digit ARS).' }),
    amtArs: t.id({
      required: false,
      description:
        'Only Gemeinden administered by this Amt, Verbandsgemeinde or Mitverwaltung (its 12-digit ARS), as `amt` gives it.',
    }),
    nameContains: t.string({
      required: false,
      description: 'Only Kommunen whose name contains this text (case-insensitive).',
    }),
    populationMin: t.int({ required: false, description: 'Only Kommunen with at least this many inhabitants.' }),
    populationMax: t.int({ required: false, description: 'Only Kommunen with at most this many inhabitants.' }),
  }),
});

builder.queryFields((t) => ({
  municipality: t.field({
    type: MunicipalityRef,
    nullable: true,
    description:
      'One Kommune by its ARS or its AGS (give exactly one). A malformed key is BAD_USER_INPUT; an unknown one gives null. ' +
      'A Kommune that was dissolved or merged still resolves, with `dissolvedOn` and its `successor`; by AGS, the current ' +
      'Gemeinde with that AGS comes first.',
    args: {
      ars: t.arg.id({ required: false, description: 'Amtlicher Regionalschlüssel, 12 digits.' }),
      ags: t.arg.string({ required: false, description: 'Amtlicher Gemeindeschlüssel, 8 digits.' }),
    },
    resolve: (_root, { ars, ags }, ctx) => {
      if ((ars == null) === (ags == null)) throw badUserInput('ars', 'give exactly one of ars and ags');
      if (ars != null) {
        return ctx.loaders.municipalityByArs.load(parseArs('ars', ars));
      }
      return ctx.loaders.municipalityByAgs.load(parseAgs('ags', ags as string));
    },
  }),
  municipalities: t.field({
    nullable: true,
    type: MunicipalityConnection,
    description:
      'Kommunen matching the filter, ordered by ARS, a page at a time; current ones only unless `includeDissolved` ' +
      '(`totalCount` counts the same).',
    args: {
      filter: t.arg({ type: MunicipalityFilterInput, required: false, description: 'Which Kommunen to list.' }),
      includeDissolved: t.arg.boolean(INCLUDE_DISSOLVED),
      ...pageArgs(t.arg),
    },
    resolve: (_root, args, ctx, info) => {
      const filter = { ...args.filter, includeDissolved: args.includeDissolved };
      if (filter.districtArs != null) parseArs('filter.districtArs', filter.districtArs);
      if (filter.amtArs != null) parseArs('filter.amtArs', filter.amtArs);
      // Only the columns the selected fields read; whole rows (all columns) also prime the by-ARS
      // loader, so that a nested `amt` or `district` among them costs no statement.
      const columns = connectionColumns(info, COLUMNS_OF_COMPUTED_FIELDS, ['ars']);
      return loadPage(
        args,
        (page) => listMunicipalities(ctx.db, filter, page, columns),
        columns ? undefined : (row) => ctx.loaders.municipalityByArs.prime(row.ars, row),
      );
    },
  }),
}));
