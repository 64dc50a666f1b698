import {
  answerViolations,
  badUserInput,
  clientError,
  expectVersion,
  parseKey,
  parseKommuneArs,
  parseMoney,
  parseText,
  runMutation,
  todayBy,
  versionInputField,
} from '@kaz/subgraph-kit';
import { builder } from '../builder.ts';
import { findContractsById } from '../db/framework-contract.ts';
import {
  allocatedSeatsOf,
  deleteAllocation,
  findLicencesById,
  insertAllocation,
  insertLicence,
  lockAllocation,
  lockLicence,
  wasReleased,
} from '../db/licence.ts';
import {
  LICENCE_ID,
  MAX_TEXT,
  parseContractId,
  parseKnownContract,
  parseLicenceId,
  parseLicenceTerm,
  parseSeats,
} from '../validation.ts';
import { allocationKey } from './licence-allocation.ts';
import { LicenceAllocationRef, LicenceRef } from './refs.ts';

const CreateLicenceInput = builder.inputType('CreateLicenceInput', {
  description: 'A new software licence (Lizenz) with its seats; no seat is allocated yet.',
  fields: (t) => ({
    id: t.id({
      required: true,
      description: 'Licence number of the new licence, "LIZ-<nnnn>", e.g. "LIZ-0041"; must not exist yet.',
    }),
    product: t.string({ required: true, description: 'The licensed product, 1–300 characters.' }),
    vendor: t.string({ required: true, description: 'Hersteller or licensor of the product, 1–300 characters.' }),
    seats: t.int({
      required: true,
      description: 'Number of seats (users or devices) the licence covers; 0 to 1,000,000.',
    }),
    validFrom: t.string({ required: true, description: 'First day of the licence term, YYYY-MM-DD.' }),
    validTo: t.string({
      required: true,
      description: 'Last day of the licence term, YYYY-MM-DD; not before validFrom.',
    }),
    annualCostEur: t.float({
      required: true,
      description: 'Cost per year in euros net of VAT (licence fee and maintenance); 0 or more, whole cents.',
    }),
    contractId: t.id({ description: 'Number of the Rahmenvertrag the licence was bought under; null when none.' }),
  }),
});

const AllocateLicenceInput = builder.inputType('AllocateLicenceInput', {
  description: 'Seats of a licence for a Kommune that has none of that licence yet.',
  fields: (t) => ({
    licenceId: t.id({ required: true, description: 'Licence number, e.g. "LIZ-0001".' }),
    municipalityArs: t.id({ required: true, description: 'ARS of the Kommune that gets the seats (a real Kommune).' }),
    seats: t.int({
      required: true,
      description: 'Number of seats to give, 1 or more and at most the free seats of the licence.',
    }),
  }),
});

const ReleaseLicenceAllocationInput = builder.inputType('ReleaseLicenceAllocationInput', {
  description: 'Which allocation to give back, with the version last seen of it.',
  fields: (t) => ({
    licenceId: t.id({ required: true, description: 'Licence number, e.g. "LIZ-0001".' }),
    municipalityArs: t.id({ required: true, description: 'ARS of the Kommune whose seats are released.' }),
    version: versionInputField(t, 'allocation'),
  }),
});

builder.mutationField('createLicence', (t) =>
  t.field({
    type: LicenceRef,
    description: 'Records a licence the Kaz bought. Needs the scope contracts:write.',
    args: { input: t.arg({ type: CreateLicenceInput, required: true, description: 'The new licence.' }) },
    resolve: (_root, { input }, ctx, info) =>
      runMutation(ctx, info, 'contracts:write', async () => {
        const id = parseLicenceId('input.id', input.id);
        const product = parseText('input.product', input.product, MAX_TEXT);
        const vendor = parseText('input.vendor', input.vendor, MAX_TEXT);
        const seats = parseSeats('input.seats', input.seats, 0);
        const { validFrom, validTo } = parseLicenceTerm(
          { validFrom: 'input.validFrom', validTo: 'input.validTo' },
          input.validFrom,
          input.validTo,
        );
        const annualCost = parseMoney('input.annualCostEur', input.annualCostEur);
        const contractId = input.contractId == null ? null : parseContractId('input.contractId', input.contractId);
        return {
          entityType: 'Licence',
          entityId: id,
          work: async (trx) => {
            if ((await findLicencesById(trx, [id])).length > 0) throw badUserInput('input.id', `${id} already exists`);
            if (contractId != null) {
              const known = new Set((await findContractsById(trx, [contractId])).map((contract) => contract.id));
              parseKnownContract('input.contractId', contractId, known);
            }
            const row = await insertLicence(trx, {
              id,
              product,
              vendor,
              seats,
              valid_from: validFrom,
              valid_to: validTo,
              annual_cost_eur: annualCost,
              contract_id: contractId,
              is_sample: false,
            });
            return { before: null, after: row, result: row };
          },
          mapError: answerViolations({ licence_pkey: () => badUserInput('input.id', `${id} already exists`) }),
        };
      }),
  }),
);

builder.mutationField('allocateLicence', (t) =>
  t.field({
    type: LicenceAllocationRef,
    description:
      'Gives a Kommune seats of a licence, from today (or from the start of the licence term when that is later). ' +
      'Never more than the free seats, also when many allocate at once: BAD_USER_INPUT on input.seats says how many ' +
      'are free. CONFLICT when the Kommune already has seats of that licence. Needs the scope contracts:write. ' +
      'The audit log keys an allocation by its id, "<licence number>/<ARS>".',
    args: {
      input: t.arg({
        type: AllocateLicenceInput,
        required: true,
        description: 'The licence, the Kommune and the seats.',
      }),
    },
    resolve: (_root, { input }, ctx, info) =>
      runMutation(ctx, info, 'contracts:write', async () => {
        const licenceId = parseKey('input.licenceId', input.licenceId, LICENCE_ID, 'LIZ-0001');
        const ars = parseKommuneArs('input.municipalityArs', input.municipalityArs);
        const seats = parseSeats('input.seats', input.seats, 1);
        return {
          entityType: 'LicenceAllocation',
          entityId: allocationKey(licenceId, ars),
          work: async (trx) => {
            // The licence row lock queues concurrent allocations of one licence, so each sums what the ones
            // before it committed; the deferred constraint trigger stays as the last line of defence.
            const licence = await lockLicence(trx, licenceId);
            if (!licence) throw badUserInput('input.licenceId', `there is no licence ${licenceId}`);
            const existing = await lockAllocation(trx, licenceId, ars);
            if (existing) {
              throw clientError(
                'CONFLICT',
                `${ars} already has ${existing.seats} seats of ${licenceId}; release them before allocating anew`,
                { currentVersion: existing.version },
              );
            }
            const free = licence.seats - (await allocatedSeatsOf(trx, licenceId));
            if (seats > free) {
              throw clientError(
                'BAD_USER_INPUT',
                `input.seats: only ${free} of the ${licence.seats} seats of ${licenceId} are free; you asked for ${seats}`,
                { field: 'input.seats', freeSeats: free },
              );
            }
            const today = todayBy(ctx.clock);
            // biome-ignore lint/complexity/useMathMinMax: YYYY-MM-DD strings compare as text; Math.max would give NaN.
            const since = licence.valid_from > today ? licence.valid_from : today;
            const row = await insertAllocation(trx, {
              licence_id: licenceId,
              ars,
              seats,
              since,
              is_sample: false,
            });
            return { before: null, after: row, result: row };
          },
        };
      }),
  }),
);

builder.mutationField('releaseLicenceAllocation', (t) =>
  t.field({
    type: LicenceRef,
    description:
      'Takes back the seats a Kommune has of a licence (deletes the allocation) and returns the licence. Needs the ' +
      'scope contracts:write; NOT_FOUND when there never was such an allocation, CONFLICT when `version` is stale ' +
      'or someone else released it since.',
    args: { input: t.arg({ type: ReleaseLicenceAllocationInput, required: true, description: 'The allocation.' }) },
    resolve: (_root, { input }, ctx, info) =>
      runMutation(ctx, info, 'contracts:write', async () => {
        const licenceId = parseKey('input.licenceId', input.licenceId, LICENCE_ID, 'LIZ-0001');
        const ars = parseKommuneArs('input.municipalityArs', input.municipalityArs);
        return {
          entityType: 'LicenceAllocation',
          entityId: allocationKey(licenceId, ars),
          work: async (trx) => {
            // Licence first, then allocation: the order allocateLicence takes its locks in.
            const licence = await lockLicence(trx, licenceId);
            const allocation = licence ? await lockAllocation(trx, licenceId, ars) : undefined;
            // A writer that lost the race against another release finds no row; the version it saw is stale.
            if (!allocation && (await wasReleased(trx, allocationKey(licenceId, ars)))) {
              throw clientError(
                'CONFLICT',
                `the allocation of ${licenceId} to ${ars} was released by someone else; reload the licence`,
              );
            }
            const current = expectVersion(allocation, input.version, `the allocation of ${licenceId} to ${ars}`);
            await deleteAllocation(trx, licenceId, ars);
            return { before: current, after: null, result: licence! };
          },
        };
      }),
  }),
);
