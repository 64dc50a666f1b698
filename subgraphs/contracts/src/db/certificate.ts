import { type Page, selectPage, selectPagesPerParent } from '@kaz/subgraph-kit';
import { type Insertable, type Kysely, type Selectable, sql } from 'kysely';
import type { Database, Versioned } from './database.ts';

/** The kinds of certificate, as stored and as exposed in the schema. */
export const CERTIFICATE_KINDS = ['TLS_SERVER', 'VPN_GATEWAY', 'SMIME', 'CODE_SIGNING', 'ELECTRONIC_SEAL'] as const;
export type CertificateKind = (typeof CERTIFICATE_KINDS)[number];

export interface CertificateTable extends Versioned {
  id: string;
  common_name: string;
  kind: CertificateKind;
  issuer: string;
  holder_ars: string | null;
  serial_number: string;
  valid_from: string;
  valid_to: string;
  is_sample: boolean;
}

export type CertificateRow = Selectable<CertificateTable>;

/** Certificates by id; missing ids are simply absent. */
export function findCertificatesById(db: Kysely<Database>, ids: readonly string[]) {
  return db.selectFrom('certificate').selectAll().where('id', 'in', ids).execute();
}

/**
 * One page of the certificates each Kommune in `ars` holds, soonest expiry first (then by id), in
 * one statement; each row carries its `parent` ARS, `position` and `total_count`.
 */
export function pageCertificatesOfHolders(db: Kysely<Database>, ars: readonly string[], page: Page) {
  return selectPagesPerParent(
    db,
    db.selectFrom('certificate').selectAll(),
    { parent: 'holder_ars', parents: ars, orderBy: sql`valid_to, id` },
    page,
  );
}

/** A filter on the list of certificates: the range `validTo` must fall in (both ends inclusive). */
export interface CertificateFilter {
  validToFrom?: string | null | undefined;
  validToUntil?: string | null | undefined;
}

function filtered(db: Kysely<Database>, filter: CertificateFilter) {
  let query = db.selectFrom('certificate');
  if (filter.validToFrom) query = query.where('valid_to', '>=', sql<string>`cast(${filter.validToFrom} as date)`);
  if (filter.validToUntil) query = query.where('valid_to', '<=', sql<string>`cast(${filter.validToUntil} as date)`);
  return query;
}

/** One page of certificates matching the filter, soonest expiry first (then by id), and the number of all that match. */
export function listCertificates(db: Kysely<Database>, filter: CertificateFilter, page: Page) {
  return selectPage(filtered(db, filter), page, (query) => query.selectAll().orderBy('valid_to').orderBy('id'));
}

/** The certificate, locked against other writers until the transaction ends; undefined when there is none. */
export function lockCertificate(db: Kysely<Database>, id: string) {
  return db.selectFrom('certificate').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

/** The number of the certificate with this serial number; undefined when no certificate has it. */
export async function findCertificateIdBySerial(db: Kysely<Database>, serialNumber: string) {
  const row = await db
    .selectFrom('certificate')
    .select('id')
    .where('serial_number', '=', serialNumber)
    .executeTakeFirst();
  return row?.id;
}

/** Writes a new certificate; returns the stored row. */
export function insertCertificate(db: Kysely<Database>, row: Insertable<CertificateTable>): Promise<CertificateRow> {
  return db.insertInto('certificate').values(row).returningAll().executeTakeFirstOrThrow();
}

/** Gives the certificate a new end of validity and serial number, counts its version up; returns the new row. */
export function renewCertificateRow(
  db: Kysely<Database>,
  id: string,
  renewal: { valid_to: string; serial_number: string },
): Promise<CertificateRow> {
  return db
    .updateTable('certificate')
    .set({ ...renewal, version: sql<number>`version + 1`, updated_at: sql<Date>`now()` })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}
