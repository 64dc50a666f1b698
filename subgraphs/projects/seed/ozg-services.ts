import { readOzgServices } from '@kaz/reference-data';
import type { Insertable } from 'kysely';
import type { OzgServiceTable } from '../src/db/ozg-service.ts';

/** Splits a `;`-joined list of the reference file into its non-empty parts. */
function splitList(value: string): string[] {
  return value
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/**
 * The 557 OZG-Leistungen of the OZG-Umsetzungskatalog (state of 2019-10-05) as rows. `leika_types`
 * is the set of LeiKa-Typen of the linked LeiKa-Leistungen (an aggregation, not an official type of
 * the OZG-Leistung); an empty Lebenslage is stored as null.
 */
export function ozgServiceRows(): Insertable<OzgServiceTable>[] {
  return readOzgServices().map((record) => ({
    id: record.ozg_id,
    name: record.name,
    themenfeld: record.themenfeld,
    lebenslage: record.lebenslage || null,
    leika_keys: splitList(record.leika_keys),
    leika_types: splitList(record.typ),
    source_date: record.source_date,
  }));
}
