export {
  countMutationFields,
  DEFAULT_MAX_MUTATIONS_PER_REQUEST,
  mutationsPerRequestPlugin,
  rateLimitedError,
} from './mutation-count.ts';
export { buildCostSchema, operationCost, UNDECLARED_LIST_SIZE } from './operation-cost.ts';
export {
  DEFAULT_OPERATION_LIMITS,
  LIMIT_CODES,
  type OperationLimits,
  type OperationLimitsSetup,
  operationLimits,
} from './operation-limits.ts';
export {
  guardFieldResolvers,
  HARD_LIMIT_CODES,
  type HardLimits,
  hardLimitsPlugin,
  RequestGuard,
  requestGuardMiddleware,
  requestGuardOf,
  type StopReason,
  stringifyResult,
} from './request-guard.ts';
export { withDefaults } from './with-defaults.ts';
