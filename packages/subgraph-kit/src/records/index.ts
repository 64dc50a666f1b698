export { changedSince, sameRecord } from './compare.ts';
export { EXPORT_PAGE_SIZE, exportRecords } from './export-records.ts';
export {
  DEFAULT_BATCH_SIZE,
  IMPORT_OPERATION,
  type ImportOptions,
  type ImportReport,
  importRecords,
} from './import-records.ts';
export {
  createRecordWriter,
  FileError,
  formatOfFile,
  LIST_SEPARATOR,
  type RecordFormat,
  readRecordFile,
} from './record-files.ts';
export {
  type CellValue,
  type ChunkOutcome,
  type ColumnKind,
  collectIssues,
  type FieldCheck,
  type Importer,
  type ParsedRow,
  type RecordChange,
  type RecordColumn,
  type RecordType,
  type RecordValues,
  type RowIssue,
} from './record-type.ts';
export { booleanOf, exampleRecord, listOf, numberOf, textOf, textOrNullOf } from './values.ts';
