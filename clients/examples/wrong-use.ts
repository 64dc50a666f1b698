/**
 * Deliberately wrong uses of the typed documents: this file must NOT type-check.
 * test/codegen.test.ts compiles it beside the freshly generated documents and expects exactly the
 * errors named in the `// error TS…` comments, on those lines; nothing else imports it.
 */
import { GraphQLClient } from 'graphql-request';
import { CertificatesExpiringDocument, FindKommuneDocument } from '../generated/graphql.js';

const client = new GraphQLClient('http://localhost:4000/graphql');

export async function wrongUses(): Promise<unknown[]> {
  const certificates = await client.request(CertificatesExpiringDocument, { days: 30 });
  const first = certificates.certificates?.nodes[0];
  return [
    first?.commonNmae, // error TS2551: a misspelled field (did you mean 'commonName'?)
    first?.serialNumber, // error TS2339: in the schema, but the operation does not select it
    await client.request(CertificatesExpiringDocument, { days: '30' }), // error TS2322: days is an Int
    await client.request(FindKommuneDocument, { nameContains: 'Mitten' }), // error TS2353: no such variable
  ];
}
