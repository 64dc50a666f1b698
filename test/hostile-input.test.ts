import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from './support/hub.ts';

// Broken and hostile requests: each gets a 4xx with a GraphQL error and its own code, and no
// subgraph sees it (no SQL statement anywhere). Queries that are too deep, too wide, too expensive
// or alias and directive floods are in gateway-limits.test.ts.

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
}, 120_000);
afterAll(async () => {
  await hub?.stop();
});

interface Hostile {
  name: string;
  method?: 'GET' | 'POST';
  path?: string;
  headers?: Record<string, string>;
  body?: string;
  status: number;
  code: string;
  message: RegExp;
}

const json = { 'content-type': 'application/json' };
const QUERY = '{ municipalities(first: 1) { nodes { name } } }';

const cases: Hostile[] = [
  {
    name: 'a body that is not JSON',
    headers: json,
    body: '{"query": "{ __typename }"',
    status: 400,
    code: 'BAD_REQUEST',
    message: /not valid JSON/,
  },
  {
    name: 'a content type the gateway does not read',
    headers: { 'content-type': 'application/xml' },
    body: '<query>{ __typename }</query>',
    status: 400,
    code: 'BAD_REQUEST',
    message: /invalid Content-Type/,
  },
  {
    name: 'a CSRF-style simple POST (text/plain)',
    headers: { 'content-type': 'text/plain' },
    body: JSON.stringify({ query: QUERY }),
    status: 400,
    code: 'BAD_REQUEST',
    message: /Cross-Site Request Forgery/,
  },
  {
    name: 'a CSRF-style simple POST (form encoded)',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: `query=${encodeURIComponent(QUERY)}`,
    status: 400,
    code: 'BAD_REQUEST',
    message: /Cross-Site Request Forgery/,
  },
  {
    name: 'a CSRF-style simple GET',
    method: 'GET',
    path: `graphql?query=${encodeURIComponent(QUERY)}`,
    status: 400,
    code: 'BAD_REQUEST',
    message: /Cross-Site Request Forgery/,
  },
  {
    name: 'a body over 1 MB',
    headers: json,
    body: JSON.stringify({ query: QUERY, padding: 'x'.repeat(1_100_000) }),
    status: 413,
    code: 'PAYLOAD_TOO_LARGE',
    message: /larger than the gateway accepts/,
  },
  {
    name: 'variables over 1 MB',
    headers: json,
    body: JSON.stringify({
      query: 'query($f: MunicipalityFilter) { municipalities(filter: $f, first: 1) { totalCount } }',
      variables: { f: { nameContains: 'ä'.repeat(600_000) } },
    }),
    status: 413,
    code: 'PAYLOAD_TOO_LARGE',
    message: /larger than the gateway accepts/,
  },
  {
    name: 'a batch of operations',
    headers: json,
    body: JSON.stringify(Array.from({ length: 50 }, () => ({ query: QUERY }))),
    status: 400,
    code: 'BAD_REQUEST',
    message: /batching disabled/,
  },
  {
    name: 'variables that are not an object',
    headers: json,
    body: JSON.stringify({ query: QUERY, variables: '{"a":1}' }),
    status: 400,
    code: 'BAD_REQUEST',
    message: /variables/,
  },
  {
    name: 'a query that is not a string',
    headers: json,
    body: JSON.stringify({ query: { evil: true } }),
    status: 400,
    code: 'BAD_REQUEST',
    message: /must be strings/,
  },
  {
    name: 'a fragment cycle',
    headers: json,
    body: JSON.stringify({
      query:
        'query { ...A } fragment A on Query { municipalities(first: 1) { totalCount } ...B } fragment B on Query { ...A }',
    }),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: /Cannot spread fragment "A" within itself/,
  },
  {
    name: 'a query that does not parse',
    headers: json,
    body: JSON.stringify({ query: '{ municipalities(first: 1) { nodes { name } }' }),
    status: 400,
    code: 'GRAPHQL_PARSE_FAILED',
    message: /Syntax Error/,
  },
];

describe('hostile and broken input', () => {
  it.each(cases.map((c) => [c.name, c] as const))(
    '%s: 4xx with its code, no subgraph asked',
    async (_name, hostile) => {
      hub.resetStatements();
      const response = await fetch(new URL(hostile.path ?? '', hub.url), {
        method: hostile.method ?? 'POST',
        headers: hostile.headers ?? {},
        ...(hostile.body === undefined ? {} : { body: hostile.body }),
      });
      expect(response.status).toBe(hostile.status);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      const body = (await response.json()) as {
        data?: unknown;
        errors: { message: string; extensions: { code: string } }[];
      };
      expect(body.errors[0]?.extensions.code).toBe(hostile.code);
      expect(body.errors[0]?.message).toMatch(hostile.message);
      expect(body.data ?? null).toBeNull();
      expect(Object.values(hub.statements).flat()).toEqual([]);
    },
  );

  it('still answers a normal query after all of them', async () => {
    const result = await hub.query(QUERY);
    expect(result.status).toBe(200);
    expect(result.data?.municipalities.nodes).toHaveLength(1);
  });
});
