// The kit's test support, the `@kaz/subgraph-kit/testing` entry: a subgraph under test and the
// fixtures every subgraph's tests and the hub's end-to-end tests share.
export {
  type AuditEntry,
  auditEntries,
  COLUMNS,
  type Column,
  dayInBerlin,
  expectAuditLogAppendOnly,
  expectError,
  expectRefused,
  frozenClock,
  type Headers,
  headersAs,
  headersFor,
  lastAuditId,
  POTSDAM,
  PRINCIPALS,
  principalHeaders,
  type Signer,
  snapshotTables,
  type TestError,
  tokenRequestOf,
} from './test-fixtures.ts';
export {
  describeRecordImport,
  openRecordTestDatabase,
  type RecordImportCase,
  type RecordTestDatabase,
} from './test-records.ts';
export {
  type GraphQLResponse,
  type SetUpOptions,
  type SubgraphOfFile,
  setUpTestSubgraph,
  startTestSubgraph,
  type TestSubgraph,
} from './test-subgraph.ts';
