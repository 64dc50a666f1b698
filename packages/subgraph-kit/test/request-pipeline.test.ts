import type { ApolloServer, BaseContext } from '@apollo/server';
import { GatewaySigner, type TokenVerifier } from '@kaz/auth';
import type { RequestHandler } from 'express';
import { describe, expect, it } from 'vitest';
import { type RequestPipelineParts, requestPipeline } from '../src/request-pipeline.ts';

// The order is the subgraph's defence (see request-pipeline.ts); this pins it, so that a change to it
// is a decision taken in review rather than an accident of refactoring.

const pass: RequestHandler = (_req, _res, next) => next();

function parts(overrides: Partial<RequestPipelineParts<BaseContext>> = {}): RequestPipelineParts<BaseContext> {
  return {
    telemetry: { begin: pass, enter: pass },
    maxBodyBytes: 1024,
    signer: new GatewaySigner('a secret of the gateway for this test'),
    hardLimits: { requestTimeoutMs: 10_000, maxResponseBytes: 1024 },
    verifier: { verify: async () => null } as unknown as TokenVerifier,
    context: () => ({}),
    // expressMiddleware only asks whether the server was started; nothing here sends a request.
    server: { assertStarted: () => {} } as unknown as ApolloServer<BaseContext>,
    ...overrides,
  };
}

describe('the GraphQL route of a subgraph', () => {
  it('passes every request through its steps in the security order', () => {
    expect(requestPipeline(parts()).map((step) => step.name)).toEqual([
      'telemetry',
      'JSON body',
      'gateway signature',
      'input depth',
      'request guard',
      'request scope',
      'GraphQL',
    ]);
  });

  it('leaves out the gateway signature without a signing secret', () => {
    const names = requestPipeline(parts({ signer: undefined })).map((step) => step.name);
    expect(names).not.toContain('gateway signature');
    expect(names).toHaveLength(6);
  });
});
