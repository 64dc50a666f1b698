import { todayInBerlin } from './dates.ts';

/**
 * Where a server takes "now" from for its domain rules (today's date in Berlin, deadlines, "not in
 * the future" checks, days left). Servers get one in their config (default `systemClock`) and put
 * it on every request's context; tests give a `fixedClock` and compute their expectations from the
 * same clock, so that no test depends on the wall-clock day. Token expiry (`exp`/`iat`) and audit
 * timestamps keep the real time.
 */
export interface Clock {
  now(): Date;
}

/** The real time. */
export const systemClock: Clock = { now: () => new Date() };

/** A clock that stands still at `iso` (an ISO 8601 instant, e.g. "2026-03-31T22:30:00Z"). */
export function fixedClock(iso: string): Clock {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) throw new Error(`fixedClock: not an ISO 8601 instant: ${iso}`);
  return { now: () => new Date(at) };
}

/** Today's date (YYYY-MM-DD) in Berlin by `clock`. */
export function todayBy(clock: Clock): string {
  return todayInBerlin(clock.now());
}
