import { kommuneArsSet } from '@kaz/reference-data';
import { badUserInput } from '@kaz/subgraph-kit';
import { dateArg } from './dates.ts';

/** Vergabenummer: "VG-<year>-<nnn>". */
export const PROCEDURE_ID = /^VG-\d{4}-\d{3}$/;
/** Rahmenvertrag number: "RV-<year>-<nnn>". */
export const CONTRACT_ID = /^RV-\d{4}-\d{3}$/;
/** Licence number: "LIZ-<nnnn>". */
export const LICENCE_ID = /^LIZ-\d{4}$/;
/** Certificate number in the Kaz inventory: "CERT-<nnnn>". */
export const CERTIFICATE_ID = /^CERT-\d{4}$/;
/** Project key of the projects subgraph: "KAZ-<year>-<nn>". */
export const PROJECT_ID = /^KAZ-\d{4}-\d{2}$/;
/** X.509 serial number as the CA writes it: 2 to 20 upper-case hex bytes joined by ":". */
export const SERIAL_NUMBER = /^[0-9A-F]{2}(:[0-9A-F]{2}){1,19}$/;

const ARS = /^\d{12}$/;
/** numeric(14,2) holds less than this. */
const MAX_AMOUNT = 1e12;
/** The longest title, name or vendor accepted. */
const MAX_TEXT = 300;

/** `value` when it matches `pattern`; BAD_USER_INPUT naming `field` with an example otherwise. */
export function keyInput(field: string, value: string, pattern: RegExp, example: string): string {
  if (!pattern.test(value)) throw badUserInput(field, `must look like "${example}"; got "${value}"`);
  return value;
}

/** The ARS when it is 12 digits and names a real Kommune of the reference data; BAD_USER_INPUT otherwise. */
export function arsInput(field: string, value: string): string {
  if (!ARS.test(value)) throw badUserInput(field, `an ARS has 12 digits, e.g. "120540000000"; got "${value}"`);
  if (!kommuneArsSet().has(value)) throw badUserInput(field, `no Kommune in Brandenburg has the ARS ${value}`);
  return value;
}

/** At least one ARS, each real, none twice; BAD_USER_INPUT naming `field` otherwise. */
export function arsListInput(field: string, values: readonly string[]): string[] {
  if (values.length === 0) throw badUserInput(field, 'name at least one Kommune');
  const seen = new Set<string>();
  for (const value of values) {
    arsInput(field, value);
    if (seen.has(value)) throw badUserInput(field, `${value} is named twice`);
    seen.add(value);
  }
  return [...seen].sort();
}

/** Trimmed text that is not empty and at most 300 characters long; BAD_USER_INPUT otherwise. */
export function textInput(field: string, value: string): string {
  const text = value.trim();
  if (text === '') throw badUserInput(field, 'must not be empty');
  if (text.length > MAX_TEXT) throw badUserInput(field, `must be at most ${MAX_TEXT} characters long`);
  return text;
}

/** An amount of euros: 0 or more, below a trillion, whole cents; BAD_USER_INPUT otherwise. */
export function amountInput(field: string, value: number): number {
  if (!Number.isFinite(value) || value < 0) throw badUserInput(field, `must be 0 or more; got ${value}`);
  if (value >= MAX_AMOUNT) throw badUserInput(field, `must be less than ${MAX_AMOUNT} euros`);
  if (Math.abs(Math.round(value * 100) - value * 100) > 1e-6) throw badUserInput(field, 'must be whole cents');
  return value;
}

/**
 * The most seats one licence may have. The seat totals over all licences (`licenceTotals`, an Int of
 * 32 bits) then hold for more than 2,000 licences; without a bound one licence of 2,147,483,647 seats
 * made every total fail.
 */
export const MAX_SEATS = 1_000_000;

/** A whole number of seats from `min` to MAX_SEATS; BAD_USER_INPUT otherwise. */
export function seatsInput(field: string, value: number, min: number): number {
  if (!Number.isInteger(value) || value < min || value > MAX_SEATS) {
    throw badUserInput(field, `must be from ${min} to ${MAX_SEATS}; got ${value}`);
  }
  return value;
}

/** A real date written YYYY-MM-DD; BAD_USER_INPUT naming `field` otherwise. */
export const dateInput = dateArg;

/** Throws BAD_USER_INPUT naming `field` when `later` lies before `earlier` (both YYYY-MM-DD). */
export function notBefore(field: string, later: string, earlier: string, earlierName: string): void {
  if (later < earlier) throw badUserInput(field, `must not be before ${earlierName} (${earlier}); got ${later}`);
}
