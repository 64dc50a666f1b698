import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../src/clock.ts';
import { dayInBerlin, expectError, PRINCIPALS, tokenRequestOf } from '../src/testing.ts';

describe('the principals of the testing entry', () => {
  it('are the columns of docs/access-control.md with their org and scopes', () => {
    const doc = readFileSync(new URL('../../../docs/access-control.md', import.meta.url), 'utf8');
    const start = doc.indexOf('| column | `org` | scopes |');
    const rows = doc
      .slice(start)
      .split('\n\n')[0]!
      .split('\n')
      .slice(2)
      .map((line) => line.split('|').map((cell) => cell.trim().replaceAll('`', '')));
    const table = Object.fromEntries(rows.map(([, column, org, scopes]) => [column, { org, scopes }]));
    expect(Object.keys(table)).toEqual([
      'anonymous',
      'kaz-editor',
      'ministry',
      'municipality',
      'security-team',
      'auditor',
    ]);
    for (const [column, { org, scopes }] of Object.entries(PRINCIPALS)) {
      expect({ org, scopes: scopes.join(' ') }).toEqual(table[column]);
    }
    expect(tokenRequestOf('municipality', '120540000000')).toMatchObject({ org: '120540000000', scopes: [] });
    expect(() => tokenRequestOf('municipality')).toThrow(/ARS/);
  });
});

describe('expectError', () => {
  it('passes exactly one error with the code and field, and returns it', () => {
    const error = { message: 'no', extensions: { code: 'BAD_USER_INPUT', field: 'input.id' } };
    expect(expectError({ errors: [error] }, 'BAD_USER_INPUT', 'input.id')).toBe(error);
  });

  it('fails on no error, on two errors, and on another code or field', () => {
    const error = { message: 'no', extensions: { code: 'FORBIDDEN', field: 'id' } };
    expect(() => expectError({}, 'FORBIDDEN')).toThrow();
    expect(() => expectError({ errors: [error, error] }, 'FORBIDDEN')).toThrow();
    expect(() => expectError({ errors: [error] }, 'NOT_FOUND')).toThrow();
    expect(() => expectError({ errors: [error] }, 'FORBIDDEN', 'ars')).toThrow();
  });
});

describe('dayInBerlin', () => {
  it('counts from the day in Berlin by the clock, across a month end', () => {
    const clock = fixedClock('2026-03-31T22:30:00Z');
    expect(dayInBerlin(clock)).toBe('2026-04-01');
    expect(dayInBerlin(clock, -1)).toBe('2026-03-31');
    expect(dayInBerlin(clock, 30)).toBe('2026-05-01');
  });
});
