import { addDays, SampleRandom, sampleProjectIds } from '@kaz/reference-data';
import type { Insertable } from 'kysely';
import type { CertificateTable } from '../src/db/certificate.ts';
import type { FrameworkContractEligibilityTable, FrameworkContractTable } from '../src/db/framework-contract.ts';
import type { LicenceAllocationTable, LicenceTable } from '../src/db/licence.ts';
import type { ProcurementParticipantTable, ProcurementProcedureTable } from '../src/db/procurement-procedure.ts';
import { CONTRACTS, PROCEDURES, PROCESSED_BY_VENDOR, PRODUCTS } from './catalogue.ts';
import { certificateRows } from './certificates.ts';
import { administrations, type SampleKommune, sampleKommunen } from './kommunen.ts';

/**
 * The day the sample data describes ("today" for the sample): certificates expire from 60 days
 * before it to two years after it, licences not yet valid on it have no allocations yet.
 */
export const SAMPLE_REFERENCE_DATE = '2026-11-26';

/** All sample rows of the contracts subgraph, in an order in which they can be written. */
export interface SampleRows {
  procedures: Insertable<ProcurementProcedureTable>[];
  participants: Insertable<ProcurementParticipantTable>[];
  contracts: Insertable<FrameworkContractTable>[];
  eligibility: Insertable<FrameworkContractEligibilityTable>[];
  licences: Insertable<LicenceTable>[];
  allocations: Insertable<LicenceAllocationTable>[];
  certificates: Insertable<CertificateTable>[];
}

function projectFor(random: SampleRandom, procedureId: string): string {
  // A project of the same year or the year before, within the sample years 2021–2025.
  const year = Math.min(2025, Math.max(2021, Number(procedureId.slice(3, 7))));
  const years = new Set([String(year), String(Math.max(2021, year - 1))]);
  return random.pick(sampleProjectIds().filter((id) => years.has(id.slice(4, 8))));
}

function arsOf(kommunen: readonly SampleKommune[]): string[] {
  return kommunen.map((k) => k.ars);
}

/**
 * Builds every sample row from the catalogue with fixed seeds, so the same rows come out on every
 * run. Every ARS is a real Kommune, every project id one of `sampleProjectIds()`, and the allocations
 * of a licence never add up to more than its seats.
 */
export function sampleRows(): SampleRows {
  const kommunen = sampleKommunen();
  const verwaltungen = arsOf(administrations(kommunen));
  const random = new SampleRandom(20261126);

  const participantsOf = new Map<string, string[]>();
  const eligibleOf = new Map<string, string[]>();
  // Procedures that are not call-offs choose their participants first; contracts and call-offs build on them.
  for (const spec of PROCEDURES) {
    if (!spec.callOffFrom) participantsOf.set(spec.id, random.sample(verwaltungen, spec.participants));
  }
  for (const spec of CONTRACTS) {
    const base = spec.procurement ? (participantsOf.get(spec.procurement) ?? []) : [];
    const extra =
      spec.extraEligible === 'all'
        ? verwaltungen
        : random.sample(
            verwaltungen.filter((ars) => !base.includes(ars)),
            spec.extraEligible,
          );
    eligibleOf.set(spec.id, [...new Set([...base, ...extra])].sort());
  }
  for (const spec of PROCEDURES) {
    if (spec.callOffFrom)
      participantsOf.set(spec.id, random.sample(eligibleOf.get(spec.callOffFrom) ?? [], spec.participants));
  }

  const procedures = PROCEDURES.map(
    (spec): Insertable<ProcurementProcedureTable> => ({
      id: spec.id,
      title: spec.title,
      procedure_type: spec.type,
      status: spec.status,
      published_on: spec.publishedOn,
      awarded_on: spec.awardedOn,
      estimated_value_eur: spec.valueEur,
      project_id: spec.forProject ? projectFor(random, spec.id) : null,
      call_off_contract_id: spec.callOffFrom ?? null,
      is_sample: true,
    }),
  );
  const participants = PROCEDURES.flatMap((spec) =>
    (participantsOf.get(spec.id) ?? []).map((ars) => ({ procedure_id: spec.id, ars })),
  );

  const contracts = CONTRACTS.map(
    (spec): Insertable<FrameworkContractTable> => ({
      id: spec.id,
      title: spec.title,
      vendor: spec.vendor,
      starts_on: spec.startsOn,
      ends_on: spec.endsOn,
      ceiling_eur: spec.ceilingEur,
      called_off_eur: Math.round(spec.ceilingEur * spec.calledOffShare * 100) / 100,
      procurement_id: spec.procurement,
      is_sample: true,
    }),
  );
  const eligibility = CONTRACTS.flatMap((spec) =>
    (eligibleOf.get(spec.id) ?? []).map((ars) => ({ contract_id: spec.id, ars })),
  );

  const licences: Insertable<LicenceTable>[] = [];
  const allocations: Insertable<LicenceAllocationTable>[] = [];
  for (const product of PRODUCTS) {
    const contract = CONTRACTS.find((spec) => spec.id === product.contract);
    for (let n = 0; n < product.licences; n++) {
      const id = `LIZ-${String(licences.length + 1).padStart(4, '0')}`;
      const seats = random.int(product.seats[0], product.seats[1]);
      const validFrom = contract
        ? random.date(contract.startsOn, addDays(contract.startsOn, 180))
        : random.date('2022-01-01', '2026-06-30');
      const validTo = contract ? contract.endsOn : addDays(validFrom, 3 * 365 - 1);
      licences.push({
        id,
        product: product.product,
        vendor: product.vendor,
        seats,
        valid_from: validFrom,
        valid_to: validTo,
        annual_cost_eur: seats * product.seatCostEur,
        contract_id: product.contract,
        processes_personal_data: PROCESSED_BY_VENDOR.has(product.product),
        processor_agreement_on: PROCESSED_BY_VENDOR.get(product.product)?.agreementSigned ? validFrom : null,
        is_sample: true,
      });
      // Licences whose term has not begun on the reference date are not allocated yet.
      if (validFrom > SAMPLE_REFERENCE_DATE) continue;
      const pool = contract ? (eligibleOf.get(contract.id) ?? []) : verwaltungen;
      const holders = random.sample(pool, Math.min(pool.length, random.int(3, 25), Math.floor(seats / 4)));
      // Hand out between 60 % and all of the seats, at least one per Kommune; the last Kommune gets the rest.
      let left = Math.max(holders.length, Math.floor(seats * (0.6 + random.next() * 0.4)));
      const lastDay = validTo < SAMPLE_REFERENCE_DATE ? validTo : SAMPLE_REFERENCE_DATE;
      holders.forEach((ars, index) => {
        const remaining = holders.length - index - 1;
        const share =
          remaining === 0 ? left : random.int(1, Math.max(1, Math.floor((left - remaining) / (remaining + 1)) * 2));
        const given = Math.min(share, left - remaining);
        left -= given;
        allocations.push({
          licence_id: id,
          ars,
          seats: given,
          since: random.date(validFrom, lastDay),
          is_sample: true,
        });
      });
    }
  }

  return {
    procedures,
    participants,
    contracts,
    eligibility,
    licences,
    allocations,
    certificates: certificateRows(kommunen, SAMPLE_REFERENCE_DATE),
  };
}
