import { ARS_PATTERN, mitverwaltendeGemeindeArs } from '@kaz/reference-data';

/** An Amt, Verbandsgemeinde or Mitverwaltung: `12KKKVVVV000` with a Verband key VVVV other than 0000. */
const GEMEINDEVERBAND = /^(\d{5}(?!0000)\d{4})000$/;

/**
 * The ARS prefix of the Gemeinden a Kommune administers, by its ARS alone: an Amt, Verbandsgemeinde
 * or Mitverwaltung `12KKKVVVV000` administers every ARS starting with `12KKKVVVV` (its Gemeinden, by
 * the Brandenburg Kommunalverfassung and the Verbandsgemeinde- und Mitverwaltungsgesetz). Null for
 * everything else: a Gemeinde, a kreisfreie Stadt, and a Landkreis — a Landkreis does not administer
 * its Gemeinden (they govern themselves; it supervises some of them) — and anything that is not an
 * ARS. The prefix is digits only, so it can go into a SQL LIKE pattern as it is. Never throws.
 */
export function administeredPrefix(ars: string): string | null {
  if (!ARS_PATTERN.test(ars)) return null;
  return GEMEINDEVERBAND.exec(ars)?.[1] ?? null;
}

/**
 * The ARS under `administeredPrefix(ars)` that the Kommune `ars` does not administer: for a Mitverwaltung,
 * its mitverwaltende Gemeinde (Schwedt/Oder under `120735051`), which carries the Mitverwaltung's Verband
 * key but runs its own administration — the Mitverwaltung administers only the mitverwalteten Gemeinden
 * (Verbandsgemeinde- und Mitverwaltungsgesetz). Null for every other Kommune. Never throws.
 */
export function administeredExcept(ars: string): string | null {
  return administeredPrefix(ars) ? mitverwaltendeGemeindeArs(ars) : null;
}

/**
 * True when the Kommune `ars` is `org` itself or one of the Gemeinden that `org` administers (see
 * `administeredPrefix` and `administeredExcept`): the Kommunen whose records an Amt's IT lead may read.
 * Never throws.
 */
export function administersOrIs(org: string, ars: string): boolean {
  if (org === ars) return true;
  const prefix = administeredPrefix(org);
  return prefix !== null && ARS_PATTERN.test(ars) && ars.startsWith(prefix) && ars !== administeredExcept(org);
}
