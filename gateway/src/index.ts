export {
  DEFAULT_OPERATION_LIMITS,
  LIMIT_CODES,
  type OperationLimits,
} from '@kaz/limits';
export {
  type CalendarFeedConfig,
  deadlinesCalendar,
  FEED_AUDIENCE,
  type FeedPrincipal,
  issueFeedToken,
  verifyFeedToken,
} from './calendar-feed.ts';
export {
  CLIENT_NAME_HEADER,
  type ClientRegistry,
  OTHER_CLIENT,
  UNKNOWN_CLIENT,
} from './client-usage.ts';
export {
  type CockpitDevPrincipal,
  type CockpitHosting,
  type CockpitSettings,
  cockpitContentSecurityPolicy,
} from './cockpit-route.ts';
export {
  cockpitFromEnv,
  cockpitOidcSettingsFromEnv,
  defaultExampleOperations,
  type GatewayConfig,
  gatewayConfigFromEnv,
  operationLimitsFromEnv,
  subgraphUrlsFromEnv,
  workerCountFromEnv,
} from './config.ts';
export { corsOriginsFromEnv, graphqlCors } from './cors.ts';
export { createGateway, type RunningGateway } from './gateway.ts';
export type { GatewayContext } from './gateway-context.ts';
export { type ExampleOperation, graphiqlPage, readExampleOperations, readOperationFiles } from './graphiql.ts';
export {
  buildTrustedDocuments,
  documentHash,
  NOT_IN_MANIFEST,
  type TrustedDocuments,
} from './trusted-documents.ts';
