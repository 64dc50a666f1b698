export { type DecisionRecord, decisionRecords } from './decision-record.ts';
