// Over 250 lines: the random values of every kind of input, one generator with the pool of real keys it draws on.
import { SampleRandom } from '@kaz/reference-data';
import {
  type GraphQLInputObjectType,
  type GraphQLInputType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
} from 'graphql';

// Values for the fuzzer's arguments and mutation inputs: a seeded random source, a pool of real keys
// taken from earlier responses, and generators that give either a plausible value (one a careful
// client would send, so that the operation reaches the database) or an awkward one (empty, huge,
// negative, malformed dates, SQL, LIKE wildcards, NUL characters, keys of the wrong kind).

/**
 * The seeded source of the sample data (mulberry32; the same seed gives the same sequence), with a yes/no
 * draw and a sample in random order.
 */
export class Random extends SampleRandom {
  /** True with the given probability. */
  chance(probability: number): boolean {
    return this.next() < probability;
  }

  /** Up to `count` distinct items of `items`, in random order (the sample data's keep list order). */
  override sample<T>(items: readonly T[], count: number): T[] {
    const rest = [...items];
    const chosen: T[] = [];
    while (chosen.length < count && rest.length > 0) chosen.push(rest.splice(this.int(0, rest.length - 1), 1)[0] as T);
    return chosen;
  }
}

const POOL_SIZE = 400;

/**
 * Real keys seen in responses: ids by `__typename` (a Kommune by its ARS), versions by type and id,
 * and a few other strings by field name (`ags`, cursors, `themenfeld`, `leikaKey`, `entityType`).
 */
export class ValuePool {
  readonly #values = new Map<string, string[]>();
  readonly #versions = new Map<string, number>();

  /** Takes the keys out of a response's `data`; walks objects and lists of any depth. */
  harvest(data: unknown): void {
    if (Array.isArray(data)) {
      for (const item of data) this.harvest(item);
      return;
    }
    if (typeof data !== 'object' || data === null) return;
    const record = data as Record<string, unknown>;
    const typename = typeof record.__typename === 'string' ? record.__typename : undefined;
    if (typename && typeof record.id === 'string') {
      this.add(typename, record.id);
      if (typeof record.kind === 'string') this.add(`${typename}:${record.kind}`, record.id);
      if (typeof record.version === 'number') this.#versions.set(`${typename}:${record.id}`, record.version);
    }
    for (const [key, value] of Object.entries(record)) {
      if (key === 'ars' && typeof value === 'string') this.add('Municipality', value);
      else if (HARVESTED[key] && typeof value === 'string') this.add(HARVESTED[key], value);
      else if (HARVESTED[key] && Array.isArray(value)) {
        for (const item of value) if (typeof item === 'string') this.add(HARVESTED[key], item);
      } else if (typeof value === 'object') this.harvest(value);
    }
  }

  /** Records one value under `kind`; keeps at most 400 per kind, the first ones seen. */
  add(kind: string, value: string): void {
    let values = this.#values.get(kind);
    if (!values) {
      values = [];
      this.#values.set(kind, values);
    }
    if (values.length < POOL_SIZE && !values.includes(value)) values.push(value);
  }

  /** A value seen under `kind`, or undefined when none was. */
  pick(random: Random, kind: string): string | undefined {
    const values = this.#values.get(kind);
    return values && values.length > 0 ? random.pick(values) : undefined;
  }

  /** Any id seen, of any type. */
  anyId(random: Random): string | undefined {
    const kinds = [...this.#values.keys()].filter((kind) => /^[A-Z]/.test(kind));
    return kinds.length > 0 ? this.pick(random, random.pick(kinds)) : undefined;
  }

  version(typename: string, id: unknown): number | undefined {
    return typeof id === 'string' ? this.#versions.get(`${typename}:${id}`) : undefined;
  }

  /** How many values each kind holds. */
  sizes(): Record<string, number> {
    return Object.fromEntries([...this.#values].map(([kind, values]) => [kind, values.length]));
  }
}

// Response fields whose string values are kept, and under which kind.
const HARVESTED: Record<string, string> = {
  ags: 'ags',
  cursor: 'cursor',
  endCursor: 'cursor',
  startCursor: 'cursor',
  themenfeld: 'themenfeld',
  themenfelder: 'themenfeld',
  leikaKeys: 'leikaKey',
  entityType: 'entityType',
  entityId: 'entityId',
};

/** Where a value goes: an argument of a field, or a field of an input object. */
export interface ValueSite {
  /** The argument or input field, e.g. `municipalityArs`. */
  name: string;
  /** What has it: `Query.project` for an argument, `CreateProjectInput` for an input field. */
  owner: string;
  /** For an argument: the named type its field returns (an `id` argument names one of those). */
  returns?: string | undefined;
  /** For an input field: the fields of the same input object chosen before it. */
  siblings?: Record<string, unknown> | undefined;
}

const EDGE_STRINGS = [
  '',
  ' ',
  'a',
  'Potsdam',
  'berg',
  'Müller-Lüdenscheid, Straße des 17. Juni',
  'Ünïcödé 🦄 中文 עברית العربية',
  '\u200b\u200d\ufeff',
  'tab\tnew\nline\r\n',
  "'; drop table x; --",
  "' or '1'='1",
  '"; select pg_sleep(0); --',
  '%',
  '_',
  '%_%',
  '\\',
  '\\%',
  '"quoted"',
  '<script>alert(1)</script>',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a log4j-style lookup, sent as plain text
  '${jndi:ldap://127.0.0.1/x}',
  '../../etc/passwd',
  'x'.repeat(301),
  'ü'.repeat(3000),
  '2026-03-31',
  '2024-02-29',
  '2023-02-29',
  '2026-02-30',
  '2026-13-01',
  '2026-00-10',
  '0000-00-00',
  '0001-01-01',
  '1989-12-31',
  '2101-01-01',
  '9999-12-31',
  '99999-01-01',
  '2026-1-1',
  '2026-03',
  '2026-13',
  '0000-01',
  '0001-01',
  '9999-12',
  '9999-12-31T23:59:59-12:00',
  '1899-12-31',
  '2026-03-31T12:00:00Z',
  '2026-03-31T12:00:00.000+02:00',
  '2026-03-31T25:61:00Z',
  '1970-01-01T00:00:00Z',
  '31.03.2026',
  'null',
  'NaN',
  '-1',
  '0',
  '1e309',
  '120540000000',
  '12054000',
  '000000000000',
  '999999999999',
  '12054000000',
  'KAZ-2024-01',
  'KAZ-9999-99',
  'CERT-BB-2025-0001',
  'VG-2025-001',
  'LIZ-0001',
  'CERT-0001',
  'AA-2025-001',
  'ISK-120540000000',
  'it-rat',
  'it-rat-2024-1',
  'mdjd',
  'lda',
  '12345',
  '\u0000',
  'a\u0000b',
  '!!!not-base64!!!',
  // Cursors of the shape the API issues ("offset:<n>", base64url), with offsets it never issued.
  ...[
    'offset:1',
    'offset:-1',
    'offset:1.5',
    'offset:1e3',
    'offset:2147483648',
    'offset:99999999999999999999',
    'offset:',
  ].map((text) => Buffer.from(text, 'utf8').toString('base64url')),
];

const EDGE_INTS = [
  0, 1, -1, 2, 3, 7, 10, 49, 50, 51, 100, 499, 500, 501, 1000, 3650, 3651, 65_535, 2_147_483_647, -2_147_483_648,
];

const EDGE_FLOATS = [
  0,
  -0,
  0.5,
  -1,
  -0.01,
  0.001,
  1.005,
  99.99,
  1_234_567.89,
  999_999_999_999.99,
  1e12,
  1e15,
  2_147_483_648,
  1e-300,
  1e308,
  Number.POSITIVE_INFINITY,
];

const TEXT_WORDS = ['Portal', 'Fachverfahren', 'Kommune', 'Bürgerservice', 'OZG', 'Rollout', 'Pilot', 'Cloud', 'Netz'];

// The key a create mutation takes for the new record, by input type.
const NEW_KEYS: Record<string, (random: Random) => string> = {
  CreateProjectInput: (random) => `KAZ-${random.int(2019, 2030)}-${pad(random.int(1, 99), 2)}`,
  CreateProcurementProcedureInput: (random) => `VG-${random.int(2019, 2030)}-${pad(random.int(1, 999), 3)}`,
  CreateFrameworkContractInput: (random) => `RV-${random.int(2019, 2030)}-${pad(random.int(1, 999), 3)}`,
  CreateLicenceInput: (random) => `LIZ-${pad(random.int(1, 9999), 4)}`,
  CreateCertificateInput: (random) => `CERT-${pad(random.int(1, 9999), 4)}`,
};

// The record an update mutation changes, by input type.
const UPDATED_TYPES: Record<string, string> = {
  UpdateProjectInput: 'Project',
  UpdateProcurementProcedureInput: 'ProcurementProcedure',
  UpdateWorkOrderStatusInput: 'WorkOrder',
  ChangeIncidentStatusInput: 'SecurityIncident',
  RecordLdaNotificationInput: 'SecurityIncident',
  RenewCertificateInput: 'Certificate',
};

// The type an `<x>Id` argument or input field names.
const REFERENCED_TYPES: Record<string, string> = {
  projectId: 'Project',
  decisionId: 'Decision',
  committeeId: 'Committee',
  licenceId: 'Licence',
  contractId: 'FrameworkContract',
  callOffContractId: 'FrameworkContract',
  procurementId: 'ProcurementProcedure',
  leadMinistryId: 'Organisation:MINISTRY',
  ozgServiceId: 'OzgService',
  ozgServiceIds: 'OzgService',
};

const TEXT_FIELDS = new Set(['title', 'summary', 'text', 'commonName', 'product', 'vendor', 'issuer', 'nameContains']);

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** Random values for input types, plausible or awkward. */
export class ValueGenerator {
  /** Midnight UTC of the day the generator was made: the base of every plausible date. */
  readonly #today: number;

  constructor(
    private readonly random: Random,
    private readonly pool: ValuePool,
  ) {
    this.#today = Math.floor(Date.now() / 86_400_000) * 86_400_000;
  }

  /**
   * A value of `type` for `site`: null now and then where the type allows it, a plausible value with
   * probability `plausibility` where the site's name says what it holds, an awkward one otherwise.
   * Enum values are their names; an input object is a plain object without the fields left out.
   */
  value(type: GraphQLInputType, site: ValueSite, plausibility: number): unknown {
    if (!isNonNullType(type) && this.random.chance(0.05)) return null;
    const inner = isNonNullType(type) ? type.ofType : type;
    if (isListType(inner)) {
      const item = inner.ofType as GraphQLInputType;
      const count = this.random.pick([0, 1, 1, 1, 2, 2, 3, 5]);
      const items = Array.from({ length: count }, () => this.value(item, site, plausibility));
      // A plausible list names each thing once; an awkward one may repeat it.
      return this.random.chance(plausibility) ? [...new Set(items)] : items;
    }
    if (isInputObjectType(inner)) return this.inputObject(inner, plausibility);
    if (isEnumType(inner)) return this.random.pick(inner.getValues()).name;
    if (this.random.chance(plausibility)) {
      const plausible = this.plausible(site, inner.name);
      if (plausible !== undefined) return plausible;
    }
    return this.awkward(inner.name);
  }

  /** An input object: every required field, each optional one with probability 0.6. */
  inputObject(type: GraphQLInputObjectType, plausibility: number): Record<string, unknown> {
    const object: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      if (!isNonNullType(field.type) && !this.random.chance(0.6)) continue;
      object[field.name] = this.value(
        field.type,
        { name: field.name, owner: type.name, siblings: object },
        plausibility,
      );
    }
    return object;
  }

  /** A value of a scalar that a careful client might send at `site`; undefined when the name says nothing. */
  plausible(site: ValueSite, scalar: string): unknown {
    const { random, pool } = this;
    const { name, owner } = site;
    if (scalar === 'Int') {
      if (name === 'first') return random.pick([0, 1, 2, 3, 5, 10, 10, 20, 50]);
      if (name === 'version') {
        const type = UPDATED_TYPES[owner];
        return (type && pool.version(type, site.siblings?.id)) ?? random.pick([1, 1, 1, 2, 3]);
      }
      if (name === 'seats') return random.int(1, 200);
      if (name === 'expiringWithinDays') return random.int(0, 3650);
      if (name === 'year') return random.int(2019, 2030);
      if (name.startsWith('population')) return random.int(0, 200_000);
      return undefined;
    }
    if (scalar === 'Float') return name.endsWith('Eur') ? random.int(0, 100_000_000) / 100 : undefined;
    if (scalar === 'Boolean') return undefined;
    if (name === 'after') return pool.pick(random, 'cursor');
    if (/ars$/i.test(name)) return pool.pick(random, 'Municipality');
    if (name === 'ags') return pool.pick(random, 'ags');
    if (name === 'id') {
      if (NEW_KEYS[owner]) return NEW_KEYS[owner](random);
      const type = UPDATED_TYPES[owner] ?? site.returns;
      return type ? pool.pick(random, type) : undefined;
    }
    if (REFERENCED_TYPES[name]) {
      const kind = REFERENCED_TYPES[name];
      return pool.pick(random, kind) ?? pool.pick(random, kind.split(':')[0] as string);
    }
    if (name === 'entityId') return pool.pick(random, 'entityId') ?? pool.anyId(random);
    if (name === 'entityType') return pool.pick(random, 'entityType');
    if (name === 'themenfeld') return pool.pick(random, 'themenfeld');
    if (name === 'leikaKey') return pool.pick(random, 'leikaKey');
    if (name === 'recipients') return random.chance(0.5) ? 'lda' : pool.pick(random, 'Municipality');
    if (name === 'serialNumber') {
      return Array.from({ length: random.int(2, 20) }, () =>
        random.int(0, 255).toString(16).toUpperCase().padStart(2, '0'),
      ).join(':');
    }
    if (name === 'reference') return `Entscheidung ${random.int(2019, 2030)}/${random.int(1, 40)}`;
    if (TEXT_FIELDS.has(name) || name === 'productContains') return this.words();
    if (owner === 'Query.incidentStatistics') return this.month();
    if (name.endsWith('At')) return this.timestamp();
    if (/(^on|date|On|Before|Since|Until|From|To|asOf|validOn|activeOn)$/i.test(name)) {
      // Records of what happened lie in the past, deadlines in the future; other dates anywhere.
      if (/^(decided|member|adopted|published|awarded)/.test(name)) return this.date(-2500, 0);
      if (/^(due|reviewDue)/.test(name)) return this.date(0, 1800);
      return this.date(-2500, 1800);
    }
    return undefined;
  }

  /** An awkward value of a scalar: edge numbers, odd strings, keys of the wrong kind. */
  awkward(scalar: string): unknown {
    const { random } = this;
    switch (scalar) {
      case 'Int':
        return random.chance(0.7) ? random.pick(EDGE_INTS) : random.int(-1000, 1000);
      case 'Float':
        return random.chance(0.7) ? random.pick(EDGE_FLOATS) : random.int(-100_000, 100_000) / 100;
      case 'Boolean':
        return random.chance(0.5);
      default: {
        const roll = random.next();
        if (roll < 0.6) return random.pick(EDGE_STRINGS);
        if (roll < 0.8) return this.pool.anyId(random) ?? random.pick(EDGE_STRINGS);
        return this.garbage();
      }
    }
  }

  private words(): string {
    return Array.from({ length: this.random.int(1, 4) }, () => this.random.pick(TEXT_WORDS)).join(' ');
  }

  /** A day from `from` to `to` days after today. */
  private date(from: number, to: number): string {
    return new Date(this.#today + this.random.int(from, to) * 86_400_000).toISOString().slice(0, 10);
  }

  private month(): string {
    return this.date(-2500, 400).slice(0, 7);
  }

  private timestamp(): string {
    return new Date(this.#today - this.random.int(0, 30 * 24 * 60) * 60_000).toISOString();
  }

  private garbage(): string {
    const alphabet = 'aZ09 -_%\'"\\/.:;ÄäÖöÜüß€🦄\u0301\u202e{}$@';
    const characters = [...alphabet];
    return Array.from({ length: this.random.int(0, 40) }, () => this.random.pick(characters)).join('');
  }
}
