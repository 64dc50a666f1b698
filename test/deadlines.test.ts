import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createTestIssuer } from '@kaz/auth/testing';
import { type CalendarFeedConfig, createGateway, issueFeedToken } from '@kaz/gateway';
import { fixedClock } from '@kaz/subgraph-kit';
import { dayInBerlin } from '@kaz/subgraph-kit/testing';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from './support/hub.ts';

// "What is due for me" (schema/operations/14-my-deadlines.graphql) through the gateway for the people
// who would ask, each list held against the queries it mirrors, asked with the same token.

const OPERATION = readFileSync(new URL('../schema/operations/14-my-deadlines.graphql', import.meta.url), 'utf8');

// The seed's sample dates lie around the day it ran; a clock stopped at this moment keeps "now" one
// instant for every query of the file (the LDA deadlines count hours).
const CLOCK = fixedClock(new Date().toISOString());
const WITHIN = 30;

interface Deadline {
  id: string;
  partner: string;
  subgraph: string;
  recordType: string;
  recordKey: string;
  title: string;
  dueOn: string;
  overdue: boolean;
}
type Lists = Record<
  'certificates' | 'frameworkContracts' | 'ldaNotifications' | 'securityConceptReviews' | 'workOrders' | 'milestones',
  Deadline[] | null
>;

let hub: TestHub;
let asOf: string;
let until: string;
const headers: Record<string, Record<string, string>> = {};

const bearer = async (org: string, scopes: string[]) => ({
  authorization: `Bearer ${await hub.issuer.sign({ org, scopes })}`,
});

const FEED: CalendarFeedConfig = { secret: 'calendar-feed-secret-of-this-test-file-0123456789' };

beforeAll(async () => {
  const issuer = await createTestIssuer();
  // The feed turns a feed token into a two-minute bearer token of the same issuer the subgraphs trust.
  FEED.mintAccessToken = (p) => issuer.sign({ org: p.org, subject: p.sub, scopes: p.scopes, ttl: '2m' });
  hub = await startTestHub({ clock: CLOCK, issuer, gateway: { calendarFeed: FEED } });
  asOf = dayInBerlin(CLOCK);
  until = dayInBerlin(CLOCK, WITHIN);
  headers.kaz = await bearer('kaz', ['projects:write', 'contracts:write']);
  headers.cert = await bearer('zit_bb', ['security:read']);
  headers.lda = await bearer('lda', []);
  headers.reader = await hub.readerHeaders();
});

afterAll(async () => {
  await hub?.stop();
});

async function deadlinesOf(who: Record<string, string>) {
  const result = await hub.query<{ deadlines: Lists & { scope: string; asOf: string; until: string } }>(
    OPERATION,
    { withinDays: WITHIN },
    who,
  );
  return result;
}

/** Every node of a paginated root field, following endCursor. */
async function allNodes<Node>(field: string, args: string, selection: string, who: Record<string, string>) {
  const nodes: Node[] = [];
  let after: string | null = null;
  for (;;) {
    type Page = { nodes: Node[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
    const result: { data?: Record<string, Page> | null; errors?: unknown } = await hub.query<Record<string, Page>>(
      `query ($after: String) { ${field}(${args} first: 100, after: $after) { nodes { ${selection} } pageInfo { hasNextPage endCursor } } }`,
      { after },
      who,
    );
    expect(result.errors).toBeUndefined();
    const page = result.data![field]!;
    nodes.push(...page.nodes);
    if (!page.pageInfo.hasNextPage) return nodes;
    after = page.pageInfo.endCursor;
  }
}

const forbiddenPaths = (errors: readonly { path?: readonly (string | number)[]; extensions?: any }[] | undefined) =>
  (errors ?? [])
    .filter((error) => error.extensions?.code === 'FORBIDDEN')
    .map((error) => error.path?.join('.'))
    .sort();

const keys = (items: Deadline[] | null) => (items ?? []).map((item) => item.recordKey);

async function expectedCertificates(holder: string | null) {
  const all = await allNodes<{ id: string; validTo: string; holder: { ars: string } | null }>(
    'certificates',
    '',
    'id validTo holder { ars }',
    headers.reader!,
  );
  const from = dayInBerlin(CLOCK, -90);
  return all
    .filter((c) => c.validTo >= from && c.validTo <= until && (holder === null || c.holder?.ars === holder))
    .sort((a, b) => a.validTo.localeCompare(b.validTo) || a.id.localeCompare(b.id));
}

async function expectedLda(who: Record<string, string>) {
  const result = await hub.query<{ ldaNotificationsDue: { id: string; ldaNotificationDueAt: string }[] }>(
    'query ($at: String) { ldaNotificationsDue(asOf: $at) { id ldaNotificationDueAt } }',
    { at: CLOCK.now().toISOString() },
    who,
  );
  expect(result.errors).toBeUndefined();
  const end = Date.parse(`${dayInBerlin(CLOCK, WITHIN + 1)}T00:00:00Z`);
  return result.data!.ldaNotificationsDue.filter((i) => Date.parse(i.ldaNotificationDueAt) < end);
}

async function expectedConcepts(ars: string | null) {
  const all = await allNodes<{ id: string; reviewDueOn: string; municipality: { ars: string } }>(
    'securityConcepts',
    `reviewDueBefore: "${dayInBerlin(CLOCK, WITHIN + 1)}",`,
    'id reviewDueOn municipality { ars }',
    headers.cert!,
  );
  return all
    .filter((c) => ars === null || c.municipality.ars === ars)
    .sort((a, b) => a.reviewDueOn.localeCompare(b.reviewDueOn) || a.id.localeCompare(b.id));
}

describe('deadlines of the Kaz coordinator (projects:write, contracts:write)', () => {
  let answer: Awaited<ReturnType<typeof deadlinesOf>>;
  let statements: Record<string, number>;
  beforeAll(async () => {
    hub.resetStatements();
    answer = await deadlinesOf(headers.kaz!);
    statements = Object.fromEntries(Object.entries(hub.statements).map(([name, list]) => [name, list.length]));
  });

  it('answers for today and the next 30 days, and refuses only the concept reviews (CERT and Kommunen only)', () => {
    expect(answer.data?.deadlines).toMatchObject({ scope: `${asOf}+30d`, asOf, until });
    expect(forbiddenPaths(answer.errors)).toEqual(['deadlines.securityConceptReviews']);
    expect(answer.data?.deadlines.securityConceptReviews).toBeNull();
  });

  it('lists the certificates that expire by then or expired in the last 90 days, as certificates() shows them', async () => {
    const expected = await expectedCertificates(null);
    expect(expected.length).toBeGreaterThan(0);
    const items = answer.data!.deadlines.certificates!;
    expect(keys(items)).toEqual(expected.slice(0, 50).map((c) => c.id));
    for (const [index, item] of items.entries()) {
      expect(item).toMatchObject({
        subgraph: 'contracts',
        partner: 'Kaz',
        recordType: 'Certificate',
        dueOn: expected[index]!.validTo,
        overdue: expected[index]!.validTo < asOf,
        id: `certificate:${item.recordKey}:expiry`,
      });
    }
  });

  it('lists the open work orders due by then, as workOrders() shows them', async () => {
    const open = [
      ...(await allNodes<{ id: string; dueDate: string }>('workOrders', 'status: OPEN,', 'id dueDate', headers.kaz!)),
      ...(await allNodes<{ id: string; dueDate: string }>(
        'workOrders',
        'status: IN_PROGRESS,',
        'id dueDate',
        headers.kaz!,
      )),
    ]
      .filter((w) => w.dueDate <= until)
      .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.id.localeCompare(b.id));
    const items = answer.data!.deadlines.workOrders!;
    expect(keys(items)).toEqual(open.slice(0, 50).map((w) => w.id));
    for (const [index, item] of items.entries()) {
      expect(item.overdue).toBe(open[index]!.dueDate < asOf);
      expect(item.recordType).toBe('WorkOrder');
    }
  });

  it('lists the milestones not reached that are due by then, as Project.milestones shows them', async () => {
    const projects = await allNodes<{
      id: string;
      milestones: { position: number; dueOn: string; reachedOn: string | null }[];
    }>('projects', '', 'id milestones { position dueOn reachedOn }', headers.kaz!);
    const expected = projects
      .flatMap((p) => p.milestones.map((m) => ({ ...m, id: `milestone:${p.id}:${m.position}`, project: p.id })))
      .filter((m) => m.reachedOn === null && m.dueOn <= until)
      .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.project.localeCompare(b.project) || a.position - b.position);
    expect(expected.length).toBeGreaterThan(0);
    expect(answer.data!.deadlines.milestones!.map((m) => m.id)).toEqual(expected.slice(0, 50).map((m) => m.id));
  });

  it('lists only the LDA notifications whose TLP marking shows them to the Kaz', async () => {
    const expected = await expectedLda(headers.kaz!);
    expect(keys(answer.data!.deadlines.ldaNotifications)).toEqual(expected.map((i) => i.id));
  });

  it('costs one statement per list in each subgraph, however many items come back (no N+1)', () => {
    expect(answer.data!.deadlines.certificates!.length).toBeGreaterThan(5);
    expect(statements).toMatchObject({ contracts: 2, projects: 2, security: 1, organisations: 0 });
  });
});

describe('deadlines of CERT-Brandenburg (security:read)', () => {
  it('sees every LDA notification and every concept review, and no work orders', async () => {
    const answer = await deadlinesOf(headers.cert!);
    expect(forbiddenPaths(answer.errors)).toEqual(['deadlines.workOrders']);
    const lda = await expectedLda(headers.cert!);
    expect(lda.length).toBeGreaterThanOrEqual(answer.data!.deadlines.ldaNotifications!.length);
    expect(keys(answer.data!.deadlines.ldaNotifications)).toEqual(lda.slice(0, 50).map((i) => i.id));
    const concepts = await expectedConcepts(null);
    expect(concepts.length).toBeGreaterThan(0);
    const reviews = answer.data!.deadlines.securityConceptReviews!;
    expect(keys(reviews)).toEqual(concepts.slice(0, 50).map((c) => c.id));
    for (const [index, item] of reviews.entries()) {
      expect(item).toMatchObject({ partner: 'CERT-Brandenburg', recordType: 'SecurityConcept' });
      expect(item.overdue).toBe(concepts[index]!.reviewDueOn < asOf);
    }
    // CERT leads no project: the rule gives it no milestones, and says so with an empty list.
    expect(answer.data!.deadlines.milestones).toEqual([]);
  });
});

describe("deadlines of a Kommune's IT lead", () => {
  it('sees only its own certificates and concept review, and neither work orders nor milestones', async () => {
    const holders = (await expectedCertificates(null)).flatMap((c) => (c.holder ? [c.holder.ars] : []));
    const ars = holders[0]!;
    const answer = await deadlinesOf(await bearer(ars, []));
    expect(forbiddenPaths(answer.errors)).toEqual(['deadlines.milestones', 'deadlines.workOrders']);
    const own = await expectedCertificates(ars);
    expect(own.length).toBeGreaterThan(0);
    expect(keys(answer.data!.deadlines.certificates)).toEqual(own.map((c) => c.id));
    expect(keys(answer.data!.deadlines.securityConceptReviews)).toEqual((await expectedConcepts(ars)).map((c) => c.id));
    const lda = await expectedLda(await bearer(ars, []));
    expect(keys(answer.data!.deadlines.ldaNotifications)).toEqual(lda.map((i) => i.id));
  });
});

describe('deadlines of the LDA (no scopes)', () => {
  it('sees every outstanding LDA notification whatever its TLP marking, framework contracts, and is refused certificates and concepts', async () => {
    const answer = await deadlinesOf(headers.lda!);
    expect(forbiddenPaths(answer.errors)).toEqual([
      'deadlines.certificates',
      'deadlines.securityConceptReviews',
      'deadlines.workOrders',
    ]);
    const lda = await expectedLda(headers.lda!);
    const all = await expectedLda(headers.cert!);
    // Rule read.incident.dataprotection (issue 13): the LDA sees every incident with personal data, as CERT does.
    expect(lda.map((i) => i.id)).toEqual(all.map((i) => i.id));
    expect(keys(answer.data!.deadlines.ldaNotifications)).toEqual(lda.map((i) => i.id));
    expect(answer.data!.deadlines.frameworkContracts).toEqual(
      (await deadlinesOf(headers.kaz!)).data!.deadlines.frameworkContracts,
    );
  });

  it('refuses an anonymous caller, a bad window and a bad list size', async () => {
    const anonymous = await hub.query('{ deadlines { scope } }');
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const window = await hub.query('{ deadlines(withinDays: 400) { scope } }', {}, headers.lda);
    expect(window.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const first = await hub.query('{ deadlines { frameworkContracts(first: 101) { id } } }', {}, headers.lda);
    expect(first.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

/** The VEVENTs of an iCalendar text, read by ical.js. */
function eventsOf(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      start: event.startDate.toString(),
      allDay: event.startDate.isDate,
      summary: event.summary,
      description: event.description,
    };
  });
}

/** The events the GraphQL answer says the feed must hold, in uid order. */
function expectedEvents(lists: Lists) {
  return Object.values(lists)
    .flatMap((list) => (Array.isArray(list) ? list : []))
    .map((item: Deadline) => ({
      uid: `${item.id}@kaz-hub`,
      start: item.dueOn,
      allDay: true,
      summary: item.overdue ? `ÜBERFÄLLIG: ${item.title}` : item.title,
      description: expect.stringContaining(`Datensatz: ${item.recordType} ${item.recordKey}`),
    }))
    .sort((a, b) => a.uid.localeCompare(b.uid));
}

const feedUrl = (query = '') => new URL(`calendar/deadlines.ics${query}`, hub.url).toString();

async function feedTokenFor(who: Record<string, string>) {
  const response = await fetch(new URL('calendar/feed-token', hub.url), { method: 'POST', headers: who });
  expect(response.status).toBe(200);
  return (await response.json()) as { url: string; expiresAt: string };
}

describe('the deadlines as an iCalendar feed (GET /calendar/deadlines.ics)', () => {
  it('holds one all-day event per deadline of the GraphQL answer, read with the Authorization header', async () => {
    const response = await fetch(feedUrl(), { headers: headers.kaz });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/calendar/);
    const text = await response.text();
    // RFC 5545: CRLF line ends, no line longer than 75 octets.
    expect(text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    const events = eventsOf(text).sort((a, b) => a.uid.localeCompare(b.uid));
    const graph = (await deadlinesOf(headers.kaz!)).data!.deadlines;
    expect(events.length).toBeGreaterThan(5);
    expect(events).toEqual(expectedEvents(graph));
    expect(events.some((event) => event.summary.startsWith('ÜBERFÄLLIG: '))).toBe(true);
  });

  it('opens with a personal feed URL, and shows the LDA exactly what its GraphQL query shows', async () => {
    const { url, expiresAt } = await feedTokenFor(headers.lda!);
    expect(url).not.toContain(headers.lda!.authorization!.slice(7));
    expect(Date.parse(expiresAt)).toBeGreaterThan(Date.now() + 100 * 86_400_000);
    const response = await fetch(url);
    expect(response.status).toBe(200);
    const events = eventsOf(await response.text()).sort((a, b) => a.uid.localeCompare(b.uid));
    const graph = (await deadlinesOf(headers.lda!)).data!.deadlines;
    expect(events).toEqual(expectedEvents(graph));
    // What only CERT may see (certificates) never reaches the LDA's calendar; every LDA notification
    // does, whatever its TLP marking, since each involves personal data (read.incident.dataprotection, issue 13).
    const cert = expectedEvents((await deadlinesOf(headers.cert!)).data!.deadlines).map((event) => event.uid);
    const hidden = cert.filter((uid) => !events.some((event) => event.uid === uid));
    expect(hidden.some((uid) => uid.startsWith('security-incident:'))).toBe(false);
    expect(hidden.some((uid) => uid.startsWith('certificate:'))).toBe(true);
    expect(events.some((event) => event.uid.startsWith('certificate:'))).toBe(false);
  });

  it('refuses a feed token with a wrong signature, an expired one and one for another audience', async () => {
    const { url } = await feedTokenFor(headers.lda!);
    const token = new URL(url).searchParams.get('token')!;
    const [payload, signature] = token.split('.') as [string, string];
    const flipped = `${payload}.${signature.startsWith('A') ? 'B' : 'A'}${signature.slice(1)}`;
    const expired = issueFeedToken(
      { ...FEED, ttlDays: 1 },
      { subject: 's', org: 'lda', kind: 'organisation', scopes: new Set() },
      new Date(Date.now() - 2 * 86_400_000),
    ).token;
    const claims = { ...JSON.parse(Buffer.from(payload, 'base64url').toString()), aud: 'kaz-hub' };
    const other = Buffer.from(JSON.stringify(claims)).toString('base64url');
    const otherAudience = `${other}.${createHmac('sha256', FEED.secret).update(other).digest('base64url')}`;
    for (const [bad, reason] of [
      [flipped, 'bad signature'],
      [expired, 'expired'],
      [otherAudience, 'not a token for the calendar feed'],
    ] as const) {
      const response = await fetch(feedUrl(`?token=${encodeURIComponent(bad)}`));
      expect(response.status).toBe(401);
      expect(await response.text()).toContain(reason);
    }
    expect((await fetch(feedUrl())).status).toBe(401);
  });

  it('gives a feed token no access to /graphql', async () => {
    const { url } = await feedTokenFor(headers.kaz!);
    const token = new URL(url).searchParams.get('token')!;
    const result = await hub.query('{ deadlines { scope } }', {}, { authorization: `Bearer ${token}` });
    expect(result.status).toBe(401);
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('the iCalendar feed of a gateway that runs only trusted documents (TRUSTED_DOCUMENTS=true)', () => {
  let trusted: Awaited<ReturnType<typeof createGateway>>;

  beforeAll(async () => {
    trusted = await createGateway({
      auth: hub.issuer.auth,
      supergraphSdl: readFileSync(new URL('../schema/supergraph.graphql', import.meta.url), 'utf8'),
      subgraphUrls: Object.fromEntries(Object.entries(hub.subgraphs).map(([name, subgraph]) => [name, subgraph.url])),
      port: 0,
      trustedDocuments: JSON.parse(
        readFileSync(new URL('../schema/persisted-operations.json', import.meta.url), 'utf8'),
      ),
      calendarFeed: FEED,
    });
  }, 120_000);

  afterAll(async () => {
    await trusted?.stop();
  });

  it('refuses an unregistered operation, and still serves the feed with the Authorization header and a feed URL', async () => {
    const refused = await fetch(new URL('graphql', trusted.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers.kaz },
      body: JSON.stringify({ query: '{ deadlines { scope } }' }),
    });
    expect(refused.status).toBe(403);

    const response = await fetch(new URL('calendar/deadlines.ics', trusted.url), { headers: headers.kaz });
    expect(response.status).toBe(200);
    const events = eventsOf(await response.text()).sort((a, b) => a.uid.localeCompare(b.uid));
    expect(events.length).toBeGreaterThan(5);
    expect(events).toEqual(expectedEvents((await deadlinesOf(headers.kaz!)).data!.deadlines));

    const issued = await fetch(new URL('calendar/feed-token', trusted.url), { method: 'POST', headers: headers.lda });
    expect(issued.status).toBe(200);
    const { url } = (await issued.json()) as { url: string };
    expect(url.startsWith(trusted.url)).toBe(true);
    const lda = await fetch(url);
    expect(lda.status).toBe(200);
    const ldaEvents = eventsOf(await lda.text()).sort((a, b) => a.uid.localeCompare(b.uid));
    expect(ldaEvents).toEqual(expectedEvents((await deadlinesOf(headers.lda!)).data!.deadlines));
  });
});
