export {
  formatGv100ad,
  GV100AD_FIELDS,
  GV100AD_RECORD_LENGTH,
  type Gv100adEdition,
  Gv100adError,
  type Gv100adGemeinde,
  type Gv100adKreis,
  type Gv100adVerband,
  parseGv100ad,
} from './gv100ad.ts';
export {
  AGS_PATTERN,
  ARS_PATTERN,
  kommuneArsSet,
  ministryKeySet,
  ORGANISATION_KEY_PATTERN,
  organisationKeySet,
} from './keys.ts';
export { MITVERWALTUNGEN, mitverwaltendeGemeindeArs } from './mitverwaltungen.ts';
export {
  type DistrictOrAmtRecord,
  type MunicipalityRecord,
  readDistrictsAndAemter,
  readMunicipalities,
  SHIPPED_GV100AD_EXTRACT,
  toArs,
} from './municipalities.ts';
export { type OrganisationRecord, readOrganisations } from './organisations.ts';
export { type OzgServiceRecord, readOzgServices } from './ozg-services.ts';
export { addDays, SampleRandom } from './sample.ts';
export { SAMPLE_PROJECT_COUNT, type SampleDecisionKey, sampleDecisionKeys, sampleProjectIds } from './sample-keys.ts';
