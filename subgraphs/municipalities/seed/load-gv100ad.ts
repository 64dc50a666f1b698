import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { parseGv100ad } from '@kaz/reference-data';
import { isCalendarDate } from '@kaz/subgraph-kit';
import type { Kysely } from 'kysely';
import type { Database } from '../src/db/database.ts';
import { applyEdition, EditionError, type EditionSummary, type SuccessorMapping } from './apply-edition.ts';
import { editionRows } from './gv100ad-rows.ts';

const ARS = /^[0-9]{12}$/;
const SUCCESSOR_HEADER = ['old_ars', 'new_ars', 'effective_on'];

/**
 * Reads a successor file: CSV with the header `old_ars,new_ars,effective_on` and one line per Kommune
 * that went into another (`effective_on` YYYY-MM-DD, or empty for the edition's effective date); blank
 * lines and lines starting with `#` are skipped. Throws `EditionError` naming the file, line and column
 * of the first bad value.
 */
export function parseSuccessorFile(text: string, fileName: string): SuccessorMapping[] {
  const mappings: SuccessorMapping[] = [];
  let header = false;
  text.split('\n').forEach((raw, index) => {
    const line = raw.replace(/\r$/, '');
    const where = (column: number) => `${fileName} line ${index + 1}, column ${column}`;
    if (line.trim() === '' || line.startsWith('#')) return;
    const cells = line.split(',').map((cell) => cell.trim());
    if (!header) {
      if (cells.join(',') !== SUCCESSOR_HEADER.join(',')) {
        throw new EditionError(`${where(1)}: the header must be "${SUCCESSOR_HEADER.join(',')}"`);
      }
      header = true;
      return;
    }
    if (cells.length !== 3) throw new EditionError(`${where(1)}: 3 fields expected, found ${cells.length}`);
    const [oldArs, newArs, effectiveOn] = cells as [string, string, string];
    if (!ARS.test(oldArs)) throw new EditionError(`${where(1)} (old_ars): "${oldArs}" is not a 12-digit ARS`);
    if (!ARS.test(newArs)) throw new EditionError(`${where(2)} (new_ars): "${newArs}" is not a 12-digit ARS`);
    if (effectiveOn !== '' && !isCalendarDate(effectiveOn)) {
      throw new EditionError(`${where(3)} (effective_on): "${effectiveOn}" is not a date (YYYY-MM-DD)`);
    }
    mappings.push({ oldArs, newArs, effectiveOn: effectiveOn || null, origin: `${fileName} line ${index + 1}` });
  });
  if (!header) throw new EditionError(`${fileName}: no header "${SUCCESSOR_HEADER.join(',')}"`);
  return mappings;
}

/**
 * Reads `--successor OLD=NEW` or `OLD=NEW@YYYY-MM-DD` from the command line. Throws `EditionError`.
 */
export function parseSuccessorOption(value: string): SuccessorMapping {
  const match = /^([0-9]{12})=([0-9]{12})(?:@(.+))?$/.exec(value);
  if (!match) throw new EditionError(`--successor "${value}": write OLD_ARS=NEW_ARS or OLD_ARS=NEW_ARS@YYYY-MM-DD`);
  const effectiveOn = match[3] ?? null;
  if (effectiveOn !== null && !isCalendarDate(effectiveOn)) {
    throw new EditionError(`--successor "${value}": "${effectiveOn}" is not a date (YYYY-MM-DD)`);
  }
  return { oldArs: match[1] as string, newArs: match[2] as string, effectiveOn, origin: `--successor ${value}` };
}

/** What `loadGv100ad` needs besides the database. */
export interface LoadGv100adOptions {
  /** The GV100AD file's bytes (the whole of Germany, or an extract; only Land 12 is read). */
  content: Uint8Array;
  /** Its path, recorded with the edition. */
  fileName: string;
  effectiveOn?: string | null | undefined;
  successors?: readonly SuccessorMapping[] | undefined;
  dryRun?: boolean | undefined;
}

/**
 * Reads a GV100AD file (throws `Gv100adError` with line and column; nothing written) and applies its
 * Brandenburg part to the database as a new edition (`applyEdition`; throws `EditionError`).
 */
export async function loadGv100ad(db: Kysely<Database>, options: LoadGv100adOptions): Promise<EditionSummary> {
  const edition = parseGv100ad(options.content);
  return applyEdition(
    db,
    {
      territorialStatusDate: edition.territorialStatusDate,
      rows: editionRows(edition),
      effectiveOn: options.effectiveOn,
      successors: options.successors,
      source: basename(options.fileName),
      sha256: createHash('sha256').update(options.content).digest('hex'),
    },
    { dryRun: options.dryRun ?? false },
  );
}
