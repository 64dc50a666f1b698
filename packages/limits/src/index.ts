export { operationCost } from './operation-cost.ts';
export {
  DEFAULT_OPERATION_LIMITS,
  LIMIT_CODES,
  type OperationLimits,
  type OperationLimitsSetup,
  operationLimits,
} from './operation-limits.ts';
