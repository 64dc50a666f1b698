export { type IncidentRecord, incidentRecords } from './incident-record.ts';
