import { keyLoader, listLoader, pageLoader } from '@kaz/subgraph-kit';
import type { Kysely } from 'kysely';
import type { Principal } from './access.ts';
import { findCertificatesById, pageCertificatesOfHolders } from './db/certificate.ts';
import type { Database } from './db/database.ts';
import {
  findContractsById,
  findContractsByProcurement,
  findEligibility,
  pageContractsOfMunicipalities,
} from './db/framework-contract.ts';
import {
  findAllocationsByLicence,
  findAllocationsOfKommune,
  findLicencesByContract,
  findLicencesById,
  pageLicencesOfMunicipalities,
  sumAllocatedSeats,
} from './db/licence.ts';
import {
  findParticipants,
  findProceduresByCallOffContract,
  findProceduresById,
  findProceduresByParticipant,
  findProceduresByProject,
} from './db/procurement-procedure.ts';

type Keys = readonly string[];

/**
 * One DataLoader per key of the contracts subgraph; create them per request, for the request's
 * principal (some loaders answer for the principal's own Kommune).
 */
export function createLoaders(db: Kysely<Database>, principal: Principal | null) {
  // The ARS of a Kommune principal; other principals have no allocations of their own.
  const ownArs = principal?.kind === 'municipality' ? principal.org : null;
  return {
    procedureById: keyLoader(
      (ids: Keys) => findProceduresById(db, ids),
      (row) => row.id,
    ),
    proceduresByProject: listLoader(
      (ids: Keys) => findProceduresByProject(db, ids),
      (row) => row.project_id ?? '',
    ),
    proceduresByCallOffContract: listLoader(
      (ids: Keys) => findProceduresByCallOffContract(db, ids),
      (row) => row.call_off_contract_id ?? '',
    ),
    proceduresByParticipant: listLoader(
      (ars: Keys) => findProceduresByParticipant(db, ars),
      (row) => row.parent,
    ),
    participantsByProcedure: listLoader(
      (ids: Keys) => findParticipants(db, ids),
      (row) => row.procedure_id,
    ),

    contractById: keyLoader(
      (ids: Keys) => findContractsById(db, ids),
      (row) => row.id,
    ),
    contractByProcurement: keyLoader(
      (ids: Keys) => findContractsByProcurement(db, ids),
      (row) => row.procurement_id ?? '',
    ),
    eligibilityByContract: listLoader(
      (ids: Keys) => findEligibility(db, ids),
      (row) => row.contract_id,
    ),
    contractsOfMunicipality: pageLoader(
      (ars: Keys, page) => pageContractsOfMunicipalities(db, ars, page),
      (row) => row.parent,
    ),

    licenceById: keyLoader(
      (ids: Keys) => findLicencesById(db, ids),
      (row) => row.id,
    ),
    licencesByContract: listLoader(
      (ids: Keys) => findLicencesByContract(db, ids),
      (row) => row.contract_id ?? '',
    ),
    allocationsByLicence: listLoader(
      (ids: Keys) => findAllocationsByLicence(db, ids),
      (row) => row.licence_id,
    ),
    allocatedSeatsByLicence: keyLoader(
      (ids: Keys) => sumAllocatedSeats(db, ids),
      (row) => row.licence_id,
    ),
    /** The allocation of each licence to the principal's own Kommune; null when it has none. */
    ownAllocationByLicence: keyLoader(
      async (ids: Keys) => (ownArs ? findAllocationsOfKommune(db, ownArs, ids) : []),
      (row) => row.licence_id,
    ),
    licencesOfMunicipality: pageLoader(
      (ars: Keys, page) => pageLicencesOfMunicipalities(db, ars, page),
      (row) => row.parent,
    ),

    certificateById: keyLoader(
      (ids: Keys) => findCertificatesById(db, ids),
      (row) => row.id,
    ),
    certificatesOfHolder: pageLoader(
      (ars: Keys, page) => pageCertificatesOfHolders(db, ars, page),
      (row) => row.parent,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
