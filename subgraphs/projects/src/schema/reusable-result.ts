import {
  connectionType,
  listSize,
  loadPage,
  pageArgs,
  SAMPLE_RECORDS_NOTE,
  sampleFlagField,
  versionField,
} from '@kaz/subgraph-kit';
import { builder } from '../builder.ts';
import { listReusableResults, type ReusableResultRow, type ReuseRequestRow } from '../db/cooperation.ts';
import { MunicipalityRef, ProjectRef, ResultTransferRef } from './refs.ts';

const SECTION = '(Umsetzungskonzept Kaz, §3)';

/** A result of a project offered for reuse (Nachnutzung); implemented below. */
export const ReusableResultRef = builder.objectRef<ReusableResultRow>('ReusableResult');

/** A Kommune's wish to reuse a result; implemented below. */
export const ReuseRequestRef = builder.objectRef<ReuseRequestRow>('ReuseRequest');

ReuseRequestRef.implement({
  description:
    `Nachnutzungswunsch: a Kommune wants to reuse a result offered for reuse ${SECTION}; the Kaz arranges the ` +
    `transfer (then listed in the project's resultTransfers). Owned by the Kaz (projects subgraph). ${SAMPLE_RECORDS_NOTE}`,
  fields: (t) => ({
    municipality: t.field({
      type: MunicipalityRef,
      description: 'The Kommune that wants to reuse the result.',
      resolve: (request) => ({ ars: request.ars }),
    }),
    requestedOn: t.exposeString('requested_on', { description: 'When it asked (YYYY-MM-DD).' }),
    note: t.exposeString('note', { nullable: true, description: 'What it needs or plans (German); null for none.' }),
    version: versionField(t, 'reuse request'),
    isSample: sampleFlagField(t),
  }),
});

ReusableResultRef.implement({
  description:
    `Nachnutzbares Ergebnis: a result of a project (a software, a process model, a Mustervertrag …) that other ` +
    `Kommunen may reuse, on stated terms, with the functional mailbox to contact ${SECTION}; the transfer of ` +
    `results is one of the Kaz's tasks. Owned by the Kaz (projects subgraph). ${SAMPLE_RECORDS_NOTE}`,
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Key, "NE-XXXX-XXXX-XXXX" (nachnutzbares Ergebnis); it never changes.' }),
    title: t.exposeString('title', { description: 'What the result is (German).' }),
    description: t.exposeString('description', { description: 'What it does and what a Kommune needs to reuse it.' }),
    licence: t.exposeString('licence', {
      description:
        'Licence or legal basis of reuse: an SPDX identifier for open source (e.g. "EUPL-1.2"), or ' +
        '"Nachnutzungsvereinbarung" for a reuse agreement (e.g. EfA).',
    }),
    terms: t.exposeString('terms', {
      description: 'Terms of reuse (German): costs, conditions, what the reusing Kommune must provide.',
    }),
    contactMailbox: t.exposeString('contact_mailbox', {
      description:
        'Whom to contact: a functional mailbox (Funktionspostfach) of the offering partner, never a person’s address.',
    }),
    availableSince: t.exposeString('available_since', { description: 'Since when it can be reused (YYYY-MM-DD).' }),
    project: t.field({
      type: ProjectRef,
      description: 'The project that produced the result.',
      resolve: async (result, _args, ctx) => {
        const project = await ctx.loaders.projectById.load(result.project_id);
        if (!project) throw new Error(`project ${result.project_id} of result ${result.id} is missing`);
        return project;
      },
    }),
    reusedBy: t.field({
      directives: listSize(100),
      type: [ResultTransferRef],
      description:
        'The Kommunen outside the project that already reuse the project’s result (Ergebnistransfer), by date.',
      resolve: (result, _args, ctx) => ctx.loaders.resultTransfersOfProject.load(result.project_id),
    }),
    reuseRequests: t.field({
      directives: listSize(100),
      type: [ReuseRequestRef],
      description: `The Kommunen that asked to reuse the result (Nachnutzungswunsch), by date ${SECTION}.`,
      resolve: (result, _args, ctx) => ctx.loaders.reuseRequestsOfResult.load(result.id),
    }),
    version: versionField(t, 'reusable result'),
    isSample: sampleFlagField(t),
  }),
});

const ReusableResultConnection = connectionType(builder, ReusableResultRef, {
  description: 'A page of reusable results (Nachnutzung).',
  items: 'reusable results',
  item: 'A reusable result',
});

builder.objectFields(ProjectRef, (t) => ({
  reusableResults: t.field({
    directives: listSize(50),
    type: [ReusableResultRef],
    description: `The results of the project offered for reuse, by title ${SECTION}. Public.`,
    resolve: (project, _args, ctx) => ctx.loaders.reusableResultsOfProject.load(project.id),
  }),
}));

builder.queryFields((t) => ({
  reusableResults: t.field({
    type: ReusableResultConnection,
    description:
      `Every result offered for reuse (Nachnutzung), newest first, with its terms and contact ${SECTION}. Public: ` +
      'any Kommune may look for results to reuse.',
    args: pageArgs(t.arg),
    resolve: (_root, args, ctx) => loadPage(args, (page) => listReusableResults(ctx.db, page)),
  }),
  reusableResult: t.field({
    type: ReusableResultRef,
    nullable: true,
    description: `One reusable result by key ${SECTION}; null for an unknown key. Public.`,
    args: { id: t.arg.id({ required: true, description: 'Key, "NE-XXXX-XXXX-XXXX".' }) },
    resolve: (_root, { id }, ctx) => ctx.loaders.reusableResultById.load(String(id)),
  }),
}));
