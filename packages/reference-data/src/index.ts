export {
  readMunicipalities,
  readDistrictsAndAemter,
  toArs,
  type MunicipalityRecord,
  type DistrictOrAmtRecord,
} from './municipalities.ts';
export { readOrganisations, type OrganisationRecord } from './organisations.ts';
export { readOzgServices, type OzgServiceRecord } from './ozg-services.ts';
export { SampleRandom, addDays } from './sample.ts';
export { SAMPLE_PROJECT_COUNT, sampleDecisionKeys, sampleProjectIds, type SampleDecisionKey } from './sample-keys.ts';
