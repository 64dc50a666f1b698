import type { RequestHandler } from 'express';

/**
 * One step of a GraphQL route (gateway or subgraph): its name (for reading and for tests) and its
 * express handler. A route is a list of them, in the order every request passes them.
 */
export interface RequestStep {
  name: string;
  handler: RequestHandler;
}
