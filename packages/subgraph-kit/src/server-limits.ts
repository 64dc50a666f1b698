import { printSubgraphSchema } from '@apollo/subgraph';
import { GATEWAY_SIGNATURE_HEADER, type GatewaySigner } from '@kaz/auth';
import { DEFAULT_OPERATION_LIMITS, type HardLimits, type OperationLimits } from '@kaz/limits';
import type { RequestHandler } from 'express';
import type { GraphQLSchema } from 'graphql';
import { DEFAULT_PAGE_SIZE } from './pagination.ts';

/**
 * A subgraph's operation limits: the gateway's, with room for what the gateway's query planner adds
 * to a client's operation (an `_entities` level, aliases and conditions of its own, named fragments
 * spelt out); the cost limit is twice the gateway's, counted with the same `@listSize` sizes and the
 * number of `_entities` representations: the planner adds `__typename` and key fields to every entity
 * it fetches, so an operation the gateway allowed may count up to about twice as much here (the
 * issue-9 benchmark's two-level query: about 126,000 at the gateway, about 250,000 in contracts).
 */
export const DEFAULT_SUBGRAPH_LIMITS: Readonly<OperationLimits> = {
  maxDepth: DEFAULT_OPERATION_LIMITS.maxDepth + 2,
  maxAliases: DEFAULT_OPERATION_LIMITS.maxAliases * 2,
  maxTokens: DEFAULT_OPERATION_LIMITS.maxTokens * 10,
  maxDirectives: DEFAULT_OPERATION_LIMITS.maxDirectives * 2,
  maxCost: DEFAULT_OPERATION_LIMITS.maxCost * 2,
  defaultFirst: DEFAULT_PAGE_SIZE,
};

/**
 * A subgraph's hard limits: no longer than the gateway waits for a subgraph (10 s), and answers of at
 * most 8 MiB, as the gateway's.
 */
export const DEFAULT_SUBGRAPH_HARD_LIMITS: Readonly<HardLimits> = {
  requestTimeoutMs: 10_000,
  maxResponseBytes: 8 * 1024 * 1024,
};

/**
 * The SDL the subgraph's costs are counted on: its printed SDL (with the `@listSize` directives) and
 * the `_entities` field of its entity types, which the printed SDL leaves out.
 */
export function costSdl(schema: GraphQLSchema): string {
  const entities = schema.getType('_Entity') as { getTypes?(): readonly { name: string }[] } | undefined;
  const members = entities?.getTypes?.().map((type) => type.name) ?? [];
  const entitiesField =
    members.length > 0
      ? `scalar _Any\nunion _Entity = ${members.join(' | ')}\nextend type Query { _entities(representations: [_Any!]!): [_Entity]! }\n`
      : '';
  return `${printSubgraphSchema(schema)}\n${entitiesField}`;
}

/**
 * Refuses, with HTTP 401 GATEWAY_SIGNATURE_REQUIRED, every request that does not carry the gateway's
 * valid signature of its method and body (see `GatewaySigner`). Runs after the body parser, which
 * keeps the raw body as `rawBody`.
 */
export function requireGatewaySignature(signer: GatewaySigner): RequestHandler {
  return (req, res, next) => {
    const header = req.headers[GATEWAY_SIGNATURE_HEADER];
    const body = (req as { rawBody?: Buffer }).rawBody ?? Buffer.alloc(0);
    const problem = signer.check(typeof header === 'string' ? header : undefined, req.method, body);
    if (!problem) return next();
    res.status(401).json({
      errors: [
        {
          message: `Only the gateway may call this subgraph: ${problem}.`,
          extensions: { code: 'GATEWAY_SIGNATURE_REQUIRED' },
        },
      ],
    });
  };
}
