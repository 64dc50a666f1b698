import { SampleRandom } from '@kaz/reference-data';
import type { ConceptBasis, ConceptStatus, NewConcept } from '../src/db/security-concept.ts';
import { type Kommune, pickWeighted } from './sample-kommunen.ts';

/** The day the sample data describes: concepts are adopted before it, reviews are due around it. */
export const SEED_TODAY = '2026-11-25';

const GEMEINDE_KINDS = new Set(['KREISFREIE_STADT', 'AMTSFREIE_GEMEINDE', 'AMTSANGEHOERIGE_GEMEINDE']);

// Large administrations work with the full BSI method or ISO 27001; small Gemeinden mostly with the
// Basis-Absicherung or ISIS12.
const BASIS_LARGE: Partial<Record<ConceptBasis, number>> = {
  BSI_GRUNDSCHUTZ_STANDARD: 45,
  ISO_27001: 25,
  BSI_GRUNDSCHUTZ_KERN: 15,
  BSI_GRUNDSCHUTZ_BASIS: 15,
};
const BASIS_SMALL: Partial<Record<ConceptBasis, number>> = {
  BSI_GRUNDSCHUTZ_BASIS: 45,
  ISIS12: 33,
  BSI_GRUNDSCHUTZ_STANDARD: 15,
  BSI_GRUNDSCHUTZ_KERN: 3,
  ISO_27001: 4,
};
const STATUS: Record<ConceptStatus, number> = { DRAFT: 12, ADOPTED: 52, UNDER_REVIEW: 16, OUTDATED: 20 };

function shiftYears(date: string, years: number): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCFullYear(next.getUTCFullYear() + years);
  return next.toISOString().slice(0, 10);
}

function shiftDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function dates(rng: SampleRandom, status: ConceptStatus): Pick<NewConcept, 'adopted_on' | 'review_due_on'> {
  if (status === 'DRAFT') return { adopted_on: null, review_due_on: null };
  const cycle = rng.pick([2, 3]);
  let reviewDueOn: string;
  if (status === 'ADOPTED') reviewDueOn = rng.date(shiftDays(SEED_TODAY, 30), shiftYears(SEED_TODAY, cycle));
  else if (status === 'UNDER_REVIEW') reviewDueOn = rng.date(shiftDays(SEED_TODAY, -300), shiftDays(SEED_TODAY, 120));
  else reviewDueOn = rng.date('2020-01-15', shiftDays(SEED_TODAY, -30));
  return { adopted_on: shiftYears(reviewDueOn, -cycle), review_due_on: reviewDueOn };
}

/**
 * SAMPLE DATA: an IT-Sicherheitskonzept for every Landkreis and for 60 % of the 413 Gemeinden
 * (248), with basis, status and dates that fit together.
 */
export function conceptRows(kommunen: readonly Kommune[]): NewConcept[] {
  const rng = new SampleRandom(0xce27_0002);
  const gemeinden = kommunen.filter((k) => GEMEINDE_KINDS.has(k.kind));
  const chosen = [
    ...kommunen.filter((k) => k.kind === 'LANDKREIS'),
    ...rng.sample(gemeinden, Math.round(gemeinden.length * 0.6)),
  ];
  return chosen.map((kommune): NewConcept => {
    const large = kommune.kind === 'LANDKREIS' || kommune.kind === 'KREISFREIE_STADT';
    const basis = pickWeighted(rng, large ? BASIS_LARGE : BASIS_SMALL);
    const status = pickWeighted(rng, STATUS);
    return { id: `ISK-${kommune.ars}`, ars: kommune.ars, basis, status, ...dates(rng, status), is_sample: true };
  });
}
