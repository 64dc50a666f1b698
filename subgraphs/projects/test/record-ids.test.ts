import { describe, expect, it } from 'vitest';
import { sampleProjects } from '../seed/sample-projects.ts';
import { setUpSubgraph } from './support.ts';

// Client caches (Apollo, urql) store a record under `Type:id`: a result transfer's id is its primary
// key, "<project id>/<ARS>", one per row.

const { subgraph } = setUpSubgraph();

describe('the id of a result transfer', () => {
  it('is "<project id>/<ARS>" for every transfer of every project, unique', async () => {
    const result = await subgraph.query<{
      projects: {
        totalCount: number;
        nodes: { id: string; resultTransfers: { id: string; municipality: { ars: string } }[] }[];
      };
    }>('{ projects(first: 500) { totalCount nodes { id resultTransfers { id municipality { ars } } } } }');
    expect(result.errors).toBeUndefined();
    const projects = result.data?.projects.nodes ?? [];
    expect(projects.length).toBe(result.data?.projects.totalCount);
    const transfers = projects.flatMap((project) =>
      project.resultTransfers.map((transfer) => ({
        ...transfer,
        expected: `${project.id}/${transfer.municipality.ars}`,
      })),
    );
    for (const transfer of transfers) expect(transfer.id).toBe(transfer.expected);
    const expected = sampleProjects().flatMap((sample) =>
      sample.resultTransfers.map((transfer) => `${transfer.project_id}/${transfer.ars}`),
    );
    expect(transfers.map((transfer) => transfer.id).sort()).toEqual(expected.sort());
    expect(transfers.length).toBeGreaterThan(0);
    expect(new Set(transfers.map((transfer) => transfer.id)).size).toBe(transfers.length);
  });
});
