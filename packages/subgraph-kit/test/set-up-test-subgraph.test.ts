import { municipalitiesSubgraph } from '@kaz/municipalities';
import { describe, expect, it } from 'vitest';
import { COLUMNS, setUpTestSubgraph } from '../src/testing.ts';

/** The claims of the token in `headers` (no verification: the subgraph does that). */
function claimsOf(headers: Record<string, string>): Record<string, unknown> {
  const token = headers.authorization?.replace(/^Bearer /, '') ?? '';
  return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'));
}

const cottbus = '120520000000';
let url = '';

describe('setUpTestSubgraph', () => {
  const { subgraph, as } = setUpTestSubgraph(municipalitiesSubgraph, { ars: cottbus });
  // Taken before `beforeAll` has run: the object is filled in place.
  const kaz = as['kaz-editor'];

  it('starts the subgraph before the tests, seeded, and serves it over HTTP', async () => {
    url = subgraph.url;
    const result = await subgraph.query('{ municipality(ars: "120520000000") { name } }');
    expect(result.errors).toBeUndefined();
    expect(result.data?.municipality.name).toMatch(/^Cottbus/);
    expect(await subgraph.snapshot()).toHaveProperty('municipality');
  });

  it('gives the headers of every column, the municipality column for the Kommune asked for', () => {
    expect(Object.keys(as)).toEqual([...COLUMNS]);
    expect(as.anonymous).toEqual({});
    expect(claimsOf(kaz)).toMatchObject({ org: 'kaz', sub: 'kaz-editor@kaz' });
    expect(claimsOf(as.municipality)).toMatchObject({ org: cottbus, sub: `municipality@${cottbus}` });
    expect(claimsOf(as.auditor)).toMatchObject({ org: 'lda', sub: 'auditor@lda' });
  });
});

describe('after the tests of the file (here: of the block) that set it up', () => {
  it('has stopped the subgraph', async () => {
    expect(url).toMatch(/^http:/);
    await expect(fetch(url, { method: 'POST' })).rejects.toThrow();
  });
});
