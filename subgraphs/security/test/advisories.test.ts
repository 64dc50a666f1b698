import { expectError } from '@kaz/subgraph-kit/testing';
import { describe, expect, it } from 'vitest';
import { setUpSubgraph } from './support.ts';

const { subgraph, as } = setUpSubgraph();

const ADVISORY = `query ($id: ID!) {
  advisory(id: $id) { id title publishedAt severity cveIds affectedProducts { vendor product } tlp isSample }
}`;

describe('advisories', () => {
  it('are public: an advisory by its reference, in any letter case, the same without a token', async () => {
    const anonymous = await subgraph.query(ADVISORY, { id: 'cert-bb-adv-2026-0041' });
    expect(anonymous.errors).toBeUndefined();
    expect(anonymous.data?.advisory).toEqual({
      id: 'CERT-BB-ADV-2026-0041',
      title: 'Mail- und Kalenderserver: Umgehung der Anmeldung über die Web-Oberfläche',
      publishedAt: '2026-11-12T07:45:00.000Z',
      severity: 'HIGH',
      cveIds: ['CVE-2026-90527', 'CVE-2026-90528'],
      affectedProducts: [
        { vendor: 'Nordsoft Office Solutions GmbH', product: 'Büro-Suite Volumenlizenz' },
        { vendor: 'Nordsoft Office Solutions GmbH', product: 'Mail- und Kalenderserver – Zugriffslizenz' },
      ],
      tlp: 'CLEAR',
      isSample: true,
    });
    const team = await subgraph.query(ADVISORY, { id: 'CERT-BB-ADV-2026-0041' }, as['security-team']);
    expect(team.data).toEqual(anonymous.data);
  });

  it('answers null for an unknown reference and BAD_USER_INPUT for a malformed one', async () => {
    const unknown = await subgraph.query(ADVISORY, { id: 'CERT-BB-ADV-2026-9999' });
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data?.advisory).toBeNull();
    // An incident reference is not an advisory reference.
    const error = expectError(await subgraph.query(ADVISORY, { id: 'CERT-BB-2025-0042' }), 'BAD_USER_INPUT', 'id');
    expect(error.message).toContain('CERT-BB-ADV-2026-0007');
  });

  it('lists them newest first, in pages, with the total', async () => {
    const query = `query ($first: Int, $after: String) {
      advisories(first: $first, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } nodes { id publishedAt }
      }
    }`;
    const first = await subgraph.query(query, { first: 4 });
    expect(first.errors).toBeUndefined();
    const page = first.data?.advisories;
    expect(page.totalCount).toBe(6);
    expect(page.nodes.map((a: any) => a.id)).toEqual([
      'CERT-BB-ADV-2026-0043',
      'CERT-BB-ADV-2026-0042',
      'CERT-BB-ADV-2026-0041',
      'CERT-BB-ADV-2026-0040',
    ]);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const rest = await subgraph.query(query, { first: 4, after: page.pageInfo.endCursor });
    expect(rest.data?.advisories.nodes.map((a: any) => a.id)).toEqual([
      'CERT-BB-ADV-2026-0039',
      'CERT-BB-ADV-2026-0038',
    ]);
  });

  it('resolves references in one statement per batch, their products in one more', async () => {
    const ids = ['CERT-BB-ADV-2026-0038', 'CERT-BB-ADV-2026-0042', 'CERT-BB-ADV-2026-0043', 'CERT-BB-ADV-2026-9999'];
    subgraph.resetStatements();
    const result = await subgraph.query(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Advisory { id affectedProducts { product } } } }`,
      { r: ids.map((id) => ({ __typename: 'Advisory', id })) },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities.map((a: any) => a?.id ?? null)).toEqual([...ids.slice(0, 3), null]);
    expect(result.data?._entities[1].affectedProducts.map((p: any) => p.product)).toEqual([
      'E-Akte Kommunal – Arbeitsplatzlizenz',
      'E-Akte Kommunal – Scan-Modul',
    ]);
    expect(subgraph.statements.filter((sql) => /from "advisory"/.test(sql))).toHaveLength(1);
    expect(subgraph.statements.filter((sql) => /from "advisory_product"/.test(sql))).toHaveLength(1);
  });

  it('are TLP:CLEAR by a check of the table: another marking is refused', async () => {
    await expect(
      subgraph.db
        .insertInto('advisory')
        .values({
          id: 'CERT-BB-ADV-2026-0999',
          title: 'Vertraulich',
          published_at: '2026-11-30T00:00:00Z',
          severity: 'LOW',
          tlp: 'AMBER',
          is_sample: true,
        })
        .execute(),
    ).rejects.toThrow(/check/);
  });
});
