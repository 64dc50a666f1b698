import { describe, expect, it } from 'vitest';
import { administeredPrefix, administersOrIs } from '../src/index.ts';

const UCKERMARK = '120730000000';
const AMT_GRAMZOW = '120735306000';
const GRAMZOW = '120735306225';
const COTTBUS = '120520000000';

describe('administeredPrefix', () => {
  it.each([
    // A Landkreis administers no Gemeinde: it gets no prefix (issue 13).
    [UCKERMARK, null],
    [AMT_GRAMZOW, '120735306'],
    // The Verbandsgemeinde Liebenwerda and the Mitverwaltung Schwedt/Oder have Gemeindeverband keys too.
    ['120625031000', '120625031'],
    ['120735051000', '120735051'],
    [GRAMZOW, null],
    // An amtsfreie Gemeinde: its last three digits are not 000.
    ['120600005005', null],
    // A kreisfreie Stadt looks like a Landkreis, and administers no other Kommune either.
    [COTTBUS, null],
    ['12073', null],
    ['lda', null],
  ])('gives %s the prefix %s', (ars, prefix) => {
    expect(administeredPrefix(ars)).toBe(prefix);
  });
});

describe('administersOrIs', () => {
  it.each([
    [AMT_GRAMZOW, AMT_GRAMZOW, true],
    [AMT_GRAMZOW, GRAMZOW, true],
    // Another Amt of the same Landkreis is not the Amt's.
    [AMT_GRAMZOW, '120735303306', false],
    // A Landkreis reaches only itself, not its Gemeinden (issue 13).
    [UCKERMARK, GRAMZOW, false],
    [UCKERMARK, UCKERMARK, true],
    [GRAMZOW, AMT_GRAMZOW, false],
    [AMT_GRAMZOW, '1207353060', false],
  ])('%s reaches %s: %s', (org, ars, expected) => {
    expect(administersOrIs(org, ars)).toBe(expected);
  });
});
