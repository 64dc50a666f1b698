import { describe, expect, it } from 'vitest';
import {
  answerViolations,
  chunksOf,
  containsPattern,
  fixedClock,
  isCheckViolation,
  isForeignKeyViolation,
  isKeyCollision,
  isUniqueViolation,
  parseDate,
  parseDistinct,
  parseInstant,
  parseKommuneArs,
  parseKommuneArsList,
  parseMoney,
  parseOrganisationKey,
  parsePastDate,
  parseText,
  parseTimestamp,
  parseVersion,
  upperBound,
} from '../src/index.ts';

/** The `extensions` of what `run` throws. */
function refusal(run: () => unknown): { code?: unknown; field?: unknown; message: string } {
  try {
    run();
  } catch (error) {
    const { extensions, message } = error as { extensions: { code?: unknown; field?: unknown }; message: string };
    return { ...extensions, message };
  }
  throw new Error('expected a refusal');
}

describe('the input vocabulary', () => {
  it('trims text and counts its characters by code point, as a person counts them', () => {
    expect(parseText('input.title', '  Ämter  ', 5)).toBe('Ämter');
    expect(parseText('input.title', '😀'.repeat(3), 3)).toBe('😀😀😀');
    expect(refusal(() => parseText('input.title', '😀'.repeat(4), 3))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.title',
      message: 'input.title: must be at most 3 characters long (it has 4)',
    });
    expect(refusal(() => parseText('input.title', '   ', 3)).message).toBe('input.title: must not be empty');
  });

  it('takes real calendar days, within the years of the field when it names them', () => {
    expect(parseDate('on', '2024-02-29')).toBe('2024-02-29');
    expect(parseDate('on', '9999-12-31')).toBe('9999-12-31');
    for (const wrong of ['2025-02-29', '2025-2-1', '20250-01-01', '']) {
      expect(
        refusal(() => parseDate('on', wrong)),
        wrong,
      ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'on' });
    }
    expect(refusal(() => parseDate('on', '1989-12-31', { from: 1990, to: 2100 })).message).toMatch(/1990 and 2100/);
  });

  it('refuses a date after today in Berlin by the clock', () => {
    const clock = fixedClock('2026-03-31T22:30:00Z');
    expect(parsePastDate('on', '2026-04-01', clock)).toBe('2026-04-01');
    expect(refusal(() => parsePastDate('on', '2026-04-02', clock)).message).toMatch(/today is 2026-04-01/);
  });

  it('reads moments with a zone, and dates as whole days', () => {
    expect(parseTimestamp('at', '2025-03-31T16:00:00+02:00').toISOString()).toBe('2025-03-31T14:00:00.000Z');
    expect(refusal(() => parseTimestamp('at', '2025-03-31')).field).toBe('at');
    expect(refusal(() => parseTimestamp('at', '2025-03-31T14:00:00')).field).toBe('at');
    for (const wrong of ['9999-12-31T23:59:59-12:00', '9999-12-31', '1899-12-31']) {
      expect(refusal(() => parseInstant('at', wrong)).field, wrong).toBe('at');
    }
    expect(upperBound(parseInstant('to', '2025-03-31')).at.toISOString()).toBe('2025-04-01T00:00:00.000Z');
  });

  it('checks keys, lists, versions and money', () => {
    expect(parseKommuneArs('ars', '120540000000')).toBe('120540000000');
    expect(refusal(() => parseKommuneArs('ars', '12054')).message).toMatch(/12-digit ARS/);
    expect(refusal(() => parseKommuneArs('ars', '129999999999')).message).toMatch(/not the ARS of a Kommune/);
    expect(parseKommuneArsList('ars', ['120690000000', '120540000000'])).toEqual(['120540000000', '120690000000']);
    expect(refusal(() => parseKommuneArsList('ars', [])).message).toMatch(/at least one/);
    expect(refusal(() => parseDistinct('ids', ['a', 'a'])).message).toMatch(/twice/);
    expect(parseOrganisationKey('org', 'lda')).toBe('lda');
    expect(refusal(() => parseOrganisationKey('org', 'nobody')).message).toMatch(/not a known organisation/);
    expect(refusal(() => parseVersion('version', 0)).field).toBe('version');
    expect(parseMoney('amount', 12.34)).toBe(12.34);
    expect(refusal(() => parseMoney('amount', 0.001)).message).toMatch(/whole cents/);
  });

  it('repeats at most 40 characters of a wrong value', () => {
    expect(refusal(() => parseKommuneArs('ars', 'x'.repeat(1000))).message.length).toBeLessThan(150);
  });
});

describe('LIKE patterns', () => {
  it('matches the wildcards of a text literally', () => {
    expect(containsPattern('50%_A\\b')).toBe('%50\\%\\_a\\\\b%');
  });
});

describe('seed chunks', () => {
  it('splits rows into chunks of 200 in order, the last one shorter, and no rows into none', () => {
    const rows = Array.from({ length: 450 }, (_, i) => i);
    const chunks = chunksOf(rows);
    expect(chunks.map((chunk) => chunk.length)).toEqual([200, 200, 50]);
    expect(chunks.flat()).toEqual(rows);
    expect(chunksOf([])).toEqual([]);
    expect(chunksOf([1, 2, 3], 2)).toEqual([[1, 2], [3]]);
  });
});

describe('the database-error vocabulary', () => {
  it('tells violations apart by SQLSTATE and constraint', () => {
    const unique = { code: '23505', constraint: 'licence_pkey' };
    expect(isUniqueViolation(unique)).toBe(true);
    expect(isUniqueViolation(unique, 'licence_pkey')).toBe(true);
    expect(isUniqueViolation(unique, 'other')).toBe(false);
    expect(isForeignKeyViolation({ code: '23503' })).toBe(true);
    expect(isCheckViolation({ code: '23514' })).toBe(true);
    expect(isKeyCollision({ code: '23P01' })).toBe(true);
    expect(isKeyCollision(new Error('23505'))).toBe(false);
    expect(isUniqueViolation(null)).toBe(false);
  });

  it('answers the violation of a constraint it names, and passes on every other error', () => {
    const conflict = new Error('taken');
    const answer = answerViolations({ licence_pkey: () => conflict });
    expect(answer({ code: '23505', constraint: 'licence_pkey' })).toBe(conflict);
    expect(answer({ code: '23505', constraint: 'other_key' })).toBeUndefined();
    expect(answer({ code: '42P01', constraint: 'licence_pkey' })).toBeUndefined();
    expect(answer({ code: '23505', constraint: 'toString' })).toBeUndefined();
  });
});
