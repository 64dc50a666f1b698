import { describe, expect, it } from 'vitest';
import { fixedClock, systemClock, todayBy } from '../src/index.ts';

// "Today" for the domain rules is the day in Berlin by the server's clock, across both changes of
// summer time, and a fixed clock stands still.

describe('todayBy', () => {
  it.each([
    ['2026-03-31T21:59:59Z', '2026-03-31'], // 23:59:59 CEST
    ['2026-03-31T22:00:00Z', '2026-04-01'], // 00:00 CEST
    ['2026-03-28T22:59:59Z', '2026-03-28'], // 23:59:59 CET, the night before summer time
    ['2026-03-28T23:00:00Z', '2026-03-29'], // 00:00 CET
    ['2026-10-24T21:59:59Z', '2026-10-24'], // 23:59:59 CEST, the night before winter time
    ['2026-10-25T23:00:00Z', '2026-10-26'], // 00:00 CET
    ['2026-12-31T23:00:00Z', '2027-01-01'], // New Year in Berlin, still the old year in UTC
  ])('is the Berlin day at %s: %s', (instant, day) => {
    expect(todayBy(fixedClock(instant))).toBe(day);
  });
});

describe('fixedClock', () => {
  it('returns the same instant every time, as a fresh Date the caller may change', () => {
    const clock = fixedClock('2026-03-31T22:30:00Z');
    const first = clock.now();
    first.setUTCFullYear(1999);
    expect(clock.now().toISOString()).toBe('2026-03-31T22:30:00.000Z');
  });

  it('refuses a text that is no instant', () => {
    expect(() => fixedClock('31.03.2026')).toThrow(/not an ISO 8601 instant/);
  });
});

describe('systemClock', () => {
  it('follows the real time', () => {
    const before = Date.now();
    const now = systemClock.now().getTime();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now - before).toBeLessThan(5_000);
  });
});
