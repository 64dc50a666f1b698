import type { Migration } from 'kysely';
import * as createMunicipality from './2026_11_26_120000_create_municipality.ts';
import * as municipalityEditions from './2026_12_02_140000_municipality_editions.ts';
import * as gemeindeForms from './2026_12_03_170000_gemeinde_forms.ts';

/** The migrations of the municipalities subgraph, by name; names sort in the order they run. */
export const migrations: Record<string, Migration> = {
  '2026_11_26_120000_create_municipality': createMunicipality,
  '2026_12_02_140000_municipality_editions': municipalityEditions,
  '2026_12_03_170000_gemeinde_forms': gemeindeForms,
};
