export { type LicenceRecord, licenceRecords } from './licence-record.ts';
