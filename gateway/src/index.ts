export { defaultExampleOperations, gatewayConfigFromEnv, subgraphUrlsFromEnv } from './config.ts';
export { createGateway, type GatewayConfig, type GatewayContext, type RunningGateway } from './gateway.ts';
export { type ExampleOperation, readExampleOperations } from './graphiql.ts';
