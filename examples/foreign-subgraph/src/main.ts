import { startForeignSubgraph } from './server.ts';

// The only file that reads the environment: the hub's own variable names, so that one set of
// settings serves the hub and the partner's subgraph alike.
const env = process.env;
for (const name of ['AUTH_JWKS_URL', 'AUTH_ISSUER', 'AUTH_AUDIENCE']) {
  if (!env[name]) {
    console.error(`${name} is required (the hub's token issuer: AUTH_JWKS_URL, AUTH_ISSUER, AUTH_AUDIENCE)`);
    process.exit(1);
  }
}
const subgraph = await startForeignSubgraph({
  port: Number(env.PORT ?? 4101),
  host: env.HOST,
  auth: {
    jwksUrl: env.AUTH_JWKS_URL,
    issuer: env.AUTH_ISSUER as string,
    audience: env.AUTH_AUDIENCE as string,
    clockSkewSeconds: env.AUTH_CLOCK_SKEW_SECONDS ? Number(env.AUTH_CLOCK_SKEW_SECONDS) : undefined,
  },
  gatewaySigningSecret: env.GATEWAY_SIGNING_SECRET || undefined,
});
console.log(`broadband subgraph: ${subgraph.url}`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    subgraph.stop().then(() => process.exit(0));
  });
}
