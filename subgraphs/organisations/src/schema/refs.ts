import { builder } from '../builder.ts';
import type { CommitteeRow } from '../db/committee.ts';
import type { CommitteeMembershipRow } from '../db/committee-membership.ts';
import type { DecisionRow } from '../db/decision.ts';
import type { DikomMembershipRow } from '../db/dikom-membership.ts';
import type { ExternalBodyRow } from '../db/external-body.ts';
import type { OrganisationRow } from '../db/organisation.ts';
import type { ResponsibilityRow } from '../db/responsibility.ts';

// The refs of the subgraph's own object types live apart from their implementations, because the
// types point at each other (Organisation ↔ CommitteeMembership ↔ Committee) and ES modules must
// not meet a ref before it exists.

/** The Organisation type, backed by an `organisation` row. */
export const OrganisationRef = builder.objectRef<OrganisationRow>('Organisation');
/** The Responsibility type, backed by a `responsibility` row. */
export const ResponsibilityRef = builder.objectRef<ResponsibilityRow>('Responsibility');
/** The Committee type, backed by a `committee` row. */
export const CommitteeRef = builder.objectRef<CommitteeRow>('Committee');
/** The CommitteeMembership type, backed by a `committee_membership` row. */
export const CommitteeMembershipRef = builder.objectRef<CommitteeMembershipRow>('CommitteeMembership');
/** The Decision type, backed by a `decision` row. */
export const DecisionRef = builder.objectRef<DecisionRow>('Decision');
/** The DikomMembership type, backed by a `dikom_membership` row. */
export const DikomMembershipRef = builder.objectRef<DikomMembershipRow>('DikomMembership');
/** The ExternalBody type, backed by an `external_body` row. */
export const ExternalBodyRef = builder.objectRef<ExternalBodyRow>('ExternalBody');
