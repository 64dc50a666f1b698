import { expectError, type Headers, headersAs } from '@kaz/subgraph-kit/testing';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { setUpSubgraph } from './support.ts';

// An Amt (Verbandsgemeinde, Mitverwaltung) 12KKKVVVV000 runs the administration of its Gemeinden
// 12KKKVVVV…, so its IT lead reads their licences and certificates (issue 13); a Landkreis does not
// administer its Gemeinden and reads only its own.

const AMT = '120705001000'; // Amt Bad Wilsnack/Weisen (Prignitz)
const BREESE = '120705001052'; // one of its Gemeinden; holds a TLS certificate in the sample data
const PRIGNITZ = '120700000000';
const OTHER_AMT = '120705005000'; // Amt Lenzen-Elbtalaue

const { subgraph, as } = setUpSubgraph({ ars: AMT });
const headers: Record<'amt' | 'landkreis' | 'otherAmt' | 'gemeinde', Headers> = {} as never;
let licenceId: string;
let certificateId: string;

const KOMMUNE = `query ($ars: _Any!) { _entities(representations: [$ars]) { ... on Municipality {
  ars licences { totalCount nodes { id allocations { municipality { ars } seats } } } certificates { totalCount nodes { id } } } } }`;
const entity = (ars: string) => ({ ars: { __typename: 'Municipality', ars } });

beforeAll(async () => {
  headers.amt = as.municipality;
  headers.landkreis = await headersAs(subgraph.issuer, 'municipality', PRIGNITZ);
  headers.otherAmt = await headersAs(subgraph.issuer, 'municipality', OTHER_AMT);
  headers.gemeinde = await headersAs(subgraph.issuer, 'municipality', BREESE);
  // A licence with a free seat that the Amt itself has none of: the Gemeinde's seats are the only way to it.
  const free = await sql<{ id: string }>`
    select l.id from licence l left join licence_allocation a on a.licence_id = l.id
    where not exists (select 1 from licence_allocation x where x.licence_id = l.id and x.ars like '120705001%')
    group by l.id having l.seats - coalesce(sum(a.seats), 0) >= 2 order by l.id limit 1`.execute(subgraph.db);
  licenceId = free.rows[0]!.id;
  const allocated = await subgraph.query(
    `mutation ($input: AllocateLicenceInput!) { allocateLicence(input: $input) { seats } }`,
    { input: { licenceId, municipalityArs: BREESE, seats: 2 } },
    as['kaz-editor'],
  );
  expect(allocated.errors).toBeUndefined();
  const certificate = await subgraph.db
    .selectFrom('certificate')
    .select('id')
    .where('holder_ars', '=', BREESE)
    .executeTakeFirstOrThrow();
  certificateId = certificate.id;
});

describe('an Amt reads the licences and certificates of its Gemeinden', () => {
  it("lists a Gemeinde's licences and certificates for its Amt, with the Gemeinde's seats only", async () => {
    const result = await subgraph.query(KOMMUNE, entity(BREESE), headers.amt);
    expect(result.errors).toBeUndefined();
    const kommune = (result.data as any)._entities[0];
    const licence = kommune.licences.nodes.find((l: any) => l.id === licenceId);
    expect(licence.allocations).toEqual([{ municipality: { ars: BREESE }, seats: 2 }]);
    expect(kommune.certificates.nodes.map((c: any) => c.id)).toContain(certificateId);
  });

  it("finds the Gemeinde's licence and certificate by key for the Amt", async () => {
    const result = await subgraph.query(
      `query ($l: ID!, $c: ID!) { licence(id: $l) { id } certificate(id: $c) { id holder { ars } } }`,
      { l: licenceId, c: certificateId },
      headers.amt,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      licence: { id: licenceId },
      certificate: { id: certificateId, holder: { ars: BREESE } },
    });
  });

  it.each([
    ['the Landkreis (it does not administer its Gemeinden)', 'landkreis'],
    ['another Amt', 'otherAmt'],
  ] as const)("refuses a Gemeinde's licences and certificates to %s and hides them by key", async (_case, who) => {
    const listed = await subgraph.query(KOMMUNE, entity(BREESE), headers[who]);
    expect(listed.errors?.map((e) => [e.path?.join('.'), e.extensions?.code])).toEqual([
      ['_entities.0.licences', 'FORBIDDEN'],
      ['_entities.0.certificates', 'FORBIDDEN'],
    ]);
    const byKey = await subgraph.query(
      `query ($l: ID!, $c: ID!) { licence(id: $l) { id } certificate(id: $c) { id } }`,
      { l: licenceId, c: certificateId },
      headers[who],
    );
    expect(byKey.errors).toBeUndefined();
    expect(byKey.data).toEqual({ licence: null, certificate: null });
  });

  it("refuses the Amt's own licences to one of its Gemeinden", async () => {
    const result = await subgraph.query(KOMMUNE, entity(AMT), headers.gemeinde);
    expectError({ errors: result.errors?.slice(0, 1) }, 'FORBIDDEN');
  });
});
