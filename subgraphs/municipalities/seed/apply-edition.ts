import { chunksOf, isCalendarDate } from '@kaz/subgraph-kit';
import { type Insertable, type Kysely, sql, type Transaction } from 'kysely';
import type { Database } from '../src/db/database.ts';
import { newestEditionDate } from '../src/db/edition.ts';
import type { MunicipalityRow, MunicipalityTable } from '../src/db/municipality.ts';
import type { EditionRow } from './gv100ad-rows.ts';

/** An edition cannot be applied as given (nothing was written). */
export class EditionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EditionError';
  }
}

/**
 * "This Kommune went into that one": GV100AD names no successors (Destatis publishes them separately,
 * in its Gebietsänderungen), so they come from a side file or the command line.
 */
export interface SuccessorMapping {
  oldArs: string;
  newArs: string;
  /** The day the change took effect; default the edition's effective date. */
  effectiveOn?: string | null | undefined;
  /** Where the mapping was given, for error messages ("successors.csv line 3", "--successor"). */
  origin: string;
}

/** An edition to apply: all Kommunen of Brandenburg on one Gebietsstand. */
export interface EditionInput {
  /** Gebietsstand, YYYY-MM-DD. */
  territorialStatusDate: string;
  rows: EditionRow[];
  /** The day its changes took effect (default the Gebietsstand). */
  effectiveOn?: string | null | undefined;
  successors?: readonly SuccessorMapping[] | undefined;
  /** The file name, or `seed`. */
  source: string;
  sha256?: string | null | undefined;
}

/** A Kommune in a summary. */
export interface SummaryKommune {
  ars: string;
  name: string;
}

/** What an edition changes (or, in a dry run, would change). */
export interface EditionSummary {
  territorialStatusDate: string;
  effectiveOn: string;
  /** The newest edition applied before this one (null: none). */
  previous: string | null;
  dryRun: boolean;
  inserted: (SummaryKommune & { kind: string })[];
  changed: (SummaryKommune & { changes: string[] })[];
  dissolved: (SummaryKommune & { dissolvedOn: string; successor: SummaryKommune | null })[];
  /** Kommunen whose population, area, Postleitzahl or Gebietsstand alone changed. */
  figuresUpdated: number;
}

const STRUCTURE = ['name', 'display_name', 'kind', 'district_ars', 'amt_ars', 'seat'] as const;
const FIGURES = ['ags', 'postal_code', 'population', 'area_km2', 'figures_date', 'territorial_status_date'] as const;
const LABELS: Record<(typeof STRUCTURE)[number], string> = {
  name: 'name',
  display_name: 'display name',
  kind: 'kind',
  district_ars: 'Landkreis',
  amt_ars: 'Amt',
  seat: 'seat',
};

/** Whether an edition row differs from the stored one in the given columns. */
function differs(row: EditionRow, stored: MunicipalityRow, columns: readonly (keyof EditionRow)[]): boolean {
  return columns.some((column) => (row[column] ?? null) !== (stored[column as keyof MunicipalityRow] ?? null));
}

/**
 * Compares an edition with the database and applies it in one transaction: Kommunen new in the edition
 * are inserted (`valid_from` = the effective date, except on an empty database), changed ones updated
 * (name, kind, Landkreis, Amt, seat: `valid_from` moves; figures and Gebietsstand of every Kommune the
 * edition holds are refreshed), and Kommunen the edition lacks are kept, with `dissolved_on` and, where
 * known, `successor_ars`: from `successors`, or the Kommune of the edition with the same AGS (a Gemeinde
 * that changed its Amt has a new ARS). The edition is recorded in `municipality_edition`. Loading the
 * same edition again changes nothing. With `dryRun` it only reads.
 *
 * Throws `EditionError`, having written nothing, for an edition older than the newest one applied, an
 * effective date outside (previous Gebietsstand, this Gebietsstand], and a successor that is unknown,
 * still current, or not in the edition. Statements: a fixed number plus one per 200 written rows.
 */
export async function applyEdition(
  db: Kysely<Database>,
  input: EditionInput,
  options: { dryRun?: boolean } = {},
): Promise<EditionSummary> {
  const dryRun = options.dryRun ?? false;
  return db.transaction().execute(async (trx) => {
    if (!dryRun) await sql`lock table municipality_edition in share row exclusive mode`.execute(trx);
    const date = input.territorialStatusDate;
    const previous = await newestEditionDate(trx);
    if (previous !== null && date < previous) {
      throw new EditionError(`the edition of ${date} is older than the newest one applied (${previous})`);
    }
    const before = await trx
      .selectFrom('municipality_edition')
      .select((eb) => eb.fn.max('territorial_status_date').as('date'))
      .where('territorial_status_date', '<', date)
      .executeTakeFirst();
    const earlier = (before?.date as string | null | undefined) ?? null;
    const checkDate = (value: string, what: string) => {
      if (!isCalendarDate(value)) throw new EditionError(`${what} "${value}" is not a date (YYYY-MM-DD)`);
      if (value > date) throw new EditionError(`${what} ${value} is after the edition's Gebietsstand ${date}`);
      if (earlier !== null && value <= earlier) {
        throw new EditionError(`${what} ${value} is not after the previous edition's Gebietsstand ${earlier}`);
      }
      return value;
    };
    const effectiveOn = checkDate(input.effectiveOn ?? date, 'the effective date');

    const stored = await trx.selectFrom('municipality').selectAll().orderBy('ars').execute();
    const storedByArs = new Map(stored.map((row) => [row.ars, row]));
    const incoming = new Map(input.rows.map((row) => [row.ars, row]));
    const incomingByAgs = new Map(input.rows.filter((row) => row.ags).map((row) => [row.ags as string, row]));
    const baseline = stored.length === 0;
    const nameOf = (ars: string | null | undefined) =>
      ars == null ? 'none' : `${ars} (${incoming.get(ars)?.name ?? storedByArs.get(ars)?.name ?? '?'})`;

    const summary: EditionSummary = {
      territorialStatusDate: date,
      effectiveOn,
      previous,
      dryRun,
      inserted: [],
      changed: [],
      dissolved: [],
      figuresUpdated: 0,
    };
    const writes: Insertable<MunicipalityTable>[] = [];
    for (const row of input.rows) {
      const old = storedByArs.get(row.ars);
      if (!old || old.dissolved_on !== null) {
        summary.inserted.push({ ars: row.ars, name: row.name, kind: row.kind });
        writes.push({ ...row, dissolved_on: null, successor_ars: null, valid_from: baseline ? null : effectiveOn });
      } else if (differs(row, old, STRUCTURE)) {
        const changed = STRUCTURE.filter((column) => (row[column] ?? null) !== (old[column] ?? null));
        // The display name follows the name; it is listed only when it changed on its own.
        const listed = changed.includes('name') ? changed.filter((column) => column !== 'display_name') : changed;
        const changes = listed.map((column) =>
          column === 'district_ars' || column === 'amt_ars'
            ? `${LABELS[column]} ${nameOf(old[column])} → ${nameOf(row[column])}`
            : `${LABELS[column]} "${old[column] ?? ''}" → "${row[column] ?? ''}"`,
        );
        summary.changed.push({ ars: row.ars, name: row.name, changes });
        writes.push({ ...row, dissolved_on: null, successor_ars: null, valid_from: effectiveOn });
      } else if (differs(row, old, FIGURES)) {
        summary.figuresUpdated++;
        writes.push({ ...row, dissolved_on: null, successor_ars: null, valid_from: old.valid_from });
      }
    }

    const mappings = new Map<string, SuccessorMapping>();
    for (const mapping of input.successors ?? []) {
      const where = `successor (${mapping.origin})`;
      if (mappings.has(mapping.oldArs)) throw new EditionError(`${where}: ${mapping.oldArs} has two successors`);
      if (!storedByArs.has(mapping.oldArs))
        throw new EditionError(`${where}: ${mapping.oldArs} is not a known Kommune`);
      if (incoming.has(mapping.oldArs)) {
        throw new EditionError(
          `${where}: ${nameOf(mapping.oldArs)} is still in the edition; only a Kommune it dissolves has a successor`,
        );
      }
      if (!incoming.has(mapping.newArs)) {
        throw new EditionError(`${where}: the successor ${mapping.newArs} is not a Kommune of the edition`);
      }
      if (mapping.effectiveOn != null) checkDate(mapping.effectiveOn, `${where}: the date`);
      mappings.set(mapping.oldArs, mapping);
    }

    const dissolving: Insertable<MunicipalityTable>[] = [];
    const successors: Insertable<MunicipalityTable>[] = [];
    for (const old of stored) {
      if (incoming.has(old.ars)) continue;
      const mapping = mappings.get(old.ars);
      if (old.dissolved_on !== null) {
        // Dissolved by an earlier edition: a successor file may still name (or correct) its successor.
        if (mapping && mapping.newArs !== old.successor_ars) {
          summary.changed.push({
            ars: old.ars,
            name: old.name,
            changes: [`successor ${nameOf(old.successor_ars)} → ${nameOf(mapping.newArs)}`],
          });
          successors.push({ ...old, successor_ars: mapping.newArs });
        }
        continue;
      }
      const sameAgs = old.ags ? incomingByAgs.get(old.ags) : undefined;
      const successorArs = mapping?.newArs ?? sameAgs?.ars ?? null;
      const dissolvedOn = mapping?.effectiveOn ?? effectiveOn;
      summary.dissolved.push({
        ars: old.ars,
        name: old.name,
        dissolvedOn,
        successor: successorArs
          ? { ars: successorArs, name: incoming.get(successorArs)?.name ?? storedByArs.get(successorArs)?.name ?? '?' }
          : null,
      });
      dissolving.push({ ...old, dissolved_on: dissolvedOn, successor_ars: null });
      if (successorArs) successors.push({ ...old, dissolved_on: dissolvedOn, successor_ars: successorArs });
    }

    const recorded = await trx
      .selectFrom('municipality_edition')
      .select('territorial_status_date')
      .where('territorial_status_date', '=', date)
      .executeTakeFirst();
    const nothingChanged = writes.length === 0 && dissolving.length === 0 && successors.length === 0;
    if (dryRun || (nothingChanged && recorded)) return summary;

    // Dissolved rows first (freeing their AGS for a renumbered Gemeinde), then the edition's rows,
    // then the successors (which may be rows the second step inserted).
    await writeRows(trx, dissolving);
    await writeRows(trx, writes);
    await writeRows(trx, successors);
    const record = {
      territorial_status_date: date,
      effective_on: effectiveOn,
      source: input.source,
      sha256: input.sha256 ?? null,
      inserted: summary.inserted.length,
      changed: summary.changed.length,
      dissolved: summary.dissolved.length,
      changes: JSON.stringify({
        inserted: summary.inserted,
        changed: summary.changed,
        dissolved: summary.dissolved,
        figuresUpdated: summary.figuresUpdated,
      }),
    };
    await trx
      .insertInto('municipality_edition')
      .values(record)
      .onConflict((oc) => oc.column('territorial_status_date').doUpdateSet(record))
      .execute();
    return summary;
  });
}

/** Upserts whole rows, 200 to a statement, in the given order. */
async function writeRows(trx: Transaction<Database>, rows: Insertable<MunicipalityTable>[]): Promise<void> {
  for (const chunk of chunksOf(rows)) {
    await trx
      .insertInto('municipality')
      .values(chunk)
      .onConflict((oc) =>
        oc.column('ars').doUpdateSet((eb) => ({
          ags: eb.ref('excluded.ags'),
          name: eb.ref('excluded.name'),
          display_name: eb.ref('excluded.display_name'),
          kind: eb.ref('excluded.kind'),
          district_ars: eb.ref('excluded.district_ars'),
          amt_ars: eb.ref('excluded.amt_ars'),
          seat: eb.ref('excluded.seat'),
          postal_code: eb.ref('excluded.postal_code'),
          population: eb.ref('excluded.population'),
          area_km2: eb.ref('excluded.area_km2'),
          figures_date: eb.ref('excluded.figures_date'),
          territorial_status_date: eb.ref('excluded.territorial_status_date'),
          dissolved_on: eb.ref('excluded.dissolved_on'),
          successor_ars: eb.ref('excluded.successor_ars'),
          valid_from: eb.ref('excluded.valid_from'),
        })),
      )
      .execute();
  }
}

/** The summary as text for a person: counts, then every new, changed and dissolved Kommune with its ARS. */
export function formatSummary(summary: EditionSummary): string {
  const lines = [
    `${summary.dryRun ? 'Dry run (nothing written): ' : ''}Gemeindeverzeichnis, Gebietsstand ${summary.territorialStatusDate}` +
      ` (changes effective ${summary.effectiveOn}; previous edition ${summary.previous ?? 'none'})`,
    `new: ${summary.inserted.length}, changed: ${summary.changed.length}, dissolved: ${summary.dissolved.length}, figures updated: ${summary.figuresUpdated}`,
  ];
  for (const k of summary.inserted) lines.push(`  new        ${k.ars}  ${k.name} (${k.kind})`);
  for (const k of summary.changed) lines.push(`  changed    ${k.ars}  ${k.name}: ${k.changes.join('; ')}`);
  for (const k of summary.dissolved) {
    const successor = k.successor ? ` → ${k.successor.ars} ${k.successor.name}` : ' (no successor named)';
    lines.push(`  dissolved  ${k.ars}  ${k.name} on ${k.dissolvedOn}${successor}`);
  }
  if (summary.inserted.length + summary.changed.length + summary.dissolved.length + summary.figuresUpdated === 0) {
    lines.push('  no changes: the database already holds this edition');
  }
  return lines.join('\n');
}
