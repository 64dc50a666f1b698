/**
 * The Destatis Gemeindeverzeichnis in its administrative fixed-width form, GV100AD ("GV100 ASCII,
 * administrativ"): one record a line, 220 characters, the kind of record in its first two characters
 * (Satzart 10 Land, 20 Regierungsbezirk, 30 Region, 40 Kreis, 50 Gemeindeverband, 60 Gemeinde). The
 * positions below are those of the Datensatzbeschreibung that Destatis ships in every GV100AD zip
 * (1-based, both ends included). UTF-8 since about 2019; older editions are ISO-8859-1.
 */

/** A bad GV100AD file: the 1-based line and column of the first fault, and what is wrong there. */
export class Gv100adError extends Error {
  constructor(
    readonly line: number,
    readonly column: number,
    readonly problem: string,
  ) {
    super(`line ${line}, column ${column}: ${problem}`);
    this.name = 'Gv100adError';
  }
}

/** A Kreis (Satzart 40): a Landkreis, or the Kreis record of a kreisfreie Stadt. */
export interface Gv100adKreis {
  /** Kreisschlüssel, 5 digits (Land, Regierungsbezirk, Kreis). */
  key: string;
  name: string;
  /** Sitz der Verwaltung. */
  seat: string;
  /** Textkennzeichen: 41 kreisfreie Stadt, 42 Stadtkreis, 43 Kreis, 44 Landkreis, 45 Regionalverband. */
  textKey: string;
  /** The record's line in the file. */
  line: number;
}

/** A Gemeindeverband (Satzart 50): an Amt, a Verbandsgemeinde, or the record of a verbandsfreie Gemeinde. */
export interface Gv100adVerband {
  /** Kreisschlüssel and Verbandsnummer, 9 digits. */
  key: string;
  name: string;
  seat: string;
  /** Textkennzeichen: 50 verbandsfreie Gemeinde, 51 Amt, 52 Samtgemeinde, 53 Verbandsgemeinde, … */
  textKey: string;
  line: number;
}

/** A Gemeinde (Satzart 60). */
export interface Gv100adGemeinde {
  /** Amtlicher Gemeindeschlüssel, 8 digits. */
  ags: string;
  /** Amtlicher Regionalschlüssel, 12 digits: Kreis, Gemeindeverband, Gemeinde. */
  ars: string;
  /** The Gemeindeverband's 9-digit key (its ARS without the Gemeinde's three digits). */
  verbandKey: string;
  name: string;
  /** Textkennzeichen: 60 Markt, 61 kreisfreie Stadt, 63 Stadt, 64 Gemeinde, … */
  textKey: string;
  /** Fläche in Hektar. */
  areaHa: number;
  /** Bevölkerung insgesamt. */
  population: number;
  /** Postleitzahl (of the administrative seat when there are several). */
  postalCode: string;
  /** True when the Gemeinde has more than one Postleitzahl ("*****" in the file). */
  postalCodeMultiple: boolean;
  line: number;
}

/** One Land's part of a GV100AD edition. */
export interface Gv100adEdition {
  /** Gebietsstand, YYYY-MM-DD: the day whose territorial status the edition describes. */
  territorialStatusDate: string;
  land: { key: string; name: string; seat: string };
  kreise: Gv100adKreis[];
  verbaende: Gv100adVerband[];
  gemeinden: Gv100adGemeinde[];
}

/** One field of a record: 1-based first and last position. */
interface Field {
  from: number;
  to: number;
  name: string;
}

const field = (from: number, to: number, name: string): Field => ({ from, to, name });

/** The fields this reader uses, with their positions in the Datensatzbeschreibung. */
export const GV100AD_FIELDS = {
  satzart: field(1, 2, 'Satzart'),
  date: field(3, 10, 'Gebietsstand'),
  land: field(11, 12, 'Land'),
  rb: field(13, 13, 'Regierungsbezirk'),
  kreis: field(14, 15, 'Kreis'),
  gemeinde: field(16, 18, 'Gemeinde'),
  verband: field(19, 22, 'Gemeindeverband'),
  name: field(23, 72, 'Name'),
  seat: field(73, 122, 'Sitz der Verwaltung'),
  textKey: field(123, 124, 'Textkennzeichen'),
  area: field(129, 139, 'Fläche'),
  population: field(140, 150, 'Bevölkerung'),
  postalCode: field(166, 170, 'Postleitzahl'),
  postalCodeUnique: field(171, 175, 'Postleitzahl eindeutig'),
} as const;

/** Length of every GV100AD record. */
export const GV100AD_RECORD_LENGTH = 220;

const SATZARTEN = new Set(['10', '20', '30', '40', '50', '60']);
const KREIS_TEXT_KEYS = new Set(['41', '42', '43', '44', '45']);
const VERBAND_TEXT_KEYS = new Set(['50', '51', '52', '53', '54', '55', '56', '57', '58']);
const GEMEINDE_TEXT_KEYS = new Set(['60', '61', '62', '63', '64', '65', '66', '67']);
/** The last position each Satzart must reach for the fields read from it. */
const NEEDED_LENGTH: Record<string, number> = { '10': 72, '20': 72, '30': 72, '40': 124, '50': 124, '60': 175 };

class RecordReader {
  constructor(
    readonly record: string,
    readonly line: number,
  ) {}

  raw(f: Field): string {
    return this.record.slice(f.from - 1, f.to);
  }

  fail(f: Field, problem: string): never {
    throw new Gv100adError(this.line, f.from, `${f.name} (columns ${f.from}–${f.to}) ${problem}`);
  }

  digits(f: Field): string {
    const value = this.raw(f);
    if (!/^[0-9]+$/.test(value)) this.fail(f, `must be ${f.to - f.from + 1} digits, not "${value}"`);
    return value;
  }

  number(f: Field): number {
    const value = this.raw(f).trim();
    if (!/^[0-9]+$/.test(value)) this.fail(f, `must be a whole number, not "${value}"`);
    return Number(value);
  }

  text(f: Field, required: boolean): string {
    const value = this.raw(f).trim();
    if (required && value === '') this.fail(f, 'is empty');
    return value;
  }

  code(f: Field, allowed: Set<string>, what: string): string {
    const value = this.raw(f);
    if (!allowed.has(value)) this.fail(f, `"${value}" is not a Textkennzeichen of a ${what}`);
    return value;
  }
}

function parseDate(reader: RecordReader): string {
  const value = reader.digits(GV100AD_FIELDS.date);
  const iso = `${value.slice(0, 4)}-${value.slice(4, 6)}-${value.slice(6, 8)}`;
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso) {
    reader.fail(GV100AD_FIELDS.date, `"${value}" is not a date (JJJJMMTT)`);
  }
  return iso;
}

/** The lines of a file as text: UTF-8 (refusing bytes that are not), without line ends. */
function linesOf(input: string | Uint8Array): string[] {
  if (typeof input === 'string') return input.split('\n');
  const text = new TextDecoder('utf-8').decode(input);
  const lines = text.split('\n');
  const bad = lines.findIndex((line) => line.includes('\uFFFD'));
  if (bad >= 0) {
    throw new Gv100adError(
      bad + 1,
      (lines[bad] ?? '').indexOf('\uFFFD') + 1,
      'not UTF-8 (GV100AD is UTF-8 since 2019; convert an older ISO-8859-1 edition with `iconv -f latin1 -t utf-8`)',
    );
  }
  return lines;
}

/**
 * Reads a GV100AD file and keeps the records of one Land (default 12, Brandenburg). Every record is
 * checked for its Satzart and Gebietsstand (one date for the whole file); the records of the Land are
 * checked field by field, and for consistency (every Gemeinde's Kreis and Gemeindeverband present, no
 * key twice). Blank lines and a trailing carriage return are ignored. Throws `Gv100adError` naming the
 * line and column of the first fault; never returns a partial edition.
 */
export function parseGv100ad(input: string | Uint8Array, land = '12'): Gv100adEdition {
  let territorialStatusDate: string | null = null;
  let landRecord: Gv100adEdition['land'] | null = null;
  const kreise: Gv100adKreis[] = [];
  const verbaende: Gv100adVerband[] = [];
  const gemeinden: Gv100adGemeinde[] = [];
  const lines = linesOf(input);
  for (let index = 0; index < lines.length; index++) {
    const text = (lines[index] ?? '').replace(/\r$/, '');
    if (text.trim() === '') continue;
    const reader = new RecordReader(text, index + 1);
    const satzart = reader.raw(GV100AD_FIELDS.satzart);
    if (!SATZARTEN.has(satzart)) {
      reader.fail(GV100AD_FIELDS.satzart, `"${satzart}" is not a GV100AD Satzart (10, 20, 30, 40, 50 or 60)`);
    }
    const needed = NEEDED_LENGTH[satzart] ?? GV100AD_RECORD_LENGTH;
    if (text.length < needed) {
      throw new Gv100adError(
        reader.line,
        text.length + 1,
        `the record ends after ${text.length} characters; Satzart ${satzart} needs at least ${needed} (a GV100AD record has ${GV100AD_RECORD_LENGTH})`,
      );
    }
    const date = parseDate(reader);
    if (territorialStatusDate === null) territorialStatusDate = date;
    else if (date !== territorialStatusDate) {
      reader.fail(GV100AD_FIELDS.date, `is ${date}, but the file began with ${territorialStatusDate}`);
    }
    const recordLand = reader.digits(GV100AD_FIELDS.land);
    if (recordLand !== land) continue;
    const name = reader.text(GV100AD_FIELDS.name, true);
    if (satzart === '10') {
      landRecord = { key: recordLand, name, seat: reader.text(GV100AD_FIELDS.seat, false) };
    } else if (satzart === '40') {
      kreise.push({
        key: recordLand + reader.digits(GV100AD_FIELDS.rb) + reader.digits(GV100AD_FIELDS.kreis),
        name,
        seat: reader.text(GV100AD_FIELDS.seat, false),
        textKey: reader.code(GV100AD_FIELDS.textKey, KREIS_TEXT_KEYS, 'Kreis'),
        line: reader.line,
      });
    } else if (satzart === '50') {
      verbaende.push({
        key:
          recordLand +
          reader.digits(GV100AD_FIELDS.rb) +
          reader.digits(GV100AD_FIELDS.kreis) +
          reader.digits(GV100AD_FIELDS.verband),
        name,
        seat: reader.text(GV100AD_FIELDS.seat, false),
        textKey: reader.code(GV100AD_FIELDS.textKey, VERBAND_TEXT_KEYS, 'Gemeindeverband'),
        line: reader.line,
      });
    } else if (satzart === '60') {
      const kreis = recordLand + reader.digits(GV100AD_FIELDS.rb) + reader.digits(GV100AD_FIELDS.kreis);
      const gemeinde = reader.digits(GV100AD_FIELDS.gemeinde);
      const verband = reader.digits(GV100AD_FIELDS.verband);
      const postalCode = reader.raw(GV100AD_FIELDS.postalCode).trim();
      if (postalCode !== '' && !/^[0-9]{5}$/.test(postalCode)) {
        reader.fail(GV100AD_FIELDS.postalCode, `must be 5 digits or empty, not "${postalCode}"`);
      }
      gemeinden.push({
        ags: kreis + gemeinde,
        ars: kreis + verband + gemeinde,
        verbandKey: kreis + verband,
        name,
        textKey: reader.code(GV100AD_FIELDS.textKey, GEMEINDE_TEXT_KEYS, 'Gemeinde'),
        areaHa: reader.number(GV100AD_FIELDS.area),
        population: reader.number(GV100AD_FIELDS.population),
        postalCode,
        postalCodeMultiple: reader.raw(GV100AD_FIELDS.postalCodeUnique) === '*****',
        line: reader.line,
      });
    }
  }
  if (territorialStatusDate === null) throw new Gv100adError(1, 1, 'the file holds no GV100AD record');
  if (!landRecord) {
    throw new Gv100adError(lines.length, 1, `the file holds no Land record (Satzart 10) for Land ${land}`);
  }
  checkConsistency(kreise, verbaende, gemeinden);
  return { territorialStatusDate, land: landRecord, kreise, verbaende, gemeinden };
}

function checkConsistency(kreise: Gv100adKreis[], verbaende: Gv100adVerband[], gemeinden: Gv100adGemeinde[]): void {
  const unique = <T extends { line: number }>(records: T[], keyOf: (record: T) => string, what: string) => {
    const seen = new Map<string, number>();
    for (const record of records) {
      const key = keyOf(record);
      const first = seen.get(key);
      if (first !== undefined) {
        throw new Gv100adError(record.line, 11, `${what} ${key} was already given in line ${first}`);
      }
      seen.set(key, record.line);
    }
    return seen;
  };
  const kreisKeys = unique(kreise, (k) => k.key, 'Kreis');
  const verbandKeys = unique(verbaende, (v) => v.key, 'Gemeindeverband');
  unique(gemeinden, (g) => g.ags, 'AGS');
  for (const gemeinde of gemeinden) {
    if (!kreisKeys.has(gemeinde.ags.slice(0, 5))) {
      throw new Gv100adError(gemeinde.line, 11, `Kreis ${gemeinde.ags.slice(0, 5)} has no Kreis record (Satzart 40)`);
    }
    if (!verbandKeys.has(gemeinde.verbandKey)) {
      throw new Gv100adError(
        gemeinde.line,
        19,
        `Gemeindeverband ${gemeinde.verbandKey} has no Gemeindeverband record (Satzart 50)`,
      );
    }
  }
}

function put(record: string[], f: Field, value: string, align: 'left' | 'right' = 'left'): void {
  const width = f.to - f.from + 1;
  const chars = [...value];
  if (chars.length > width) throw new Error(`${f.name} "${value}" is longer than ${width} characters`);
  const padded = align === 'left' ? value.padEnd(width, ' ') : value.padStart(width, '0');
  [...padded].forEach((char, offset) => {
    record[f.from - 1 + offset] = char;
  });
}

/**
 * Writes an edition as GV100AD records (the fields this reader uses; the others blank), in the order
 * Destatis uses: the Land, then per Kreis its record, then per Gemeindeverband its record followed by
 * its Gemeinden. For building test editions from the reference data; `parseGv100ad` reads the result
 * back to the same edition.
 */
export function formatGv100ad(edition: Omit<Gv100adEdition, 'land'> & { land: Gv100adEdition['land'] }): string {
  const date = edition.territorialStatusDate.replaceAll('-', '');
  const record = (satzart: string, key: { land: string; rb?: string; kreis?: string }) => {
    const chars = Array.from({ length: GV100AD_RECORD_LENGTH }, () => ' ');
    put(chars, GV100AD_FIELDS.satzart, satzart);
    put(chars, GV100AD_FIELDS.date, date);
    put(chars, GV100AD_FIELDS.land, key.land);
    if (key.rb !== undefined) put(chars, GV100AD_FIELDS.rb, key.rb);
    if (key.kreis !== undefined) put(chars, GV100AD_FIELDS.kreis, key.kreis);
    return chars;
  };
  const kreisParts = (key: string) => ({ land: key.slice(0, 2), rb: key.slice(2, 3), kreis: key.slice(3, 5) });
  const lines: string[] = [];
  const land = record('10', { land: edition.land.key });
  put(land, GV100AD_FIELDS.name, edition.land.name);
  put(land, GV100AD_FIELDS.seat, edition.land.seat);
  lines.push(land.join(''));
  for (const kreis of [...edition.kreise].sort((a, b) => a.key.localeCompare(b.key))) {
    const chars = record('40', kreisParts(kreis.key));
    put(chars, GV100AD_FIELDS.name, kreis.name);
    put(chars, GV100AD_FIELDS.seat, kreis.seat);
    put(chars, GV100AD_FIELDS.textKey, kreis.textKey);
    lines.push(chars.join(''));
    const verbaende = edition.verbaende.filter((v) => v.key.startsWith(kreis.key));
    for (const verband of verbaende.sort((a, b) => a.key.localeCompare(b.key))) {
      const v = record('50', kreisParts(verband.key));
      put(v, GV100AD_FIELDS.verband, verband.key.slice(5));
      put(v, GV100AD_FIELDS.name, verband.name);
      put(v, GV100AD_FIELDS.seat, verband.seat);
      put(v, GV100AD_FIELDS.textKey, verband.textKey);
      lines.push(v.join(''));
      const members = edition.gemeinden.filter((g) => g.verbandKey === verband.key);
      for (const gemeinde of members.sort((a, b) => a.ags.localeCompare(b.ags))) {
        const g = record('60', kreisParts(gemeinde.ags));
        put(g, GV100AD_FIELDS.gemeinde, gemeinde.ags.slice(5));
        put(g, GV100AD_FIELDS.verband, gemeinde.verbandKey.slice(5));
        put(g, GV100AD_FIELDS.name, gemeinde.name);
        put(g, GV100AD_FIELDS.textKey, gemeinde.textKey);
        put(g, GV100AD_FIELDS.area, String(gemeinde.areaHa), 'right');
        put(g, GV100AD_FIELDS.population, String(gemeinde.population), 'right');
        put(g, GV100AD_FIELDS.postalCode, gemeinde.postalCode);
        if (gemeinde.postalCodeMultiple) put(g, GV100AD_FIELDS.postalCodeUnique, '*****');
        lines.push(g.join(''));
      }
    }
  }
  return `${lines.join('\n')}\n`;
}
