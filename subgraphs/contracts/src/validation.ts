import { badUserInput, notBefore, parseDate, parseKey } from '@kaz/subgraph-kit';
import type { ProcedureType, ProcurementStatus } from './db/procurement-procedure.ts';

// The keys, numbers and the procurement lifecycle particular to the contracts subgraph; every other input (text, dates, ARS,
// money, versions) is checked by the kit's parse* functions.

/** Vergabenummer: "VG-<year>-<nnn>". */
export const PROCEDURE_ID = /^VG-\d{4}-\d{3}$/;
/** Rahmenvertrag number: "RV-<year>-<nnn>". */
export const CONTRACT_ID = /^RV-\d{4}-\d{3}$/;
/** Licence number: "LIZ-<nnnn>". */
export const LICENCE_ID = /^LIZ-\d{4}$/;
/** Certificate number in the Kaz inventory: "CERT-<nnnn>". */
export const CERTIFICATE_ID = /^CERT-\d{4}$/;
/** Project key of the projects subgraph: "KAZ-<year>-<nn>". */
export const PROJECT_ID = /^KAZ-\d{4}-\d{2}$/;
/** X.509 serial number as the CA writes it: 2 to 20 upper-case hex bytes joined by ":". */
export const SERIAL_NUMBER = /^[0-9A-F]{2}(:[0-9A-F]{2}){1,19}$/;

/** The longest title, name or vendor accepted. */
export const MAX_TEXT = 300;

/**
 * The most seats one licence may have. The seat totals over all licences (`licenceTotals`, an Int of
 * 32 bits) then hold for more than 2,000 licences; without a bound one licence of 2,147,483,647 seats
 * made every total fail.
 */
export const MAX_SEATS = 1_000_000;

/** A licence number, "LIZ-<nnnn>"; BAD_USER_INPUT naming `field` otherwise. */
export function parseLicenceId(field: string, value: string): string {
  return parseKey(field, value, LICENCE_ID, 'LIZ-0041');
}

/** A Rahmenvertrag number, "RV-<year>-<nnn>"; BAD_USER_INPUT naming `field` otherwise. */
export function parseContractId(field: string, value: string): string {
  return parseKey(field, value, CONTRACT_ID, 'RV-2023-001');
}

/** A licence term: two real days (YYYY-MM-DD), the last not before the first. */
export function parseLicenceTerm(
  fields: { validFrom: string; validTo: string },
  from: string,
  to: string,
): { validFrom: string; validTo: string } {
  const validFrom = parseDate(fields.validFrom, from);
  const validTo = parseDate(fields.validTo, to);
  notBefore(fields.validTo, validTo, validFrom, 'validFrom');
  return { validFrom, validTo };
}

/** `id` when it is in `known` (the Rahmenverträge of the database); BAD_USER_INPUT naming `field` otherwise. */
export function parseKnownContract(field: string, id: string, known: ReadonlySet<string>): string {
  if (!known.has(id)) throw badUserInput(field, `there is no Rahmenvertrag ${id}`);
  return id;
}

/**
 * `seats` when they cover the `allocated` seats of the licence (licence seats are never fewer than
 * those given to Kommunen); BAD_USER_INPUT naming `field` otherwise.
 */
export function parseSeatsCoveringAllocations(field: string, seats: number, allocated: number): number {
  if (seats < allocated) {
    throw badUserInput(
      field,
      `${allocated} seats are allocated to Kommunen; the licence cannot have fewer (got ${seats})`,
    );
  }
  return seats;
}

/** A whole number of seats from `min` to MAX_SEATS; BAD_USER_INPUT naming `field` otherwise. */
export function parseSeats(field: string, value: number, min: number): number {
  if (!Number.isInteger(value) || value < min || value > MAX_SEATS) {
    throw badUserInput(field, `must be from ${min} to ${MAX_SEATS}; got ${value}`);
  }
  return value;
}

/** The lifecycle of a Vergabeverfahren: where each status may move to. AWARDED and CANCELLED are final. */
export const PROCUREMENT_TRANSITIONS: Record<ProcurementStatus, readonly ProcurementStatus[]> = {
  PLANNED: ['PUBLISHED', 'CANCELLED'],
  PUBLISHED: ['EVALUATION', 'CANCELLED'],
  EVALUATION: ['AWARDED', 'CANCELLED'],
  AWARDED: [],
  CANCELLED: [],
};

/**
 * The lifecycle of an Inhouse-Vergabe (§ 108 GWB): no Bekanntmachung and no bids to evaluate, so it
 * moves from PLANNED straight to AWARDED (or CANCELLED).
 */
export const IN_HOUSE_TRANSITIONS: Record<ProcurementStatus, readonly ProcurementStatus[]> = {
  PLANNED: ['AWARDED', 'CANCELLED'],
  PUBLISHED: [],
  EVALUATION: [],
  AWARDED: [],
  CANCELLED: [],
};

/** True for the kinds of procedure that have a Bekanntmachung (all but the in-house award). */
export function isPublishedProcedure(type: ProcedureType): boolean {
  return type !== 'IN_HOUSE_AWARD';
}

/**
 * The status a Vergabeverfahren of kind `type` in status `from` moves to: `to` when it is `from`
 * itself or one of PROCUREMENT_TRANSITIONS (IN_HOUSE_TRANSITIONS for an in-house award);
 * BAD_USER_INPUT naming `field` and the allowed moves otherwise.
 */
export function parseProcedureStatusMove(
  field: string,
  from: ProcurementStatus,
  to: ProcurementStatus,
  type: ProcedureType = 'OPEN_PROCEDURE',
): ProcurementStatus {
  const transitions = isPublishedProcedure(type) ? PROCUREMENT_TRANSITIONS : IN_HOUSE_TRANSITIONS;
  if (to === from || transitions[from].includes(to)) return to;
  const allowed = transitions[from];
  throw badUserInput(
    field,
    `a ${from} ${isPublishedProcedure(type) ? 'procedure' : 'in-house award (no Bekanntmachung)'} cannot move to ${to}` +
      (allowed.length ? `; it may move to ${allowed.join(' or ')}` : '; that status is final'),
  );
}
