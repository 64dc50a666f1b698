export { type ProjectRecord, projectRecords } from './project-record.ts';
