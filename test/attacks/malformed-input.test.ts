import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from '../support/hub.ts';

// Attack class 5, malformed input: deeply nested JSON in `variables` overflowed the stack (HTTP 500);
// a NUL character in an `_entities` representation reached PostgreSQL (INTERNAL_SERVER_ERROR), and a
// representation of an unknown type after a valid one ended the subgraph's process. Each is now a
// 4xx with a clear code, before any work, at the gateway and straight at every subgraph.

let hub: TestHub;

beforeAll(async () => {
  hub = await startTestHub();
});

afterAll(async () => {
  await hub?.stop();
});

const SUBGRAPHS = ['municipalities', 'organisations', 'projects', 'contracts', 'security'];
const deeply = (levels: number) => `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;
const ENTITIES = 'query ($r: [_Any!]!) { _entities(representations: $r) { __typename } }';

async function post(url: string, body: string) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  return { status: response.status, ...((await response.json()) as { data?: any; errors?: any[] }) };
}

function subgraphUrl(name: string): string {
  return hub.subgraphs[name]?.url as string;
}

describe('deeply nested variables', () => {
  it('the gateway refuses them with HTTP 400 VARIABLES_TOO_DEEP, asking no subgraph', async () => {
    hub.resetStatements();
    for (const body of [
      `{"query":"{ organisations { id } }","variables":{"x":${deeply(20_000)}}}`,
      `{"query":"query ($f: IncidentFilter) { incidents(filter: $f) { totalCount } }","variables":{"f":${deeply(50)}}}`,
    ]) {
      const result = await post(hub.url, body);
      expect(result.status).toBe(400);
      expect(result.errors?.[0]?.extensions?.code).toBe('VARIABLES_TOO_DEEP');
    }
    for (const statements of Object.values(hub.statements)) expect(statements).toEqual([]);
  });

  it('the gateway refuses them in a GET request too', async () => {
    const url = new URL(hub.url);
    url.searchParams.set('query', '{ organisations { id } }');
    // A URL holds at most a few thousand levels (16 KB of headers); the limit is the same.
    url.searchParams.set('variables', `{"x":${deeply(100)}}`);
    const response = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
    expect(response.status).toBe(400);
    expect(((await response.json()) as any).errors[0].extensions.code).toBe('VARIABLES_TOO_DEEP');
  });

  it.each(SUBGRAPHS)('%s refuses them with HTTP 400 VARIABLES_TOO_DEEP, reading nothing', async (name) => {
    hub.resetStatements();
    const result = await post(subgraphUrl(name), `{"query":"${ENTITIES}","variables":{"r":[${deeply(20_000)}]}}`);
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.extensions?.code).toBe('VARIABLES_TOO_DEEP');
    expect(hub.statements[name]).toEqual([]);
  });

  it('the gateway still answers variables of an ordinary depth', async () => {
    const result = await hub.query('query ($ags: String!) { municipality(ags: $ags) { name } }', { ags: '12054000' });
    expect(result.status).toBe(200);
    expect(result.data?.municipality.name).toBe('Potsdam, Stadt');
  });
});

describe('NUL characters', () => {
  it.each(SUBGRAPHS)(
    '%s refuses a representation with NUL, in variables or inline, with BAD_USER_INPUT',
    async (name) => {
      hub.resetStatements();
      const inVariables = await post(
        subgraphUrl(name),
        JSON.stringify({
          query: ENTITIES,
          variables: { r: [{ __typename: 'Municipality', ars: '12054\u00000000000' }] },
        }),
      );
      const inline = await post(
        subgraphUrl(name),
        JSON.stringify({
          query:
            '{ _entities(representations: [{ __typename: "Municipality", ars: "12054\\u00000000000" }]) { __typename } }',
        }),
      );
      for (const result of [inVariables, inline]) {
        expect(result.status).toBe(400);
        expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      }
      expect(hub.statements[name]).toEqual([]);
    },
  );
});

describe('other invalid representations', () => {
  const invalid = [
    [
      'an unknown type after a valid one',
      [
        { __typename: 'Municipality', ars: '120540000000' },
        { __typename: 'Nope', id: 'x' },
      ],
    ],
    [
      'a missing key after a valid one',
      [{ __typename: 'Municipality', ars: '120540000000' }, { __typename: 'Municipality' }],
    ],
    ['a key that is a number', [{ __typename: 'Municipality', ars: 120540000000 }]],
    ['a key that is an object', [{ __typename: 'Municipality', ars: { $gt: '' } }]],
    ['a representation that is a string', ['Municipality:120540000000']],
  ] as const;
  const cases = SUBGRAPHS.flatMap((name) =>
    invalid.map(([label, representations]) => [name, label, representations] as const),
  );

  it.each(cases)('%s refuses %s with BAD_USER_INPUT, and keeps running', async (name, _label, representations) => {
    const result = await post(
      subgraphUrl(name),
      JSON.stringify({ query: ENTITIES, variables: { r: representations } }),
    );
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(/^representations\[\d\]: /);
    const valid = await post(
      subgraphUrl(name),
      JSON.stringify({ query: ENTITIES, variables: { r: [{ __typename: 'Municipality', ars: '120540000000' }] } }),
    );
    expect(valid.data?._entities).toEqual([{ __typename: 'Municipality' }]);
  });
});
