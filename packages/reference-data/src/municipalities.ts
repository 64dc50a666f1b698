import { readCsv } from './csv.ts';

/** One Gemeinde (or kreisfreie Stadt) of `brandenburg-municipalities.csv`, as Destatis gives it. */
export interface MunicipalityRecord {
  ags: string;
  ars: string;
  name: string;
  kind: 'kreisfreie_stadt' | 'amtsfreie_gemeinde' | 'amtsangehoerige_gemeinde';
  district_ags: string;
  district_name: string;
  amt_ars: string;
  amt_name: string;
  population: string;
  area_km2: string;
  reference_date: string;
  amt_kind: '' | 'amt' | 'verbandsgemeinde' | 'mitverwaltung';
  municipality_type: string;
  postal_code: string;
  postal_code_multiple: string;
  territorial_status_date: string;
}

/** One Landkreis, Amt, Verbandsgemeinde or Mitverwaltung of `brandenburg-districts-and-amter.csv`. */
export interface DistrictOrAmtRecord {
  key: string;
  name: string;
  kind: 'landkreis' | 'amt' | 'verbandsgemeinde' | 'mitverwaltung';
  district_ags: string;
  display_name: string;
  seat: string;
  member_count: string;
  note: string;
}

/** All 413 Gemeinden of Brandenburg (Gebietsstand 30.11.2023), sorted by AGS. */
export function readMunicipalities(): MunicipalityRecord[] {
  return readCsv<MunicipalityRecord & Record<string, string>>('brandenburg-municipalities.csv');
}

/** The 14 Landkreise, 50 Ämter, the Verbandsgemeinde and the Mitverwaltung. */
export function readDistrictsAndAemter(): DistrictOrAmtRecord[] {
  return readCsv<DistrictOrAmtRecord & Record<string, string>>('brandenburg-districts-and-amter.csv');
}

/**
 * Pads a Landkreis key (5 digits) or a Gemeindeverband key (9 digits) to the 12-digit
 * Amtlicher Regionalschlüssel used as the public key of every Kommune.
 */
export function toArs(key: string): string {
  return key.padEnd(12, '0');
}

/**
 * The unchanged GV100AD records of Land 12 of the shipped edition (Gebietsstand 30.11.2023), from which
 * the CSV files were made: a real GV100AD file to load and to build test editions from.
 */
export const SHIPPED_GV100AD_EXTRACT = new URL('../data/brandenburg-gv100ad-20231130-extract.txt', import.meta.url);
