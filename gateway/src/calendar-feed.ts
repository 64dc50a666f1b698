import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Principal, TokenVerifier } from '@kaz/auth';
import type { Request, Response, Router } from 'express';
import express from 'express';
import ical from 'ical-generator';

/** The audience of a feed token: it opens the calendar feed and nothing else. */
export const FEED_AUDIENCE = 'kaz-calendar-feed';

/** The registered operation the feed runs (schema/operations/14-my-deadlines.graphql). */
export const FEED_OPERATION = readFileSync(
  new URL('../../schema/operations/14-my-deadlines.graphql', import.meta.url),
  'utf8',
);

/** Settings of the calendar feed (`GET /calendar/deadlines.ics`). */
export interface CalendarFeedConfig {
  /** HMAC-SHA256 key of feed tokens (`CALENDAR_FEED_SECRET`, at least 32 characters). */
  secret: string;
  /** How long an issued feed token lasts, in days (default 180). */
  ttlDays?: number | undefined;
  /**
   * Feed tokens issued before this instant are refused (`CALENDAR_FEED_NOT_BEFORE`): revokes every
   * feed URL at once; a single subject's feeds are revoked with `revokedSubjects`.
   */
  notBefore?: Date | undefined;
  /** Subjects (`sub`) whose feed tokens are refused, e.g. a person who left. */
  revokedSubjects?: readonly string[] | undefined;
  /**
   * Turns a feed token's principal into a short-lived bearer token the subgraphs accept (they verify
   * every token themselves). Without it only the Authorization header opens the feed. In development
   * the local issuer signs; in production an IdP's token exchange (RFC 8693) belongs here.
   */
  mintAccessToken?: ((principal: FeedPrincipal) => Promise<string>) | undefined;
}

/** Who a feed token speaks for: the claims of the bearer token it was issued against. */
export interface FeedPrincipal {
  sub: string;
  org: string;
  scopes: string[];
}

interface FeedClaims extends FeedPrincipal {
  aud: string;
  iat: number;
  exp: number;
  jti: string;
}

const b64 = (data: Buffer | string) => Buffer.from(data).toString('base64url');
const sign = (secret: string, payload: string) => createHmac('sha256', secret).update(payload).digest();

/** A feed token for `principal`: base64url(JSON claims) "." base64url(HMAC-SHA256). */
export function issueFeedToken(
  config: CalendarFeedConfig,
  principal: Principal,
  now = new Date(),
): FeedClaims & { token: string } {
  const iat = Math.floor(now.getTime() / 1000);
  const claims: FeedClaims = {
    aud: FEED_AUDIENCE,
    sub: principal.subject,
    org: principal.org,
    scopes: [...principal.scopes],
    iat,
    exp: iat + (config.ttlDays ?? 180) * 86_400,
    jti: randomUUID(),
  };
  const payload = b64(JSON.stringify(claims));
  return { ...claims, token: `${payload}.${b64(sign(config.secret, payload))}` };
}

/** The claims of a valid feed token; throws with a reason for a wrong signature, audience, expiry or revocation. */
export function verifyFeedToken(config: CalendarFeedConfig, token: string, now = new Date()): FeedClaims {
  const [payload, signature, ...rest] = token.split('.');
  if (!payload || !signature || rest.length > 0) throw new Error('not a feed token');
  const expected = sign(config.secret, payload);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new Error('bad signature');
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as FeedClaims;
  if (claims.aud !== FEED_AUDIENCE) throw new Error('not a token for the calendar feed');
  const seconds = now.getTime() / 1000;
  if (!(claims.exp > seconds)) throw new Error('expired');
  if (config.notBefore && claims.iat * 1000 < config.notBefore.getTime()) throw new Error('revoked');
  if (config.revokedSubjects?.includes(claims.sub)) throw new Error('revoked');
  return claims;
}

interface DeadlineItem {
  id: string;
  partner: string;
  subgraph: string;
  recordType: string;
  recordKey: string;
  title: string;
  dueOn: string;
  overdue: boolean;
}

/** The deadlines of a GraphQL answer as an iCalendar file: one all-day VEVENT per deadline. */
export function deadlinesCalendar(deadlines: Record<string, unknown>, graphUrl: string): string {
  const calendar = ical({ name: 'Kaz-Hub: Fristen', prodId: { company: 'Kaz', product: 'kaz-hub', language: 'DE' } });
  for (const list of Object.values(deadlines)) {
    if (!Array.isArray(list)) continue;
    for (const item of list as DeadlineItem[]) {
      const day = new Date(`${item.dueOn}T00:00:00Z`);
      calendar.createEvent({
        id: `${item.id}@kaz-hub`,
        start: day,
        allDay: true,
        summary: item.overdue ? `ÜBERFÄLLIG: ${item.title}` : item.title,
        description:
          `${item.title}\nZuständig: ${item.partner} (Subgraph ${item.subgraph})\n` +
          `Datensatz: ${item.recordType} ${item.recordKey}\n${graphUrl}`,
        categories: item.overdue ? [{ name: 'Überfällig' }, { name: item.partner }] : [{ name: item.partner }],
        url: graphUrl,
      });
    }
  }
  return calendar.toString();
}

/**
 * The routes of the calendar feed: `POST /calendar/feed-token` (bearer token required) issues a
 * personal feed URL; `GET /calendar/deadlines.ics` with `?token=` (a feed token) or an Authorization
 * header runs the deadlines operation through the gateway's own `/graphql` and renders it.
 */
export function calendarFeedRoutes(options: {
  config: CalendarFeedConfig | undefined;
  verifier: TokenVerifier;
  /** The gateway's own URL (known once it listens). */
  ownUrl: () => string;
}): Router {
  const router = express.Router();
  const refuse = (res: Response, status: number, message: string) =>
    res.status(status).type('text/plain').send(`${message}\n`);

  router.post('/calendar/feed-token', async (req: Request, res: Response) => {
    if (!options.config) return refuse(res, 404, 'calendar feed tokens are not configured (CALENDAR_FEED_SECRET)');
    let principal: Principal | null;
    try {
      principal = await options.verifier.verify(req.headers.authorization);
    } catch {
      return refuse(res, 401, 'the token did not verify');
    }
    if (!principal) return refuse(res, 401, 'a bearer token is needed to issue a feed URL');
    const issued = issueFeedToken(options.config, principal);
    const url = new URL('calendar/deadlines.ics', options.ownUrl());
    url.searchParams.set('token', issued.token);
    res.json({ url: url.toString(), expiresAt: new Date(issued.exp * 1000).toISOString() });
  });

  router.get('/calendar/deadlines.ics', async (req: Request, res: Response) => {
    let authorization = req.headers.authorization;
    const token = typeof req.query.token === 'string' ? req.query.token : undefined;
    if (token !== undefined) {
      const config = options.config;
      if (!config?.mintAccessToken) return refuse(res, 401, 'feed tokens are not accepted here');
      let claims: FeedClaims;
      try {
        claims = verifyFeedToken(config, token);
      } catch (error) {
        return refuse(res, 401, `feed token refused: ${(error as Error).message}`);
      }
      authorization = `Bearer ${await config.mintAccessToken({ sub: claims.sub, org: claims.org, scopes: claims.scopes })}`;
    }
    if (!authorization) return refuse(res, 401, 'a feed token (?token=) or an Authorization header is needed');
    const graphUrl = new URL('graphql', options.ownUrl()).toString();
    const answer = await fetch(graphUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization },
      body: JSON.stringify({ query: FEED_OPERATION, operationName: 'MyDeadlines', variables: {} }),
    });
    const body = (await answer.json()) as { data?: { deadlines?: Record<string, unknown> | null } | null };
    const deadlines = body.data?.deadlines;
    if (!deadlines) return refuse(res, answer.status >= 400 ? answer.status : 502, 'the deadlines could not be read');
    res
      .status(200)
      .type('text/calendar; charset=utf-8')
      .setHeader('cache-control', 'private, no-store')
      .send(deadlinesCalendar(deadlines, graphUrl));
  });
  return router;
}
