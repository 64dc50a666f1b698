import type { Migration } from 'kysely';
import * as createOrganisation from './2026_11_26_120000_create_organisation.ts';
import * as createCommittee from './2026_11_26_120100_create_committee.ts';
import * as createDikomMembership from './2026_11_26_120200_create_dikom_membership.ts';

/** The migrations of the organisations subgraph, by name; names sort in the order they run. */
export const migrations: Record<string, Migration> = {
  '2026_11_26_120000_create_organisation': createOrganisation,
  '2026_11_26_120100_create_committee': createCommittee,
  '2026_11_26_120200_create_dikom_membership': createDikomMembership,
};
