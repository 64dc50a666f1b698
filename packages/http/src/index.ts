export { type BodyErrorOptions, bodyErrorHandler, type ErrorLog } from './body-errors.ts';
export {
  type Environment,
  listenAddressFromEnv,
  positiveIntegerFromEnv,
  shutdownDelayFromEnv,
  wholeNumberFromEnv,
} from './environment.ts';
export { type HealthOptions, healthRoutes, type ReadinessAnswer } from './health.ts';
export { createHttpApp, type HttpApp } from './http-app.ts';
export { type ListenAddress, listen, serverUrl } from './listen.ts';
export {
  DEFAULT_MAX_JSON_DEPTH,
  inspect,
  jsonTextDepth,
  requestInputGuard,
  VARIABLES_TOO_DEEP,
} from './request-input.ts';
export { type GuardStepParts, guardSteps, type RequestStep } from './request-step.ts';
export { hideSuggestions, withoutSuggestions } from './suggestions.ts';
