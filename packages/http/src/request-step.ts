import type { RequestHandler } from 'express';
import { requestInputGuard } from './request-input.ts';

/**
 * One step of a GraphQL route (gateway or subgraph): its name (for reading and for tests) and its
 * express handler. A route is a list of them, in the order every request passes them.
 */
export interface RequestStep {
  name: string;
  handler: RequestHandler;
}

/** What the guard steps are made of. */
export interface GuardStepParts {
  /** `requestGuardMiddleware` of @kaz/limits with the route's hard limits. */
  requestGuard: RequestHandler;
  /** The telemetry's `enter`: the rest of the request runs with its state and span active. */
  enter: RequestHandler;
}

/**
 * The steps every GraphQL route (the gateway's and each subgraph's) runs right after reading the
 * JSON body, in this order: input depth (deeply nested variables or extensions: HTTP 400
 * VARIABLES_TOO_DEEP, before any work), request guard (the request's time and answer-size limits,
 * REQUEST_TIMEOUT and RESPONSE_TOO_LARGE, start here) and request scope (the rest of the request runs
 * with its telemetry state and span active, which needs the body parser behind it).
 */
export function guardSteps(parts: GuardStepParts): RequestStep[] {
  return [
    { name: 'input depth', handler: requestInputGuard() },
    { name: 'request guard', handler: parts.requestGuard },
    { name: 'request scope', handler: parts.enter },
  ];
}
