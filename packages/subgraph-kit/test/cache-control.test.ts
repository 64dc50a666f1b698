import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OpsSubgraph, startOpsSubgraph } from './support.ts';

// The municipalities subgraph marks its answers public for 300 s. The header must be the one Apollo's
// own cache-control plugin set (it did until cacheControlPlugin replaced it): the gateway keeps an
// answer only when it says `public`, so a wrong `public` would share data that must not be shared.
let subgraph: OpsSubgraph;
beforeAll(async () => {
  subgraph = await startOpsSubgraph();
}, 120_000);
afterAll(async () => {
  await subgraph?.stop();
});

async function cacheControlOf(query: string, variables: Record<string, unknown> = {}) {
  const response = await subgraph.post({ query, variables });
  const body = (await response.json()) as { data?: Record<string, unknown> | null; errors?: unknown[] };
  return { header: response.headers.get('cache-control'), body };
}

describe('the Cache-Control header of a public subgraph', () => {
  it('marks an answer public for the subgraph’s max-age when a root field ran without errors', async () => {
    const list = await cacheControlOf('{ municipalities(first: 3) { totalCount nodes { ars name } } }');
    expect(list.body.errors).toBeUndefined();
    expect((list.body.data as { municipalities: { nodes: unknown[] } }).municipalities.nodes).toHaveLength(3);
    expect(list.header).toBe('max-age=300, public');
  });

  it('counts a root field behind an alias or a fragment, and one that answers null', async () => {
    const aliased = await cacheControlOf(
      'query Q { potsdam: municipality(ags: "12054000") { name } ...Rest } fragment Rest on Query { __typename }',
    );
    expect(aliased.body.data).toEqual({ potsdam: { name: 'Potsdam, Stadt' }, __typename: 'Query' });
    expect(aliased.header).toBe('max-age=300, public');

    const missing = await cacheControlOf('{ municipality(ags: "12999999") { name } }');
    expect(missing.body).toEqual({ data: { municipality: null } });
    expect(missing.header).toBe('max-age=300, public');
  });

  it('sends no-store for an answer with only meta fields (__typename, introspection)', async () => {
    for (const query of ['{ __typename }', '{ kind: __typename }', '{ __schema { queryType { name } } }']) {
      const answer = await cacheControlOf(query);
      expect(answer.body.errors).toBeUndefined();
      expect(answer.header, query).toBe('no-store');
    }
  });

  it('sends no-store for an answer with errors, partial or whole', async () => {
    const invalid = await cacheControlOf('{ municipalities(first: 3) { nodes { noSuchField } } }');
    expect(invalid.body.errors).toBeDefined();
    expect(invalid.header).toBe('no-store');

    const refused = await cacheControlOf(
      'query ($ars: String!) { municipalities(filter: { districtArs: $ars }, first: 1) { totalCount } }',
      {
        ars: 'not an ARS',
      },
    );
    expect(refused.body.errors).toBeDefined();
    expect(refused.header).toBe('no-store');
  });
});
