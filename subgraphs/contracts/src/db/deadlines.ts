import { type Kysely, sql } from 'kysely';
import type { CertificateRow } from './certificate.ts';
import type { Database } from './database.ts';
import type { FrameworkContractRow } from './framework-contract.ts';

/** Share of the ceiling (Höchstwert) called off from which a Rahmenvertrag counts as nearly exhausted. */
export const CEILING_WARNING_SHARE = 0.9;

/**
 * At most `limit` certificates whose validTo lies in [from, until] (both YYYY-MM-DD), soonest first
 * (then by id), only those `holderArs` holds when given; one statement.
 */
export function findCertificatesExpiring(
  db: Kysely<Database>,
  range: { from: string; until: string; holderArs: string | null },
  limit: number,
): Promise<CertificateRow[]> {
  let query = db
    .selectFrom('certificate')
    .selectAll()
    .where('valid_to', '>=', sql<string>`cast(${range.from} as date)`)
    .where('valid_to', '<=', sql<string>`cast(${range.until} as date)`);
  if (range.holderArs !== null) query = query.where('holder_ars', '=', range.holderArs);
  return query.orderBy('valid_to').orderBy('id').limit(limit).execute();
}

/**
 * At most `limit` Rahmenverträge whose term ends in [asOf, until], or that run on asOf with at least
 * CEILING_WARNING_SHARE of their ceiling called off; soonest end first (then by id); one statement.
 */
export function findContractsNearEndOrCeiling(
  db: Kysely<Database>,
  range: { asOf: string; until: string },
  limit: number,
): Promise<FrameworkContractRow[]> {
  const asOf = sql<string>`cast(${range.asOf} as date)`;
  const until = sql<string>`cast(${range.until} as date)`;
  return db
    .selectFrom('framework_contract')
    .selectAll()
    .where((eb) =>
      eb.or([
        eb.and([eb('ends_on', '>=', asOf), eb('ends_on', '<=', until)]),
        eb.and([
          eb('starts_on', '<=', asOf),
          eb('ends_on', '>=', asOf),
          eb('called_off_eur', '>=', sql<number>`ceiling_eur * ${CEILING_WARNING_SHARE}`),
        ]),
      ]),
    )
    .orderBy('ends_on')
    .orderBy('id')
    .limit(limit)
    .execute();
}
