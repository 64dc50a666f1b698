import { describe, expect, it } from 'vitest';
import { setUpSubgraph } from './support.ts';

const { subgraph } = setUpSubgraph();

const responsibleFor = async (area: string, on?: string) => {
  const result = await subgraph.query(
    `query ($area: ResponsibilityArea!, $on: String) { responsibleFor(area: $area, on: $on) { id shortName } }`,
    { area, on },
  );
  return result;
};

describe('responsibility over time', () => {
  it('makes the MdJD responsible for e-government on 2025-06-01 and the MIK on 2024-06-01', async () => {
    expect((await responsibleFor('E_GOVERNMENT', '2025-06-01')).data?.responsibleFor).toEqual({
      id: 'mdjd',
      shortName: 'MdJD',
    });
    expect((await responsibleFor('E_GOVERNMENT', '2024-06-01')).data?.responsibleFor).toEqual({
      id: 'mik',
      shortName: 'MIK',
    });
  });

  it('hands e-government over from the MIK to the MdJD between 31.01.2025 and 01.02.2025', async () => {
    expect((await responsibleFor('E_GOVERNMENT', '2025-01-31')).data?.responsibleFor.id).toBe('mik');
    expect((await responsibleFor('E_GOVERNMENT', '2025-02-01')).data?.responsibleFor.id).toBe('mdjd');
  });

  it('answers for today when no day is given', async () => {
    expect((await responsibleFor('E_GOVERNMENT')).data?.responsibleFor.id).toBe('mdjd');
    expect((await responsibleFor('DATA_PROTECTION_SUPERVISION')).data?.responsibleFor.id).toBe('lda');
    expect((await responsibleFor('IT_SECURITY')).data?.responsibleFor.id).toBe('zit_bb');
    expect((await responsibleFor('KOMMUNALAUFSICHT')).data?.responsibleFor.id).toBe('mik');
  });

  it('returns null before the first recorded period', async () => {
    const result = await responsibleFor('E_GOVERNMENT', '2018-06-01');
    expect(result.errors).toBeUndefined();
    expect(result.data?.responsibleFor).toBeNull();
  });

  it.each(['2025-13-01', '2025-02-30', '01.02.2025', '2025-2-1', ''])(
    'rejects the day "%s" with BAD_USER_INPUT',
    async (on) => {
      const result = await responsibleFor('E_GOVERNMENT', on);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'on' });
      expect(result.data?.responsibleFor ?? null).toBeNull();
    },
  );

  it('lists the periods ordered by area, then start, with their sources', async () => {
    const result = await subgraph.query(
      `{ responsibilities { area organisation { id } validFrom validTo isSample note } }`,
    );
    expect(result.errors).toBeUndefined();
    const periods = result.data?.responsibilities;
    expect(periods.map((p: any) => [p.area, p.organisation.id, p.validFrom, p.validTo])).toEqual([
      ['E_GOVERNMENT', 'mik', '2019-02-01', '2025-01-31'],
      ['E_GOVERNMENT', 'mdjd', '2025-02-01', null],
      ['KOMMUNALAUFSICHT', 'mik', '2014-01-01', null],
      ['DATA_PROTECTION_SUPERVISION', 'lda', '1992-01-01', null],
      ['IT_SECURITY', 'zit_bb', '2009-01-01', null],
      ['STATE_IT_SERVICES', 'zit_bb', '2009-01-01', null],
      ['KOMMUNALPAKT_COORDINATION', 'kaz', '2024-07-01', null],
    ]);
    for (const period of periods) {
      expect(period.isSample).toBe(false);
      expect(period.note).toMatch(/\[S-B\d+(,S-B\d+)*\]$/);
    }
  });

  it('filters the periods by area', async () => {
    const result = await subgraph.query(`{ responsibilities(area: E_GOVERNMENT) { organisation { id } } }`);
    expect(result.data?.responsibilities.map((p: any) => p.organisation.id)).toEqual(['mik', 'mdjd']);
  });

  it('refuses an overlapping period in the database, so history cannot be overwritten by accident', async () => {
    await expect(
      subgraph.db
        .insertInto('responsibility')
        .values({
          area: 'E_GOVERNMENT',
          organisation_id: 'stk',
          valid_from: '2024-01-01',
          valid_to: null,
          note: null,
          is_sample: true,
        })
        .execute(),
    ).rejects.toThrow(/overlap/);
  });
});
