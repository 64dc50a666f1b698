import type { ApolloServer } from '@apollo/server';
import type { TokenVerifier } from '@kaz/auth';
import type { RequestHandler } from 'express';
import { describe, expect, it } from 'vitest';
import type { GatewayContext } from '../src/gateway-context.ts';
import { type RequestPipelineParts, requestPipeline } from '../src/pipeline.ts';
import { localSharedState } from '../src/shared-state.ts';

// The order is the gateway's defence (see pipeline.ts); this pins it, so that a change to it is a
// decision taken in review rather than an accident of refactoring.

const pass: RequestHandler = (_req, _res, next) => next();

function parts(overrides: Partial<RequestPipelineParts> = {}): RequestPipelineParts {
  return {
    telemetry: { begin: pass, enter: pass },
    verifier: { verify: async () => null } as unknown as TokenVerifier,
    maxRefusedPerMinute: 600,
    shared: localSharedState(),
    hardLimits: { requestTimeoutMs: 15_000, maxResponseBytes: 1024 },
    rejections: { middleware: pass },
    trustedDocuments: {},
    // expressMiddleware only asks whether the server was started; nothing here sends a request.
    server: { assertStarted: () => {} } as unknown as ApolloServer<GatewayContext>,
    ...overrides,
  };
}

describe('the GraphQL route of the gateway', () => {
  it('passes every request through its steps in the security order', () => {
    expect(requestPipeline(parts()).map((step) => step.name)).toEqual([
      'telemetry',
      'client identity',
      'refused-request limit',
      'JSON body',
      'input depth',
      'request guard',
      'request scope',
      'rejection cache',
      'trusted documents',
      'GraphQL',
    ]);
  });

  it('leaves out the refused-request limit at 0 and the trusted documents when there are none', () => {
    const names = requestPipeline(parts({ maxRefusedPerMinute: 0, trustedDocuments: undefined })).map(
      (step) => step.name,
    );
    expect(names).not.toContain('refused-request limit');
    expect(names).not.toContain('trusted documents');
    expect(names).toHaveLength(8);
  });
});
