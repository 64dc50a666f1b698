import type { ReadinessAnswer } from '@kaz/http';
import type { SharedStateMode } from './shared-state.ts';

/** How a subgraph answered the gateway's readiness question. */
type SubgraphState = 'ready' | 'not ready' | 'unreachable';

/**
 * The gateway's `/health/ready` answer: always HTTP 200 (the gateway itself serves), `ready` when
 * every subgraph is and the shared state is where it should be, else `degraded`; with each
 * subgraph's state by name and `sharedState` (`redis`, `redis unreachable (local fallback)` or
 * `local`, see `SharedStateMode`). The subgraphs are asked at the same time; never throws.
 */
export async function supergraphReadiness(
  targets: ReadonlyMap<string, string>,
  sharedState: () => SharedStateMode = () => 'local',
): Promise<ReadinessAnswer> {
  const subgraphs = Object.fromEntries(
    await Promise.all([...targets].map(async ([name, target]) => [name, await subgraphReadiness(target)] as const)),
  );
  const shared = sharedState();
  const allReady =
    Object.values(subgraphs).every((state) => state === 'ready') && shared !== 'redis unreachable (local fallback)';
  return { httpStatus: 200, body: { status: allReady ? 'ready' : 'degraded', subgraphs, sharedState: shared } };
}

/**
 * A subgraph's own readiness (`/health/ready` next to its GraphQL endpoint), asked with a 2 s limit:
 * `ready`, `not ready` (it answers but says so: database or migrations) or `unreachable`.
 */
async function subgraphReadiness(graphqlUrl: string): Promise<SubgraphState> {
  try {
    const response = await fetch(new URL('/health/ready', graphqlUrl), { signal: AbortSignal.timeout(2_000) });
    await response.body?.cancel();
    return response.ok ? 'ready' : 'not ready';
  } catch {
    return 'unreachable';
  }
}
