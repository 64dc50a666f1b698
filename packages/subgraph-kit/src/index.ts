export { hasScope, type Principal } from '@kaz/auth';
export { forbidden, requirePrincipal, requireScope } from './access.ts';
export { administeredExcept, administeredPrefix, administersOrIs } from './administered-prefix.ts';
export { type AdvisoryProduct, advisoryProductType } from './advisory-product-type.ts';
export { type AuditContext, type AuditedEntity, type AuditReadable, addAuditLog } from './audit-log-schema.ts';
export {
  createSubgraphBuilder,
  type SubgraphBuilder,
  type SubgraphBuilderOptions,
  type SubgraphSchemaTypes,
} from './builder.ts';
export { type Clock, fixedClock, systemClock, todayBy } from './clock.ts';

export { type ConnectionTypeOptions, connectionType, loadPage, pageArgs } from './connections.ts';

export {
  answerViolations,
  isCheckViolation,
  isForeignKeyViolation,
  isKeyCollision,
  isUniqueViolation,
  isViolation,
  type ViolationKind,
  violatedConstraint,
} from './database-errors.ts';
export {
  INSTANT_YEARS,
  type InstantInput,
  notBefore,
  parseDate,
  parseDateOrToday,
  parseInstant,
  parsePastDate,
  parsePastTimestamp,
  parseTimestamp,
  upperBound,
  type YearRange,
} from './date-inputs.ts';
export { daysBetween, isCalendarDate, todayInBerlin } from './dates.ts';
export {
  DEFAULT_DEADLINES_PER_LIST,
  type DeadlineItem,
  type DeadlineScope,
  deadlineListArgs,
  deadlineScope,
  deadlineTypes,
  MAX_DEADLINE_WINDOW_DAYS,
  MAX_DEADLINES_PER_LIST,
  parseDeadlineFirst,
  parseDeadlineScope,
} from './deadlines.ts';
export { entityById } from './entity-by-id.ts';
export { badUserInput, type ClientErrorCode, clientError, conflict, isClientErrorCode } from './errors.ts';

export { newReference, RANDOM_REFERENCE_PART, randomReference } from './identifiers.ts';
export { isInMemory } from './in-memory.ts';
export {
  AGS_PATTERN,
  ARS_PATTERN,
  notNull,
  ORGANISATION_KEY_PATTERN,
  parseAgs,
  parseArs,
  parseDistinct,
  parseKey,
  parseKommuneArs,
  parseKommuneArsList,
  parseMoney,
  parseOrganisationKey,
  parseText,
  parseVersion,
  quoteInput,
} from './inputs.ts';
export {
  demandControlledSubgraphSchema,
  FEDERATION_LINK_URL,
  listSize,
  type SubgraphSchemaBuilder,
} from './list-sizes.ts';
export {
  keyLoader,
  listLoader,
  loadReferenced,
  type PageKey,
  type PageOf,
  type Positioned,
  pageLoader,
} from './loaders.ts';
export { maskError } from './mask-error.ts';
export { migrateSubgraph } from './migrate-subgraph.ts';
export { MUNICIPALITY_ARS_DESCRIPTION, MUNICIPALITY_ID_OPTIONS, municipalityKeyFields } from './municipality-key.ts';
export { audited, type Change, type ChangeOutcome, expectVersion } from './mutation.ts';
export { type PreparedWrite, runMutation, type WriteAccess, type WriteContext } from './mutation-recipe.ts';
export { type ParentWindow, selectPage, selectPagesPerParent } from './page-queries.ts';
export {
  type ConnectionResult,
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  type Page,
  type PageArgs,
} from './pagination.ts';
export {
  checkReferences,
  DEFAULT_REFERENCE_TIMEOUT_MS,
  REFERENCE_OWNER_UNREACHABLE,
  type ReferencedEntity,
  type ReferenceOwnersConfig,
  type References,
  type ReferenceTarget,
  referenceChecker,
  unconfiguredReferences,
} from './references.ts';
export { type RequestContext, requestContextFactory } from './request-context.ts';
export { runSubgraphMain } from './run-subgraph-main.ts';
export { PRODUCTION_SAMPLE_DATA_FLAG, productionSampleDataWarning, sampleDataFromEnv } from './sample-data.ts';
export { SAMPLE_FLAG_DESCRIPTION, SAMPLE_RECORDS_NOTE, sampleFlagField } from './sample-flag-field.ts';
export { type ColumnsOfFields, connectionColumns } from './selected-columns.ts';
export {
  type ReadinessReport,
  type RunningServer,
  type SubgraphServerOptions,
  serveSubgraph,
} from './server.ts';
export { chunksOf, containsPattern, pageWindowFilter } from './sql.ts';
export { type RunningSubgraph, startSubgraph } from './start-subgraph.ts';
export { referenceOwnersFromEnv, type SubgraphConfig, subgraphConfigFromEnv } from './subgraph-config.ts';
export type { OutgoingReference, SeedOptions, SubgraphDefinition } from './subgraph-definition.ts';
export { refuseNulInTextArguments } from './text-arguments.ts';
export { versionField, versionInputField } from './version-field.ts';
