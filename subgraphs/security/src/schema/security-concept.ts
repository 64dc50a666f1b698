import {
  badUserInput,
  connectionType,
  entityById,
  loadPage,
  pageArgs,
  parseDate,
  requireScope,
  SAMPLE_RECORDS_NOTE,
  sampleFlagField,
  versionField,
} from '@kaz/subgraph-kit';
import { mayReadConcept, requireConceptLookup } from '../access.ts';

import { builder } from '../builder.ts';
import {
  type ConceptBasis,
  type ConceptFilter,
  type ConceptRow,
  type ConceptStatus,
  listConcepts,
} from '../db/security-concept.ts';
import { MunicipalityRef } from './refs.ts';

const CONCEPT_ID_PATTERN = /^ISK-\d{12}$/;

export const ConceptBasisEnum = builder.enumType('SecurityConceptBasis', {
  description: 'The standard an IT-Sicherheitskonzept (information security concept) follows.',
  values: {
    BSI_GRUNDSCHUTZ_BASIS: {
      description:
        'BSI IT-Grundschutz, Basis-Absicherung: the entry level; basic requirements for all processes (BSI-Standard 200-2).',
    },
    BSI_GRUNDSCHUTZ_STANDARD: {
      description:
        'BSI IT-Grundschutz, Standard-Absicherung: the full method for normal protection needs (BSI-Standard 200-2).',
    },
    BSI_GRUNDSCHUTZ_KERN: {
      description:
        'BSI IT-Grundschutz, Kern-Absicherung: protects the most critical assets (Kronjuwelen) first (BSI-Standard 200-2).',
    },
    ISIS12: {
      description:
        'ISIS12: "Informationssicherheit in 12 Schritten", a lean ISMS for small and medium organisations such as Kommunen.',
    },
    ISO_27001: {
      description: 'ISO/IEC 27001: the international ISMS standard (native, not on the basis of IT-Grundschutz).',
    },
  } satisfies Record<ConceptBasis, { description: string }>,
});

export const ConceptStatusEnum = builder.enumType('SecurityConceptStatus', {
  description: 'Where an IT-Sicherheitskonzept stands.',
  values: {
    DRAFT: { description: 'Entwurf: being written; not adopted yet, so no adoption or review date.' },
    ADOPTED: { description: 'Beschlossen: adopted by the administration and in force; next review still ahead.' },
    UNDER_REVIEW: { description: 'In Überarbeitung: in force, being reviewed and updated.' },
    OUTDATED: { description: 'Veraltet: its review date has passed without a review.' },
  } satisfies Record<ConceptStatus, { description: string }>,
});

export const SecurityConceptRef = builder.objectRef<ConceptRow>('SecurityConcept');

export const SecurityConceptConnection = connectionType(builder, SecurityConceptRef, {
  description: 'A page of IT-Sicherheitskonzepte.',
  items: 'concepts',
  item: 'An IT-Sicherheitskonzept',
});

SecurityConceptRef.implement({
  description:
    'The IT-Sicherheitskonzept (information security concept) of one Kommune: which standard it follows, whether it ' +
    `is adopted and when it is due for review. ${SAMPLE_RECORDS_NOTE}`,
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Key "ISK-<ars>": one concept per Kommune, e.g. "ISK-120540000000".' }),
    municipality: t.field({
      type: MunicipalityRef,
      description: 'The Kommune whose concept this is.',
      resolve: (c) => ({ ars: c.ars }),
    }),
    basis: t.field({
      type: ConceptBasisEnum,
      description: 'The standard the concept follows.',
      resolve: (c) => c.basis,
    }),
    status: t.field({ type: ConceptStatusEnum, description: 'Where the concept stands.', resolve: (c) => c.status }),
    adoptedOn: t.exposeString('adopted_on', {
      nullable: true,
      description: 'Date (YYYY-MM-DD) the administration adopted the concept (Beschluss); null for a DRAFT.',
    }),
    reviewDueOn: t.exposeString('review_due_on', {
      nullable: true,
      description:
        'Date (YYYY-MM-DD) by which the concept must be reviewed; always after `adoptedOn`; null for a DRAFT.',
    }),
    version: versionField(t, 'security concept'),
    isSample: sampleFlagField(t),
  }),
});

// A reference is checked like securityConcept(id): only CERT-Brandenburg, the Kommune itself and its Amt;
// another Kommune's concept is null, as if it did not exist.
// Async, so that a denied reference fails on its own path (`_entities.<i>`), not the whole list.
entityById(builder, SecurityConceptRef, async (id, ctx) => {
  requireConceptLookup(ctx.principal);
  if (!mayReadConcept(ctx.principal, id.slice('ISK-'.length))) return null;
  return ctx.loaders.conceptById.load(id);
});

builder.queryFields((t) => ({
  securityConcept: t.field({
    type: SecurityConceptRef,
    nullable: true,
    description:
      'One IT-Sicherheitskonzept by its key "ISK-<ars>". Only for CERT-Brandenburg (scope security:read), for the Kommune itself ' +
      'and for the Amt (Verbandsgemeinde, Mitverwaltung) of a Gemeinde ' +
      '(UNAUTHENTICATED without a token, FORBIDDEN for any other role, whether the concept exists or not). ' +
      "Null for an unknown one, and for a Kommune also for another Kommune's (the same answer); a malformed key is BAD_USER_INPUT.",
    args: { id: t.arg.id({ required: true, description: 'Key "ISK-<ars>", e.g. "ISK-120540000000".' }) },
    resolve: (_root, { id }, ctx) => {
      const principal = requireConceptLookup(ctx.principal);
      if (!CONCEPT_ID_PATTERN.test(id)) throw badUserInput('id', 'must look like "ISK-120540000000"');
      if (!mayReadConcept(principal, id.slice('ISK-'.length))) return null;
      return ctx.loaders.conceptById.load(id);
    },
  }),
  // Nullable, so that a denied list is an error on this field alone and the rest of the result stays intact.
  securityConcepts: t.field({
    type: SecurityConceptConnection,
    nullable: true,
    description:
      'IT-Sicherheitskonzepte matching the arguments, ordered by review date (earliest first, drafts last), then id. ' +
      'Only for CERT-Brandenburg (scope security:read): UNAUTHENTICATED without a token, FORBIDDEN otherwise (the field is then null); ' +
      'a Kommune reads its own concept through its securityPosture.',
    args: {
      status: t.arg({ type: ConceptStatusEnum, required: false, description: 'Only concepts in this status.' }),
      reviewDueBefore: t.arg.string({
        required: false,
        description: 'Only concepts whose review is due strictly before this date (YYYY-MM-DD); drafts never match.',
      }),
      ...pageArgs(t.arg),
    },
    resolve: async (_root, args, ctx) => {
      requireScope(ctx.principal, 'security:read');
      const filter: ConceptFilter = { status: args.status };
      if (args.reviewDueBefore != null) filter.reviewDueBefore = parseDate('reviewDueBefore', args.reviewDueBefore);
      return loadPage(
        args,
        (page) => listConcepts(ctx.db, filter, page),
        (row) => ctx.loaders.conceptById.prime(row.id, row),
      );
    },
  }),
}));
