import { describe, expect, it } from 'vitest';
import { setUpSubgraph } from './support.ts';

// Advisory is owned by the security subgraph; this subgraph gets references with the products the
// advisory names (`@requires`) and answers which Kommunen hold licences of them.

const { subgraph, as } = setUpSubgraph();

const EXPOSURE = `query ($r: [_Any!]!) {
  _entities(representations: $r) {
    ... on Advisory { id affectedMunicipalities { municipality { ars } products { vendor product } } }
  }
}`;

/** The ARS of the Kommunen with seats of a licence of `product`, read straight from the tables. */
async function holdersOf(product: string): Promise<string[]> {
  const rows = await subgraph.db
    .selectFrom('licence_allocation as a')
    .innerJoin('licence as l', 'l.id', 'a.licence_id')
    .select('a.ars')
    .distinct()
    .where('l.product', '=', product)
    .orderBy('a.ars')
    .execute();
  return rows.map((row) => row.ars);
}

describe('Advisory.affectedMunicipalities', () => {
  it('matches whole names in any letter case, per advisory, in one statement for the batch', async () => {
    const scan = 'E-Akte Kommunal – Scan-Modul';
    const gis = 'GIS Web-Auskunft';
    const representations = [
      {
        __typename: 'Advisory',
        id: 'CERT-BB-ADV-2026-0001',
        affectedProducts: [{ vendor: 'HAVELLÄNDISCHE VERWALTUNGSSOFTWARE AG', product: scan.toLowerCase() }],
      },
      {
        __typename: 'Advisory',
        id: 'CERT-BB-ADV-2026-0002',
        affectedProducts: [
          { vendor: 'Prignitzer Geodaten GmbH', product: gis },
          // A part of a name is no match.
          { vendor: 'Prignitzer Geodaten', product: 'GIS' },
        ],
      },
      { __typename: 'Advisory', id: 'CERT-BB-ADV-2026-0003', affectedProducts: [] },
    ];
    subgraph.resetStatements();
    const result = await subgraph.query(EXPOSURE, { r: representations }, as['security-team']);
    expect(result.errors).toBeUndefined();
    expect(subgraph.statements).toHaveLength(1);
    const [first, second, third] = result.data?._entities ?? [];
    const scanHolders = await holdersOf(scan);
    expect(scanHolders.length).toBeGreaterThan(0);
    expect(first.affectedMunicipalities).toEqual(
      scanHolders.map((ars) => ({
        municipality: { ars },
        products: [{ vendor: 'Havelländische Verwaltungssoftware AG', product: scan }],
      })),
    );
    const gisHolders = await holdersOf(gis);
    expect(gisHolders.length).toBeGreaterThan(0);
    // Only the whole name matches: every holder runs "GIS Web-Auskunft", none a mere "GIS".
    expect(second.affectedMunicipalities).toEqual(
      gisHolders.map((ars) => ({
        municipality: { ars },
        products: [{ vendor: 'Prignitzer Geodaten GmbH', product: gis }],
      })),
    );
    expect(third.affectedMunicipalities).toEqual([]);
  });
});
