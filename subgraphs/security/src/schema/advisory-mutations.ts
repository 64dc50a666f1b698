import { badUserInput, parseText, runMutation, todayInBerlin } from '@kaz/subgraph-kit';
import { builder } from '../builder.ts';
import { insertAdvisory, nextAdvisoryId } from '../db/advisory.ts';
import { parseCveIds } from '../validation.ts';
import { AdvisoryRef, AdvisorySeverityEnum, MAX_CVE_IDS, MAX_PRODUCTS } from './advisory.ts';

const AdvisoryProductInput = builder.inputType('AdvisoryProductInput', {
  description: 'A product an advisory affects: its vendor (Hersteller) and its name, as the vendor spells them.',
  fields: (t) => ({
    vendor: t.string({ required: true, description: 'The vendor, at most 200 characters.' }),
    product: t.string({ required: true, description: 'The product name, at most 200 characters.' }),
  }),
});

const PublishAdvisoryInput = builder.inputType('PublishAdvisoryInput', {
  description: 'A new advisory (Warnmeldung) of CERT-Brandenburg; it is public (TLP:CLEAR) once published.',
  fields: (t) => ({
    title: t.string({ required: true, description: 'Short title (German), at most 200 characters.' }),
    severity: t.field({ type: AdvisorySeverityEnum, required: true, description: 'How serious the vulnerability is.' }),
    cveIds: t.stringList({
      required: true,
      description: `The CVE ids, e.g. "CVE-2026-12345", none twice, at most ${MAX_CVE_IDS}; empty while none is assigned.`,
    }),
    affectedProducts: t.field({
      type: [AdvisoryProductInput],
      required: true,
      description: `The products the advisory affects, 1 to ${MAX_PRODUCTS}, none twice.`,
    }),
  }),
});

builder.mutationField('publishAdvisory', (t) =>
  t.field({
    type: AdvisoryRef,
    description:
      'Publishes an advisory of CERT-Brandenburg, now, under the next reference of the year ("CERT-BB-ADV-<year>-<number>"). ' +
      'Needs the scope security:write. The advisory is public from then on.',
    args: { input: t.arg({ type: PublishAdvisoryInput, required: true, description: 'The advisory.' }) },
    resolve: (_root, { input }, ctx, info) =>
      runMutation(ctx, info, 'security:write', () => {
        const title = parseText('input.title', input.title, 200);
        if (input.cveIds.length > MAX_CVE_IDS) throw badUserInput('input.cveIds', `must name at most ${MAX_CVE_IDS}`);
        const cveIds = parseCveIds('input.cveIds', input.cveIds);
        if (input.affectedProducts.length === 0) throw badUserInput('input.affectedProducts', 'must name a product');
        if (input.affectedProducts.length > MAX_PRODUCTS) {
          throw badUserInput('input.affectedProducts', `must name at most ${MAX_PRODUCTS}`);
        }
        const products = input.affectedProducts.map((p, i) => ({
          vendor: parseText(`input.affectedProducts.${i}.vendor`, p.vendor, 200),
          product: parseText(`input.affectedProducts.${i}.product`, p.product, 200),
        }));
        const seen = new Set<string>();
        for (const p of products) {
          const key = `${p.vendor}\u0000${p.product}`;
          if (seen.has(key)) throw badUserInput('input.affectedProducts', `names ${p.vendor} / ${p.product} twice`);
          seen.add(key);
        }
        const publishedAt = ctx.clock.now();
        return {
          entityType: 'Advisory',
          entityId: '',
          work: async (trx) => {
            // The year of the reference is the year of publishedAt in Berlin: one reading of the clock.
            const id = await nextAdvisoryId(trx, todayInBerlin(publishedAt).slice(0, 4));
            const advisory = await insertAdvisory(
              trx,
              { id, title, published_at: publishedAt, severity: input.severity, cve_ids: cveIds, is_sample: false },
              products,
            );
            return { before: null, after: { ...advisory, affectedProducts: products }, result: advisory, entityId: id };
          },
        };
      }),
  }),
);
