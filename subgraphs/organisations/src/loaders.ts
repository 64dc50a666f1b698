import { keyLoader, listLoader, pageLoader } from '@kaz/subgraph-kit';
import type { Kysely } from 'kysely';
import { findCommitteesById } from './db/committee.ts';
import { findMembershipsOfCommittees, findMembershipsOfOrganisations } from './db/committee-membership.ts';
import type { Database } from './db/database.ts';
import { findDecisionsById, pageDecisionsOfCommittees } from './db/decision.ts';
import { findDikomMembershipsOf } from './db/dikom-membership.ts';
import { findExternalBodiesById } from './db/external-body.ts';
import { findContactsOf } from './db/municipality-contact.ts';
import { findChildrenOf, findOrganisationsById } from './db/organisation.ts';
import { findRecommendationsById, pageApplicationsOfRecommendations } from './db/recommendation.ts';
import { findResponsibilitiesOf } from './db/responsibility.ts';
import { findItemsOfWorkProgrammes, findWorkProgrammesByYear } from './db/work-programme.ts';

/** One DataLoader per key of the organisations subgraph; create them per request. */
export function createLoaders(db: Kysely<Database>) {
  return {
    organisationById: keyLoader(
      (ids: readonly string[]) => findOrganisationsById(db, ids),
      (row) => row.id,
    ),
    childrenOf: listLoader(
      (ids: readonly string[]) => findChildrenOf(db, ids),
      (row) => row.parent_id ?? '',
    ),
    responsibilitiesOf: listLoader(
      (ids: readonly string[]) => findResponsibilitiesOf(db, ids),
      (row) => row.organisation_id,
    ),
    committeeById: keyLoader(
      (ids: readonly string[]) => findCommitteesById(db, ids),
      (row) => row.id,
    ),
    membershipsOfCommittee: listLoader(
      (ids: readonly string[]) => findMembershipsOfCommittees(db, ids),
      (row) => row.committee_id,
    ),
    membershipsOfOrganisation: listLoader(
      (ids: readonly string[]) => findMembershipsOfOrganisations(db, ids),
      (row) => row.organisation_id,
    ),
    decisionById: keyLoader(
      (ids: readonly string[]) => findDecisionsById(db, ids),
      (row) => row.id,
    ),
    decisionsOfCommittee: pageLoader(
      (ids: readonly string[], page) => pageDecisionsOfCommittees(db, ids, page),
      (row) => row.parent,
    ),
    externalBodyById: keyLoader(
      (ids: readonly string[]) => findExternalBodiesById(db, ids),
      (row) => row.id,
    ),
    dikomMembershipsOf: listLoader(
      (ars: readonly string[]) => findDikomMembershipsOf(db, ars),
      (row) => row.ars,
    ),
    // Umsetzungskonzept: Arbeitsprogramm (§4.1), standardisation recommendations (§3), contacts by role.
    workProgrammeByYear: keyLoader(
      (years: readonly number[]) => findWorkProgrammesByYear(db, years),
      (row) => row.year,
    ),
    itemsOfWorkProgramme: listLoader(
      (ids: readonly string[]) => findItemsOfWorkProgrammes(db, ids),
      (row) => row.work_programme_id,
    ),
    recommendationById: keyLoader(
      (ids: readonly string[]) => findRecommendationsById(db, ids),
      (row) => row.id,
    ),
    applicationsOfRecommendation: pageLoader(
      (ids: readonly string[], page) => pageApplicationsOfRecommendations(db, ids, page),
      (row) => row.parent,
    ),
    contactsOf: listLoader(
      (ars: readonly string[]) => findContactsOf(db, ars),
      (row) => row.ars,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
