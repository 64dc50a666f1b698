import {
  advisoryProductType,
  connectionType,
  entityById,
  listSize,
  loadPage,
  pageArgs,
  SAMPLE_RECORDS_NOTE,
  sampleFlagField,
} from '@kaz/subgraph-kit';
import { builder } from '../builder.ts';
import type { AdvisoryRow, AdvisorySeverity } from '../db/advisory.ts';
import { listAdvisories } from '../db/advisory.ts';
import { parseAdvisoryId } from '../validation.ts';
import { TlpEnum } from './tlp.ts';

/** The most CVE ids and products one advisory names: the lists' declared sizes, and what publishAdvisory accepts. */
export const MAX_CVE_IDS = 50;
export const MAX_PRODUCTS = 20;

// Advisories are public (TLP:CLEAR, a check of the table), so nothing here asks who reads them: the
// same answer for every request, a token or none. The contracts subgraph adds to Advisory which
// Kommunen run an affected product; that field has an access rule of its own.

export const AdvisorySeverityEnum = builder.enumType('AdvisorySeverity', {
  description:
    'How serious the vulnerability an advisory warns of is, as CERT-Brandenburg rates it (after CVSS and exploitation).',
  values: {
    LOW: { description: 'Niedrig: hard to exploit or of little effect; update in the normal cycle.' },
    MEDIUM: { description: 'Mittel: exploitable under some conditions; update soon.' },
    HIGH: { description: 'Hoch: exploitable with serious effect; update within days.' },
    CRITICAL: { description: 'Kritisch: exploited or trivially exploitable with severe effect; act at once.' },
  } satisfies Record<AdvisorySeverity, { description: string }>,
});

/**
 * A product an advisory names (shareable, declared by the kit for both subgraphs: the contracts
 * subgraph reads it through `@requires` to find the licences of the product).
 */
export const AdvisoryProductRef = advisoryProductType(builder);

export const AdvisoryRef = builder.objectRef<AdvisoryRow>('Advisory');

export const AdvisoryConnection = connectionType(builder, AdvisoryRef, {
  description: 'A page of advisories of CERT-Brandenburg.',
  items: 'advisories',
  item: 'An advisory',
});

AdvisoryRef.implement({
  description:
    'A Warnmeldung (security advisory, Sicherheitshinweis) of CERT-Brandenburg: a vulnerability in software products ' +
    'that Kommunen may run, with its CVE ids and the products it affects. Advisories are public (TLP:CLEAR) and ' +
    `readable by everyone, a token or none. ${SAMPLE_RECORDS_NOTE}`,
  fields: (t) => ({
    id: t.exposeID('id', {
      description:
        'Public reference of CERT-Brandenburg, e.g. "CERT-BB-ADV-2026-0007": "CERT-BB-ADV-", the year of publication ' +
        'and a number within it. Numbered, unlike an incident reference, since every advisory is public.',
    }),
    title: t.exposeString('title', { description: 'Short title of the advisory (German).' }),
    publishedAt: t.string({
      description: 'When CERT-Brandenburg published the advisory (ISO 8601, UTC).',
      resolve: (a) => a.published_at.toISOString(),
    }),
    severity: t.field({
      type: AdvisorySeverityEnum,
      description: 'How serious the vulnerability is.',
      resolve: (a) => a.severity,
    }),
    cveIds: t.exposeStringList('cve_ids', {
      directives: listSize(MAX_CVE_IDS),
      description:
        'The CVE ids (Common Vulnerabilities and Exposures, e.g. "CVE-2026-12345") of the vulnerabilities; empty while none is assigned.',
    }),
    affectedProducts: t.field({
      type: [AdvisoryProductRef],
      directives: listSize(MAX_PRODUCTS),
      description: 'The products the advisory affects, ordered by vendor and product.',
      resolve: (a, _args, ctx) => ctx.loaders.productsByAdvisory.load(a.id),
    }),
    tlp: t.field({
      type: TlpEnum,
      description: 'The TLP marking of the advisory: always CLEAR (no limit on disclosure), so everyone may read it.',
      resolve: (a) => a.tlp,
    }),
    isSample: sampleFlagField(t),
  }),
});

entityById(builder, AdvisoryRef, (id, ctx) => ctx.loaders.advisoryById.load(id));

builder.queryFields((t) => ({
  advisory: t.field({
    type: AdvisoryRef,
    nullable: true,
    description:
      'One advisory of CERT-Brandenburg by its reference, e.g. "CERT-BB-ADV-2026-0007"; null for an unknown one. ' +
      'Public. A malformed reference is BAD_USER_INPUT.',
    args: {
      id: t.arg.id({ required: true, description: 'Reference "CERT-BB-ADV-<year>-<number>", in any letter case.' }),
    },
    resolve: (_root, { id }, ctx) => ctx.loaders.advisoryById.load(parseAdvisoryId('id', id)),
  }),
  // Nullable like every root field, so that the rest of a request stands while this subgraph is down.
  advisories: t.field({
    type: AdvisoryConnection,
    nullable: true,
    description: 'The advisories of CERT-Brandenburg, newest first (publishedAt descending, then reference). Public.',
    args: pageArgs(t.arg),
    resolve: (_root, args, ctx) =>
      loadPage(
        args,
        (page) => listAdvisories(ctx.db, page),
        (row) => ctx.loaders.advisoryById.prime(row.id, row),
      ),
  }),
}));
