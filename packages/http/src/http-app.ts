import { createServer, type Server } from 'node:http';
import express, { type Express } from 'express';

/** An express app and the HTTP server that runs it (Apollo's drain plugin needs the server). */
export interface HttpApp {
  app: Express;
  httpServer: Server;
}

/**
 * A new express app without the `X-Powered-By` header, in a new (not yet listening) HTTP server.
 * `etag: false` turns off express's ETag on every answer (it hashes every body).
 */
export function createHttpApp(options: { etag?: boolean | undefined } = {}): HttpApp {
  const app = express();
  app.disable('x-powered-by');
  if (options.etag === false) app.set('etag', false);
  return { app, httpServer: createServer(app) };
}
