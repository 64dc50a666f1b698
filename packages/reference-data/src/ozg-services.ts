import { readCsv } from './csv.ts';

/** One OZG-Leistung of `ozg-services.csv` (OZG-Umsetzungskatalog, state of 2019-10-05). */
export interface OzgServiceRecord {
  ozg_id: string;
  name: string;
  themenfeld: string;
  lebenslage: string;
  typ: string;
  efa: string;
  /** LeiKa keys joined by `;`, possibly empty. */
  leika_keys: string;
  source_date: string;
}

/** The 557 OZG-Leistungen, in file order (by OZG-ID). */
export function readOzgServices(): OzgServiceRecord[] {
  return readCsv<OzgServiceRecord & Record<string, string>>('ozg-services.csv');
}
