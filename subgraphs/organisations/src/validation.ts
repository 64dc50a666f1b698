import { kommuneArsSet } from '@kaz/reference-data';
import { badUserInput, type Clock, clientError, todayBy } from '@kaz/subgraph-kit';
import { checkDateArg } from './dates.ts';

// Checks of mutation input. Each throws BAD_USER_INPUT naming the input field, so that a client
// knows what to correct; none of them touches the database.

/** Trims a text and checks that something is left and that it is at most `max` characters long. */
export function requireText(field: string, value: string, max: number): string {
  const text = value.trim();
  if (text === '') throw badUserInput(field, 'must not be empty');
  if ([...text].length > max) throw badUserInput(field, `must be at most ${max} characters long`);
  return text;
}

/** Checks a date (YYYY-MM-DD, a day that exists) that must not lie after today in Europe/Berlin by `clock`. */
export function requirePastDate(field: string, value: string, clock: Clock): string {
  const date = checkDateArg(field, value);
  const today = todayBy(clock);
  if (date > today) throw badUserInput(field, `must not be in the future (today is ${today})`);
  return date;
}

/** Checks a version a client sends back: a whole number from 1. */
export function requireVersion(field: string, value: number): number {
  if (!Number.isInteger(value) || value < 1) throw badUserInput(field, 'must be a version number from 1 up');
  return value;
}

/** Checks that `value` is the 12-digit ARS of a Kommune in Brandenburg's reference data. */
export function requireKommuneArs(field: string, value: string): string {
  if (!/^\d{12}$/.test(value)) throw badUserInput(field, 'must be a 12-digit ARS (Amtlicher Regionalschlüssel)');
  if (!kommuneArsSet().has(value)) throw badUserInput(field, `${value} is not the ARS of a Kommune in Brandenburg`);
  return value;
}

/**
 * True when a database error says that a concurrent writer took the same key or period first: a
 * unique violation (23505) or an exclusion violation of an overlap trigger (23P01).
 */
export function isKeyCollision(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return code === '23505' || code === '23P01';
}

/** CONFLICT naming the input field whose value someone else holds already. */
export function conflict(field: string, message: string, extensions: Record<string, unknown> = {}) {
  return clientError('CONFLICT', `${field}: ${message}`, { ...extensions, field });
}
