import { entityById, listSize } from '@kaz/subgraph-kit';
import { builder } from '../builder.ts';
import { listOrganisations, type ORGANISATION_KINDS } from '../db/organisation.ts';
import { CommitteeMembershipRef, OrganisationRef, ResponsibilityRef } from './refs.ts';

export const OrganisationKindEnum = builder.enumType('OrganisationKind', {
  description: 'What kind of body a partner organisation is (the `kind` column of the reference data, uppercased).',
  values: {
    MINISTRY: {
      description:
        'Ministerium or the Staatskanzlei: an oberste Landesbehörde (supreme state authority) of Brandenburg.',
    },
    STATE_IT_PROVIDER: {
      description: 'Landes-IT-Dienstleister: the state’s central IT service provider (ZIT-BB, a Landesbetrieb).',
    },
    COMPETENCE_CENTRE: {
      description:
        'Kompetenzzentrum: a unit that advises and coordinates, e.g. the Kommunales Anwendungszentrum (Kaz).',
    },
    SPECIAL_PURPOSE_ASSOCIATION: {
      description: 'Zweckverband: a public-law association of Kommunen for a shared task, e.g. DIKOM.',
    },
    COMMITTEE: { description: 'Gremium: a standing committee with a legal basis, e.g. the IT-Rat (§ 15 BbgEGovG).' },
    DATA_PROTECTION_AUTHORITY: {
      description: 'Datenschutzaufsichtsbehörde: the independent data protection supervisory authority (LDA).',
    },
    WORKING_GROUP: {
      description: 'Arbeitsgemeinschaft: a voluntary association of Kommunen and other bodies, e.g. the TUIV-AG.',
    },
    MUNICIPAL_ASSOCIATION: {
      description:
        'Kommunaler Spitzenverband: the umbrella association of the Landkreise or of the Städte and Gemeinden.',
    },
  } satisfies Record<(typeof ORGANISATION_KINDS)[number], { description: string }>,
});

OrganisationRef.implement({
  description:
    'A partner organisation of Brandenburg’s municipal digitalisation: a ministry, the state IT provider ZIT-BB, ' +
    'the Kaz, DIKOM, the LDA, the TUIV-AG, the municipal associations or the IT-Rat. Reference data collected ' +
    'from public sources (see `note`).',
  fields: (t) => ({
    id: t.exposeID('id', {
      description: 'Stable key of the organisation, e.g. "mdjd", "kaz", "zit_bb".',
    }),
    name: t.exposeString('name', {
      description: 'Full official name, e.g. "Ministerium der Justiz und für Digitalisierung".',
    }),
    shortName: t.exposeString('short_name', {
      nullable: true,
      description: 'Abbreviation the organisation uses, e.g. "MdJD"; null when the sources name none.',
    }),
    kind: t.field({ type: OrganisationKindEnum, description: 'What kind of body this is.', resolve: (o) => o.kind }),
    website: t.exposeString('website', { nullable: true, description: 'Address of the official website, if any.' }),
    note: t.exposeString('note', {
      nullable: true,
      description:
        'Facts about the organisation from the reference data, in German, ending with the source tags [S-Bn] ' +
        'of the reference data’s SOURCES.md.',
    }),
    parent: t.field({
      type: OrganisationRef,
      nullable: true,
      description: 'The organisation this one belongs to (e.g. ZIT-BB for the Kaz); null for a top-level body.',
      resolve: (o, _args, ctx) => (o.parent_id ? ctx.loaders.organisationById.load(o.parent_id) : null),
    }),
    children: t.field({
      directives: listSize(50),
      type: [OrganisationRef],
      description: 'The organisations that belong to this one, ordered by name; empty when none do.',
      resolve: (o, _args, ctx) => ctx.loaders.childrenOf.load(o.id),
    }),
    responsibilities: t.field({
      directives: listSize(50),
      type: [ResponsibilityRef],
      description:
        'Every period in which this organisation held an area of responsibility (Zuständigkeit), ended ones ' +
        'included, ordered by area, then start.',
      resolve: (o, _args, ctx) => ctx.loaders.responsibilitiesOf.load(o.id),
    }),
    committees: t.field({
      directives: listSize(20),
      type: [CommitteeMembershipRef],
      description:
        'This organisation’s seats in committees (Gremien), past and present, ordered by start, then committee.',
      resolve: (o, _args, ctx) => ctx.loaders.membershipsOfOrganisation.load(o.id),
    }),
  }),
});

entityById(builder, OrganisationRef, (id, ctx) => ctx.loaders.organisationById.load(id));

builder.queryFields((t) => ({
  organisation: t.field({
    type: OrganisationRef,
    nullable: true,
    description: 'One partner organisation by its key; null when there is none with that key.',
    args: { id: t.arg.id({ required: true, description: 'Key of the organisation, e.g. "mdjd".' }) },
    resolve: (_root, { id }, ctx) => ctx.loaders.organisationById.load(id),
  }),
  organisations: t.field({
    directives: listSize(200),
    nullable: { list: true, items: false },
    type: [OrganisationRef],
    description:
      'All partner organisations, or those of one kind, ordered by kind (in the order the OrganisationKind ' +
      'enum declares them) and then by name.',
    args: {
      kind: t.arg({ type: OrganisationKindEnum, required: false, description: 'Only organisations of this kind.' }),
    },
    resolve: async (_root, { kind }, ctx) => {
      const rows = await listOrganisations(ctx.db, kind);
      for (const row of rows) ctx.loaders.organisationById.prime(row.id, row);
      return rows;
    },
  }),
}));
