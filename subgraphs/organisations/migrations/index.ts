import { auditMigrations } from '@kaz/db';
import type { Migration } from 'kysely';
import * as createOrganisation from './2026_11_26_120000_create_organisation.ts';
import * as createCommittee from './2026_11_26_120100_create_committee.ts';
import * as createDikomMembership from './2026_11_26_120200_create_dikom_membership.ts';
import * as dikomMembershipPeriods from './2026_11_26_180000_dikom_membership_periods.ts';
import * as decisionPrefixAndWithdrawal from './2026_12_02_140000_decision_prefix_and_withdrawal.ts';
import * as realDecisionsAndItPlanningCouncil from './2026_12_03_100000_real_decisions_and_it_planning_council.ts';
import * as externalBodies from './2026_12_03_100100_external_bodies.ts';
import * as dikomMembersAreGemeinden from './2026_12_03_100200_dikom_members_are_gemeinden.ts';
import * as createWorkProgramme from './2026_12_03_110000_create_work_programme.ts';
import * as createRecommendation from './2026_12_03_110100_create_recommendation.ts';
import * as createMunicipalityContact from './2026_12_03_110200_create_municipality_contact.ts';

/** The migrations of the organisations subgraph, by name; names sort in the order they run. */
export const migrations: Record<string, Migration> = {
  '2026_11_26_120000_create_organisation': createOrganisation,
  '2026_11_26_120100_create_committee': createCommittee,
  '2026_11_26_120200_create_dikom_membership': createDikomMembership,
  // The shared append-only audit log (2026_11_26_170000_create_audit_log).
  ...auditMigrations,
  '2026_11_26_180000_dikom_membership_periods': dikomMembershipPeriods,
  '2026_12_02_140000_decision_prefix_and_withdrawal': decisionPrefixAndWithdrawal,
  '2026_12_03_100000_real_decisions_and_it_planning_council': realDecisionsAndItPlanningCouncil,
  '2026_12_03_100100_external_bodies': externalBodies,
  '2026_12_03_100200_dikom_members_are_gemeinden': dikomMembersAreGemeinden,
  '2026_12_03_110000_create_work_programme': createWorkProgramme,
  '2026_12_03_110100_create_recommendation': createRecommendation,
  '2026_12_03_110200_create_municipality_contact': createMunicipalityContact,
};
