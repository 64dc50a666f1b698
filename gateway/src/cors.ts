import cors from 'cors';
import type { RequestHandler } from 'express';
import { CLIENT_NAME_HEADER } from './client-usage.ts';

/**
 * Cross-origin access to the GraphQL endpoint for browser clients served from other origins (the
 * Programm-Cockpit deployed as static files elsewhere, docs/cockpit.md): only these exact origins
 * (`https://cockpit.example`, no path, no wildcard) get `Access-Control-Allow-Origin`, for GET and
 * POST with a bearer token, and preflights are answered here (cached by the browser for 10 minutes).
 * No cookies are involved (`credentials` off): the token travels in the Authorization header.
 * `Retry-After` is readable, so a client can wait out HTTP 429. Any other origin gets no CORS
 * headers, so its browser refuses to hand the answer to the page.
 */
export function graphqlCors(allowedOrigins: readonly string[]): RequestHandler {
  return cors({
    origin: [...allowedOrigins],
    methods: ['GET', 'POST'],
    allowedHeaders: [
      'authorization',
      'content-type',
      CLIENT_NAME_HEADER,
      'apollographql-client-version',
      // Apollo's CSRF prevention accepts these on requests that would otherwise be "simple".
      'apollo-require-preflight',
      'x-apollo-operation-name',
    ],
    exposedHeaders: ['retry-after'],
    credentials: false,
    maxAge: 600,
  });
}

/**
 * `CORS_ALLOWED_ORIGINS`: comma-separated exact origins (scheme, host and port as a browser sends
 * them in `Origin`); empty or unset for none. Throws on anything that is not an origin — a path, a
 * trailing slash, `*` — so that a typo fails at start rather than in a browser.
 */
export function corsOriginsFromEnv(env: NodeJS.ProcessEnv): string[] {
  const origins = (env.CORS_ALLOWED_ORIGINS ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  for (const origin of origins) {
    const parsed = URL.canParse(origin) ? new URL(origin) : undefined;
    if (!parsed || !['http:', 'https:'].includes(parsed.protocol) || parsed.origin !== origin) {
      throw new Error(
        `CORS_ALLOWED_ORIGINS: "${origin}" is not an origin (scheme://host[:port], no path or trailing slash)`,
      );
    }
  }
  return origins;
}
