import type { MunicipalityEditionTable } from './edition.ts';
import type { MunicipalityTable } from './municipality.ts';

/** The tables of the municipalities subgraph's database. */
export interface Database {
  municipality: MunicipalityTable;
  municipality_edition: MunicipalityEditionTable;
}
