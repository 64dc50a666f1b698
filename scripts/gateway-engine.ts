/**
 * Which gateway `pnpm start` puts in front of the subgraphs (`GATEWAY_ENGINE`): ours (Apollo
 * Federation's gateway) or Hive Gateway (MIT; scripts/hive-gateway.ts, docs/hive-gateway.md).
 */

/** The gateways `pnpm start` can put in front of the subgraphs (`GATEWAY_ENGINE`). */
export const GATEWAY_ENGINES = ['apollo', 'hive'] as const;
export type GatewayEngine = (typeof GATEWAY_ENGINES)[number];

/**
 * The engine `GATEWAY_ENGINE` names: `apollo` (our gateway, also when unset or empty) or `hive`.
 * Throws with a sentence naming the allowed values for anything else, so a typo does not silently
 * start the other engine.
 */
export function gatewayEngineFromEnv(env: NodeJS.ProcessEnv): GatewayEngine {
  const value = env.GATEWAY_ENGINE?.trim().toLowerCase() || 'apollo';
  if ((GATEWAY_ENGINES as readonly string[]).includes(value)) return value as GatewayEngine;
  throw new Error(
    `GATEWAY_ENGINE must be one of ${GATEWAY_ENGINES.join(', ')} (default apollo); it is "${env.GATEWAY_ENGINE}".`,
  );
}
