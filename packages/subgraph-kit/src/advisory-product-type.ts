import type { SubgraphBuilder } from './builder.ts';

/** A product an advisory names: the vendor (Hersteller) and the product's name. */
export interface AdvisoryProduct {
  vendor: string;
  product: string;
}

/**
 * The shareable type `AdvisoryProduct`, a product an advisory of CERT-Brandenburg names: the security
 * subgraph, which owns advisories, and the contracts subgraph, which reads `affectedProducts`
 * (`@requires`) to find the licences of a product, declare it from here, so word for word the same.
 */
export function advisoryProductType<Context extends object>(builder: SubgraphBuilder<Context>) {
  const ref = builder.objectRef<AdvisoryProduct>('AdvisoryProduct');
  ref.implement({
    shareable: true,
    description: 'A software product named in an advisory of CERT-Brandenburg: its vendor (Hersteller) and its name.',
    fields: (t) => ({
      vendor: t.exposeString('vendor', { description: 'The vendor (Hersteller), as the vendor spells its name.' }),
      product: t.exposeString('product', { description: 'The product name, as the vendor spells it.' }),
    }),
  });
  return ref;
}
