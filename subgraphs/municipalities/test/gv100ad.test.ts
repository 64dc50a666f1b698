import { readFileSync } from 'node:fs';
import { formatGv100ad, Gv100adError, parseGv100ad, SHIPPED_GV100AD_EXTRACT } from '@kaz/reference-data';
import { describe, expect, it } from 'vitest';
import { EditionError } from '../seed/apply-edition.ts';
import { editionRows } from '../seed/gv100ad-rows.ts';
import { loadGv100ad, parseSuccessorFile, parseSuccessorOption } from '../seed/load-gv100ad.ts';
import { municipalityRows } from '../seed/seed.ts';
import { municipalitiesSubgraph } from '../src/subgraph.ts';
import {
  gv100adFile,
  mergeInto,
  mergeIntoNew,
  moveToVerband,
  nextEdition,
  rename,
  shippedEdition,
} from './gv100ad-editions.ts';
import { setUpSubgraph } from './support.ts';

const { subgraph } = setUpSubgraph();

const shippedExtract = readFileSync(SHIPPED_GV100AD_EXTRACT);
const withoutLines = <T extends { line: number }>(records: T[]) => records.map(({ line: _line, ...rest }) => rest);

// Real Gemeinden of Amt Gramzow and Amt Brüssow (Uckermark).
const GRAMZOW = { ags: '12073225', ars: '120735306225' };
const ZICHOW = { ags: '12073645', ars: '120735306645' };
const GRUENOW = { ags: '12073261', ars: '120735306261' };
const RANDOWTAL = { ags: '12073458', ars: '120735306458' };
const GOERITZ = { ags: '12073216', ars: '120735303216' };
const SCHENKENBERG = { ags: '12073490', ars: '120735303490' };
const AMT_GRAMZOW = '120735306000';
const AMT_BRUESSOW = '120735303000';

const allRows = () => subgraph.db.selectFrom('municipality').selectAll().orderBy('ars').execute();
const editions = () => subgraph.db.selectFrom('municipality_edition').selectAll().execute();

/** 2024-12-31: Zichow is incorporated into Gramzow (Eingemeindung), Grünow is renamed. */
function edition2024() {
  const edition = nextEdition(shippedEdition(), '2024-12-31');
  mergeInto(edition, ZICHOW.ags, GRAMZOW.ags);
  rename(edition, GRUENOW.ags, 'Grünow (Uckermark)');
  return edition;
}

/** 2025-12-31: Göritz and Schenkenberg form a new Gemeinde, Randowtal moves from Amt Gramzow to Amt Brüssow. */
function edition2025() {
  const edition = nextEdition(edition2024(), '2025-12-31');
  mergeIntoNew(edition, [GOERITZ.ags, SCHENKENBERG.ags], '12073600', 'Göritz-Schenkenberg');
  moveToVerband(edition, RANDOWTAL.ags, '120735303');
  return edition;
}

describe('reading GV100AD', () => {
  it('reads the shipped Destatis extract: 18 Kreise, 193 Gemeindeverbände, 413 Gemeinden of 30.11.2023', () => {
    const edition = parseGv100ad(shippedExtract);
    expect(edition.territorialStatusDate).toBe('2023-11-30');
    expect(edition.land).toEqual({ key: '12', name: 'Brandenburg', seat: 'Potsdam' });
    expect([edition.kreise.length, edition.verbaende.length, edition.gemeinden.length]).toEqual([18, 193, 413]);
    expect(edition.gemeinden.find((g) => g.ags === GRAMZOW.ags)).toMatchObject({
      ars: GRAMZOW.ars,
      name: 'Gramzow',
      population: 1835,
      areaHa: 6620,
      postalCode: '17291',
      postalCodeMultiple: false,
    });
  });

  it('gives exactly the rows the seed loads from the CSV files', () => {
    const byArs = (rows: { ars: string }[]) => [...rows].sort((a, b) => a.ars.localeCompare(b.ars));
    expect(byArs(editionRows(parseGv100ad(shippedExtract)))).toEqual(byArs(municipalityRows()));
  });

  it('writes the reference data as GV100AD records that read back to the Destatis records', () => {
    const written = parseGv100ad(formatGv100ad(shippedEdition()));
    const original = parseGv100ad(shippedExtract);
    const byAgs = (records: { ags: string }[]) => [...records].sort((a, b) => a.ags.localeCompare(b.ags));
    expect(byAgs(withoutLines(written.gemeinden))).toEqual(byAgs(withoutLines(original.gemeinden)));
    expect(withoutLines(written.verbaende).sort((a, b) => a.key.localeCompare(b.key))).toEqual(
      withoutLines(original.verbaende).sort((a, b) => a.key.localeCompare(b.key)),
    );
    expect(withoutLines(written.kreise)).toEqual(withoutLines(original.kreise));
  });

  it('keeps only Land 12 and reads the records of other Länder only for Satzart and Gebietsstand', () => {
    const berlin = `${'10202311301100000000Berlin'.padEnd(220)}\n`;
    const edition = parseGv100ad(Buffer.concat([Buffer.from(berlin), shippedExtract]));
    expect(edition.gemeinden).toHaveLength(413);
  });

  const lines = shippedExtract.toString('utf8').split('\n');
  const gramzowLine = lines.findIndex((line) => line.startsWith('60') && line.slice(22, 72).trim() === 'Gramzow');
  const withLine = (index: number, replace: (line: string) => string) =>
    lines.map((line, i) => (i === index ? replace(line) : line)).join('\n');

  it.each([
    ['an unknown Satzart', 0, (l: string) => `70${l.slice(2)}`, 1, 'Satzart'],
    ['a Gebietsstand that is no date', gramzowLine, (l: string) => `6020231131${l.slice(10)}`, 3, 'Gebietsstand'],
    ['another Gebietsstand', gramzowLine, (l: string) => `6020241231${l.slice(10)}`, 3, 'began with 2023-11-30'],
    ['a truncated record', gramzowLine, (l: string) => l.slice(0, 150), 151, 'ends after 150 characters'],
    [
      'a population with letters',
      gramzowLine,
      (l: string) => `${l.slice(0, 139)}0000000183X${l.slice(150)}`,
      140,
      'Bevölkerung',
    ],
    [
      'an unknown Textkennzeichen',
      gramzowLine,
      (l: string) => `${l.slice(0, 122)}69${l.slice(124)}`,
      123,
      'Textkennzeichen',
    ],
    [
      'a Gemeindeverband without its record',
      gramzowLine,
      (l: string) => `${l.slice(0, 18)}5999${l.slice(22)}`,
      19,
      '120735999',
    ],
  ])('refuses %s, naming line and column', (_what, index, replace, column, problem) => {
    const error = (() => {
      try {
        parseGv100ad(withLine(index, replace));
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(Gv100adError);
    expect(error).toMatchObject({ line: index + 1, column });
    expect((error as Error).message).toContain(`line ${index + 1}, column ${column}`);
    expect((error as Error).message).toContain(problem);
  });

  it('refuses bytes that are not UTF-8 with the line (an ISO-8859-1 edition: the 6th line is Cottbus/Chóśebuz)', () => {
    const latin1 = Buffer.from(lines.slice(0, 8).join('\n'), 'latin1');
    expect(() => parseGv100ad(latin1)).toThrow(/line 6, column 33: not UTF-8/);
  });
});

describe('successor mappings', () => {
  it('reads a side file and the command-line form', () => {
    const file = `# from the Gebietsänderungen 2024\nold_ars,new_ars,effective_on\n${ZICHOW.ars},${GRAMZOW.ars},2024-01-01\n${GRUENOW.ars},${GRAMZOW.ars},\n`;
    expect(parseSuccessorFile(file, 'successors.csv')).toEqual([
      { oldArs: ZICHOW.ars, newArs: GRAMZOW.ars, effectiveOn: '2024-01-01', origin: 'successors.csv line 3' },
      { oldArs: GRUENOW.ars, newArs: GRAMZOW.ars, effectiveOn: null, origin: 'successors.csv line 4' },
    ]);
    expect(parseSuccessorOption(`${ZICHOW.ars}=${GRAMZOW.ars}@2024-01-01`)).toMatchObject({
      effectiveOn: '2024-01-01',
    });
  });

  it.each([
    ['old,new\n', /line 1, column 1: the header/],
    [`old_ars,new_ars,effective_on\n${ZICHOW.ars},1207353,\n`, /line 2, column 2 \(new_ars\)/],
    [`old_ars,new_ars,effective_on\n${ZICHOW.ars},${GRAMZOW.ars},2024-02-30\n`, /line 2, column 3 \(effective_on\)/],
  ])('refuses a bad side file, naming line and column: %s', (text, message) => {
    expect(() => parseSuccessorFile(text, 'successors.csv')).toThrow(message);
  });
});

describe('loading new editions', () => {
  it('finds nothing to change in the shipped edition itself', async () => {
    const before = await allRows();
    const summary = await loadGv100ad(subgraph.db, { content: shippedExtract, fileName: 'extract.txt' });
    expect([summary.inserted, summary.changed, summary.dissolved, summary.figuresUpdated]).toEqual([[], [], [], 0]);
    expect(await allRows()).toEqual(before);
  });

  it('writes nothing on a malformed line or a bad successor', async () => {
    const before = await allRows();
    const file = Buffer.from(formatGv100ad(edition2024()).replace('Gramzow', 'Gram\nzow'));
    await expect(loadGv100ad(subgraph.db, { content: file, fileName: 'bad.txt' })).rejects.toThrow(Gv100adError);
    await expect(
      loadGv100ad(subgraph.db, {
        content: gv100adFile(edition2024()),
        fileName: 'next.txt',
        successors: [{ oldArs: GRUENOW.ars, newArs: GRAMZOW.ars, origin: 'test' }],
      }),
    ).rejects.toThrow(/still in the edition/);
    await expect(
      loadGv100ad(subgraph.db, {
        content: gv100adFile(edition2024()),
        fileName: 'next.txt',
        effectiveOn: '2025-01-01',
      }),
    ).rejects.toThrow(EditionError);
    expect(await allRows()).toEqual(before);
    expect(await editions()).toHaveLength(1);
  });

  it('shows in a dry run what the next edition changes, and writes nothing', async () => {
    const before = await allRows();
    const summary = await loadGv100ad(subgraph.db, {
      content: gv100adFile(edition2024()),
      fileName: 'GV100AD_311224.txt',
      successors: parseSuccessorFile(
        `old_ars,new_ars,effective_on\n${ZICHOW.ars},${GRAMZOW.ars},2024-01-01\n`,
        's.csv',
      ),
      dryRun: true,
    });
    expect(summary.dryRun).toBe(true);
    expect(summary.dissolved).toEqual([
      { ars: ZICHOW.ars, name: 'Zichow', dissolvedOn: '2024-01-01', successor: { ars: GRAMZOW.ars, name: 'Gramzow' } },
    ]);
    expect(await allRows()).toEqual(before);
  });

  it('applies a merger and a rename: the merged ARS resolves with dissolvedOn and successor, counts drop by one', async () => {
    const summary = await loadGv100ad(subgraph.db, {
      content: gv100adFile(edition2024()),
      fileName: 'GV100AD_311224.txt',
      successors: parseSuccessorFile(
        `old_ars,new_ars,effective_on\n${ZICHOW.ars},${GRAMZOW.ars},2024-01-01\n`,
        's.csv',
      ),
    });
    expect(summary.inserted).toEqual([]);
    expect(summary.changed).toEqual([
      {
        ars: GRUENOW.ars,
        name: 'Grünow (Uckermark)',
        changes: ['name "Grünow" → "Grünow (Uckermark)"'],
      },
    ]);
    expect(summary.dissolved.map((d) => d.ars)).toEqual([ZICHOW.ars]);

    const result = await subgraph.query(
      `query ($zichow: ID!, $gruenow: ID!, $amt: ID!, $reps: [_Any!]!) {
        zichow: municipality(ars: $zichow) { name dissolvedOn validFrom successor { ars name population dissolvedOn } }
        byAgs: municipality(ags: "${ZICHOW.ags}") { ars dissolvedOn }
        gruenow: municipality(ars: $gruenow) { name validFrom territorialStatusDate dissolvedOn }
        gemeinden: municipalities(filter: { kinds: [KREISFREIE_STADT, AMTSFREIE_GEMEINDE, AMTSANGEHOERIGE_GEMEINDE, ORTSGEMEINDE, MITVERWALTETE_GEMEINDE] }) { totalCount }
        all: municipalities(includeDissolved: true, filter: { kinds: [AMTSANGEHOERIGE_GEMEINDE] }) { totalCount }
        amt: municipality(ars: $amt) { population members { totalCount nodes { name } } formerToo: members(includeDissolved: true) { totalCount } }
        _entities(representations: $reps) { ... on Municipality { ars dissolvedOn successor { ars } } }
      }`,
      {
        zichow: ZICHOW.ars,
        gruenow: GRUENOW.ars,
        amt: AMT_GRAMZOW,
        reps: [{ __typename: 'Municipality', ars: ZICHOW.ars }],
      },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.zichow).toEqual({
      name: 'Zichow',
      dissolvedOn: '2024-01-01',
      validFrom: null,
      successor: { ars: GRAMZOW.ars, name: 'Gramzow', population: 1835 + 525, dissolvedOn: null },
    });
    expect(result.data?.byAgs).toEqual({ ars: ZICHOW.ars, dissolvedOn: '2024-01-01' });
    expect(result.data?.gruenow).toEqual({
      name: 'Grünow (Uckermark)',
      validFrom: '2024-12-31',
      territorialStatusDate: '2024-12-31',
      dissolvedOn: null,
    });
    expect(result.data?.gemeinden.totalCount).toBe(412);
    expect(result.data?.all.totalCount).toBe(266); // Ortsgemeinden and Pinnow are not amtsangehörig.
    expect(result.data?.amt.members.totalCount).toBe(5);
    expect(result.data?.amt.members.nodes.map((m: { name: string }) => m.name)).not.toContain('Zichow');
    expect(result.data?.amt.formerToo.totalCount).toBe(6);
    expect(result.data?.amt.population).toBe(6843);
    expect(result.data?._entities).toEqual([
      { ars: ZICHOW.ars, dissolvedOn: '2024-01-01', successor: { ars: GRAMZOW.ars } },
    ]);
  });

  it('is not undone by a restart (the seed) and changes nothing when loaded again', async () => {
    const before = await allRows();
    await municipalitiesSubgraph.seed(subgraph.db);
    expect(await allRows()).toEqual(before);
    const again = await loadGv100ad(subgraph.db, {
      content: gv100adFile(edition2024()),
      fileName: 'GV100AD_311224.txt',
      successors: [{ oldArs: ZICHOW.ars, newArs: GRAMZOW.ars, effectiveOn: '2024-01-01', origin: 'test' }],
    });
    expect([again.inserted, again.changed, again.dissolved, again.figuresUpdated]).toEqual([[], [], [], 0]);
    expect(await allRows()).toEqual(before);
    expect((await editions()).map((e) => e.territorial_status_date).sort()).toEqual(['2023-11-30', '2024-12-31']);
  });

  it('refuses an edition older than the newest one loaded', async () => {
    await expect(loadGv100ad(subgraph.db, { content: shippedExtract, fileName: 'old.txt' })).rejects.toThrow(
      /2023-11-30 is older than the newest one applied \(2024-12-31\)/,
    );
  });

  it('applies a merger into a new ARS and a change of Amt (a new ARS with the same AGS, found without a successor file)', async () => {
    const summary = await loadGv100ad(subgraph.db, {
      content: gv100adFile(edition2025()),
      fileName: 'GV100AD_311225.txt',
      effectiveOn: '2025-07-01',
      successors: [
        { oldArs: GOERITZ.ars, newArs: '120735303600', origin: '--successor' },
        { oldArs: SCHENKENBERG.ars, newArs: '120735303600', origin: '--successor' },
      ],
    });
    expect(summary.inserted.map((k) => k.name).sort()).toEqual(['Göritz-Schenkenberg', 'Randowtal']);
    expect(summary.dissolved.map((k) => [k.name, k.dissolvedOn, k.successor?.ars])).toEqual([
      ['Göritz', '2025-07-01', '120735303600'],
      ['Schenkenberg', '2025-07-01', '120735303600'],
      ['Randowtal', '2025-07-01', '120735303458'],
    ]);
    const result = await subgraph.query(`{
      goeritz: municipality(ars: "${GOERITZ.ars}") { dissolvedOn successor { name validFrom amt { displayName } } }
      randowtal: municipality(ags: "${RANDOWTAL.ags}") { ars amt { displayName } validFrom }
      oldRandowtal: municipality(ars: "${RANDOWTAL.ars}") { dissolvedOn successor { ars } }
      zichow: municipality(ars: "${ZICHOW.ars}") { successor { name } }
      gemeinden: municipalities(filter: { kinds: [KREISFREIE_STADT, AMTSFREIE_GEMEINDE, AMTSANGEHOERIGE_GEMEINDE, ORTSGEMEINDE, MITVERWALTETE_GEMEINDE] }) { totalCount }
      gramzow: municipality(ars: "${AMT_GRAMZOW}") { members { totalCount } }
      bruessow: municipality(ars: "${AMT_BRUESSOW}") { members { totalCount nodes { name } } }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data?.goeritz).toEqual({
      dissolvedOn: '2025-07-01',
      successor: {
        name: 'Göritz-Schenkenberg',
        validFrom: '2025-07-01',
        amt: { displayName: 'Amt Brüssow (Uckermark)' },
      },
    });
    expect(result.data?.randowtal).toEqual({
      ars: '120735303458',
      amt: { displayName: 'Amt Brüssow (Uckermark)' },
      validFrom: '2025-07-01',
    });
    expect(result.data?.oldRandowtal).toEqual({ dissolvedOn: '2025-07-01', successor: { ars: '120735303458' } });
    expect(result.data?.zichow.successor.name).toBe('Gramzow');
    expect(result.data?.gemeinden.totalCount).toBe(411);
    expect(result.data?.gramzow.members.totalCount).toBe(4);
    expect(result.data?.bruessow.members.nodes.map((m: { name: string }) => m.name)).toEqual([
      'Brüssow, Stadt',
      'Carmzow-Wallmow',
      'Randowtal',
      'Schönfeld',
      'Göritz-Schenkenberg',
    ]);
  });

  it('writes an edition in a fixed number of statements, however many Kommunen change', async () => {
    const edition = nextEdition(edition2025(), '2026-12-31');
    for (const g of edition.gemeinden) g.population += 1;
    subgraph.resetStatements();
    const summary = await loadGv100ad(subgraph.db, { content: gv100adFile(edition), fileName: 'GV100AD_311226.txt' });
    expect(summary.figuresUpdated).toBeGreaterThan(400);
    // lock, two reads of the editions, the rows, the record check, 3 row chunks (≤ 200 each), the record, begin/commit.
    expect(subgraph.statements.length).toBeLessThanOrEqual(12);
  });
});
