import {
  connectionType,
  loadPage,
  pageArgs,
  SAMPLE_RECORDS_NOTE,
  sampleFlagField,
  versionField,
} from '@kaz/subgraph-kit';
import { builder } from '../builder.ts';
import { type EXTERNAL_BODY_KINDS, listExternalBodies } from '../db/external-body.ts';
import { ExternalBodyRef } from './refs.ts';

export const ExternalBodyKindEnum = builder.enumType('ExternalBodyKind', {
  description: 'The kind of a body outside Brandenburg the Kaz cooperates with (Umsetzungskonzept Kaz, §3).',
  values: {
    FEDERAL_BODY: {
      description: 'A body of the Bund, or of Bund and Länder together, e.g. the FITKO (Föderale IT-Kooperation).',
    },
    LAND_BODY: { description: 'An authority or body of another Land, e.g. its Landes-IT-Dienstleister.' },
    MUNICIPAL_IT_PROVIDER: {
      description: 'A kommunaler IT-Dienstleister of another Land (a municipal IT service provider or Zweckverband).',
    },
    ASSOCIATION: { description: 'An association, e.g. a kommunaler Spitzenverband of another Land.' },
    OTHER: { description: 'Any other body.' },
  } satisfies Record<(typeof EXTERNAL_BODY_KINDS)[number], { description: string }>,
});

/** A page of external bodies; used by `Query.externalBodies`. */
export const ExternalBodyConnection = connectionType(builder, ExternalBodyRef, {
  description: 'A page of bodies outside Brandenburg the Kaz cooperates with.',
  items: 'bodies',
  item: 'An external body',
});

ExternalBodyRef.implement({
  description:
    'A body outside Brandenburg the Kaz cooperates with, and that cooperation: what it is about and since when ' +
    '(Umsetzungskonzept Kaz, §3: "Zusammenarbeit mit Stellen außerhalb Brandenburgs"). Owned by the Kaz, kept in ' +
    `the organisations subgraph (recordExternalBody). ${SAMPLE_RECORDS_NOTE}`,
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable key of the body, e.g. "fitko".' }),
    name: t.exposeString('name', { description: 'Name of the body, e.g. "Föderale IT-Kooperation (FITKO)".' }),
    shortName: t.exposeString('short_name', { nullable: true, description: 'Short name, e.g. "FITKO".' }),
    kind: t.field({
      type: ExternalBodyKindEnum,
      description: 'What kind of body this is.',
      resolve: (b) => b.kind,
    }),
    land: t.exposeString('land', {
      nullable: true,
      description: 'The Land the body belongs to, e.g. "Sachsen"; null for a body of the Bund or of Bund and Länder.',
    }),
    website: t.exposeString('website', { nullable: true, description: 'The body’s website (https), if known.' }),
    cooperationSubject: t.exposeString('cooperation_subject', {
      description: 'What the Kaz and the body cooperate on (Gegenstand der Zusammenarbeit), in German.',
    }),
    cooperatingSince: t.exposeString('cooperating_since', {
      description: 'First day of the cooperation (YYYY-MM-DD).',
    }),
    isSample: sampleFlagField(t),
    version: versionField(t, 'external body'),
  }),
});

builder.queryFields((t) => ({
  externalBody: t.field({
    type: ExternalBodyRef,
    nullable: true,
    description: 'One body outside Brandenburg by its key; null when there is none with that key. Public.',
    args: { id: t.arg.id({ required: true, description: 'Key of the body, e.g. "fitko".' }) },
    resolve: (_root, { id }, ctx) => ctx.loaders.externalBodyById.load(id),
  }),
  externalBodies: t.field({
    nullable: true,
    type: ExternalBodyConnection,
    description:
      'The bodies outside Brandenburg the Kaz cooperates with (Umsetzungskonzept Kaz, §3), ordered by the start ' +
      'of the cooperation, then key, a page at a time. Public (rule read.reference).',
    args: {
      kind: t.arg({ type: ExternalBodyKindEnum, description: 'Only bodies of this kind.' }),
      ...pageArgs(t.arg),
    },
    resolve: (_root, args, ctx) =>
      loadPage(
        args,
        (page) => listExternalBodies(ctx.db, args.kind ?? null, page),
        (row) => ctx.loaders.externalBodyById.prime(row.id, row),
      ),
  }),
}));
