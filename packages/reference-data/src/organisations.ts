import { readCsv } from './csv.ts';

/** One partner organisation of `brandenburg-organisations.csv`. */
export interface OrganisationRecord {
  key: string;
  name: string;
  short_name: string;
  kind: string;
  parent_key: string;
  website: string;
  note: string;
}

/** The partner organisations (ministries, ZIT-BB, Kaz, DIKOM, LDA, TUIV-AG, associations). */
export function readOrganisations(): OrganisationRecord[] {
  return readCsv<OrganisationRecord & Record<string, string>>('brandenburg-organisations.csv');
}
