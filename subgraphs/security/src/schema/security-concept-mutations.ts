import {
  badUserInput,
  clientError,
  expectVersion,
  parseDate,
  parseKommuneArs,
  parseVersion,
  runMutation,
} from '@kaz/subgraph-kit';
import { requireConceptWrite } from '../access.ts';
import { builder } from '../builder.ts';
import { insertConcept, lockConceptByArs, updateConcept } from '../db/security-concept.ts';
import { ConceptBasisEnum, ConceptStatusEnum, SecurityConceptRef } from './security-concept.ts';

const SaveSecurityConceptInput = builder.inputType('SaveSecurityConceptInput', {
  description:
    'The IT-Sicherheitskonzept of one Kommune, as a whole: creates it (without `version`) or replaces it (with the `version` you last read).',
  fields: (t) => ({
    municipalityArs: t.id({
      required: true,
      description: 'The Kommune whose concept this is (12-digit ARS of a real Kommune, Landkreise and Ämter included).',
    }),
    version: t.int({
      required: false,
      description: 'Omit to create the concept; to change it, the `version` you last read (CONFLICT when stale).',
    }),
    basis: t.field({ type: ConceptBasisEnum, required: true, description: 'The standard the concept follows.' }),
    status: t.field({ type: ConceptStatusEnum, required: true, description: 'Where the concept stands.' }),
    adoptedOn: t.string({
      required: false,
      description:
        'Date (YYYY-MM-DD) the administration adopted the concept; must be omitted for a DRAFT, given otherwise.',
    }),
    reviewDueOn: t.string({
      required: false,
      description:
        'Date (YYYY-MM-DD) the concept is due for review, after `adoptedOn`; must be omitted for a DRAFT, given otherwise.',
    }),
  }),
});

builder.mutationField('saveSecurityConcept', (t) =>
  t.field({
    type: SecurityConceptRef,
    description:
      'Creates or replaces the IT-Sicherheitskonzept of a Kommune. Needs the scope security:write, or the token of that Kommune. ' +
      'Creating a concept that exists, or changing one with a stale version, is a CONFLICT; changing one that does not exist is NOT_FOUND.',
    args: { input: t.arg({ type: SaveSecurityConceptInput, required: true, description: 'The concept.' }) },
    resolve: (_root, { input }, ctx, info) =>
      runMutation(
        ctx,
        info,
        (known) => requireConceptWrite(known, input.municipalityArs),
        async () => {
          const ars = parseKommuneArs('input.municipalityArs', input.municipalityArs);
          const version = input.version == null ? null : parseVersion('input.version', input.version);
          const adoptedOn = input.adoptedOn == null ? null : parseDate('input.adoptedOn', input.adoptedOn);
          const reviewDueOn = input.reviewDueOn == null ? null : parseDate('input.reviewDueOn', input.reviewDueOn);
          // The same rules as the table's constraints: a draft is not adopted yet, so it has no dates.
          if (input.status === 'DRAFT') {
            if (adoptedOn) throw badUserInput('input.adoptedOn', 'a DRAFT has no adoption date');
            if (reviewDueOn) throw badUserInput('input.reviewDueOn', 'a DRAFT has no review date');
          } else {
            if (!adoptedOn)
              throw badUserInput('input.adoptedOn', `is required for a concept in status ${input.status}`);
            if (!reviewDueOn)
              throw badUserInput('input.reviewDueOn', `is required for a concept in status ${input.status}`);
            if (reviewDueOn <= adoptedOn) throw badUserInput('input.reviewDueOn', 'must be after adoptedOn');
          }
          const values = {
            basis: input.basis,
            status: input.status,
            adopted_on: adoptedOn,
            review_due_on: reviewDueOn,
          };
          const id = `ISK-${ars}`;
          return {
            entityType: 'SecurityConcept',
            entityId: id,
            work: async (trx) => {
              if (version == null) {
                const created = await insertConcept(trx, { id, ars, ...values, is_sample: false });
                if (!created) {
                  throw clientError('CONFLICT', `${ars} already has a concept; send its version to change it`);
                }
                return { before: null, after: created, result: created };
              }
              const before = expectVersion(await lockConceptByArs(trx, ars), version, `the concept of ${ars}`);
              const after = await updateConcept(trx, ars, values);
              return { before, after, result: after };
            },
          };
        },
      ),
  }),
);
