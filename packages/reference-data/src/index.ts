export {
  AGS_PATTERN,
  ARS_PATTERN,
  kommuneArsSet,
  ministryKeySet,
  ORGANISATION_KEY_PATTERN,
  organisationKeySet,
} from './keys.ts';
export {
  type DistrictOrAmtRecord,
  type MunicipalityRecord,
  readDistrictsAndAemter,
  readMunicipalities,
  toArs,
} from './municipalities.ts';
export { type OrganisationRecord, readOrganisations } from './organisations.ts';
export { type OzgServiceRecord, readOzgServices } from './ozg-services.ts';
export { addDays, SampleRandom } from './sample.ts';
export { SAMPLE_PROJECT_COUNT, type SampleDecisionKey, sampleDecisionKeys, sampleProjectIds } from './sample-keys.ts';
