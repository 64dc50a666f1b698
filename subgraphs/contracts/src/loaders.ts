import {
  type AdvisoryProduct,
  administeredExcept,
  administeredPrefix,
  keyLoader,
  listLoader,
  pageLoader,
} from '@kaz/subgraph-kit';
import DataLoader from 'dataloader';
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
  findKommunenRunning,
  findLicencesByContract,
  findLicencesById,
  findLicencesReachedBy,
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
import { findTemplatesById, findTemplateUses } from './db/procurement-template.ts';

type Keys = readonly string[];

/** An advisory of CERT-Brandenburg as the gateway passes it: its key and the products it names (`@requires`). */
export interface AdvisoryKey {
  id: string;
  affectedProducts: readonly AdvisoryProduct[];
}

/** A Kommune that runs products an advisory names, with those products. */
export interface AffectedKommune {
  ars: string;
  products: AdvisoryProduct[];
}

const productKey = (p: AdvisoryProduct) => `${p.vendor.toLowerCase()}\u0000${p.product.toLowerCase()}`;

/**
 * The Kommunen running a product of each advisory, keyed by the advisory's id: one statement for the
 * products of all advisories of a batch, split up per advisory here.
 */
function affectedKommunenLoader(db: Kysely<Database>) {
  return new DataLoader<AdvisoryKey, AffectedKommune[], string>(
    async (advisories) => {
      const rows = await findKommunenRunning(
        db,
        advisories.flatMap((a) => a.affectedProducts),
      );
      return advisories.map((advisory) => {
        const named = new Set(advisory.affectedProducts.map(productKey));
        const byArs = new Map<string, AffectedKommune>();
        for (const row of rows) {
          if (!named.has(productKey(row))) continue;
          const kommune = byArs.get(row.ars) ?? { ars: row.ars, products: [] };
          kommune.products.push({ vendor: row.vendor, product: row.product });
          byArs.set(row.ars, kommune);
        }
        return [...byArs.values()];
      });
    },
    { cacheKeyFn: (advisory) => advisory.id },
  );
}

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
    /**
     * Whether each licence has seats allocated to the principal's own Kommune or, for an Amt, to one
     * of its Gemeinden; null when it has none.
     */
    ownAllocationByLicence: keyLoader(
      async (ids: Keys) =>
        ownArs ? findLicencesReachedBy(db, ownArs, administeredPrefix(ownArs), administeredExcept(ownArs), ids) : [],
      (row) => row.licence_id,
    ),
    licencesOfMunicipality: pageLoader(
      (ars: Keys, page) => pageLicencesOfMunicipalities(db, ars, page),
      (row) => row.parent,
    ),

    affectedKommunenByAdvisory: affectedKommunenLoader(db),

    templateById: keyLoader(
      (ids: Keys) => findTemplatesById(db, ids),
      (row) => row.id,
    ),
    usesByTemplate: listLoader(
      (ids: Keys) => findTemplateUses(db, ids),
      (row) => row.template_id,
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
