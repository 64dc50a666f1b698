import { gatewayConfigFromEnv } from './config.ts';
import { createGateway } from './gateway.ts';

const gateway = await createGateway(await gatewayConfigFromEnv(process.env));
console.log(`Kaz federation hub gateway ready at ${gateway.url} (GraphiQL in a browser)`);
const shutdown = async () => {
  await gateway.stop();
  process.exit(0);
};
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);
