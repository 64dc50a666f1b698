import type { Generated, Insertable, Kysely, Selectable } from 'kysely';
import type { Database } from './database.ts';

/** A Kommune's link to the CERT network (CERT-Verbund) of CERT-Brandenburg. */
export interface CertNetworkMembershipTable {
  ars: string;
  member_since: string;
  is_sample: boolean;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export type MembershipRow = Selectable<CertNetworkMembershipTable>;
export type NewMembership = Insertable<CertNetworkMembershipTable>;

/** Memberships by ARS; Kommunen that are not members are simply absent. */
export function findMembershipsByArs(db: Kysely<Database>, arsList: readonly string[]) {
  return db.selectFrom('cert_network_membership').selectAll().where('ars', 'in', arsList).execute();
}
