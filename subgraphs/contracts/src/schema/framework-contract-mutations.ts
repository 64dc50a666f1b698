import {
  answerViolations,
  badUserInput,
  notBefore,
  parseDate,
  parseKey,
  parseKommuneArsList,
  parseMoney,
  parseText,
  runMutation,
} from '@kaz/subgraph-kit';
import { builder } from '../builder.ts';
import {
  contractSnapshot,
  findContractsById,
  findContractsByProcurement,
  insertContract,
} from '../db/framework-contract.ts';
import { findProceduresById } from '../db/procurement-procedure.ts';
import { CONTRACT_ID, MAX_TEXT, PROCEDURE_ID } from '../validation.ts';
import { FrameworkContractRef } from './refs.ts';

const CreateFrameworkContractInput = builder.inputType('CreateFrameworkContractInput', {
  description: 'A new Rahmenvertrag (framework contract); nothing has been called off from it yet.',
  fields: (t) => ({
    id: t.id({
      required: true,
      description: 'Contract number of the new contract, "RV-<year>-<nnn>", e.g. "RV-2027-001"; must not exist yet.',
    }),
    title: t.string({ required: true, description: 'Subject of the contract (Vertragsgegenstand), 1–300 characters.' }),
    vendor: t.string({ required: true, description: 'Auftragnehmer: the contracted vendor, 1–300 characters.' }),
    startsOn: t.string({ required: true, description: 'First day of the term (Laufzeitbeginn), YYYY-MM-DD.' }),
    endsOn: t.string({
      required: true,
      description: 'Last day of the term (Laufzeitende), YYYY-MM-DD; not before startsOn.',
    }),
    ceilingEur: t.float({
      required: true,
      description:
        'Höchstwert: the most that may be called off over the term, in euros net of VAT; 0 or more, whole cents.',
    }),
    eligibleMunicipalityArs: t.idList({
      required: true,
      description:
        'ARS of the Kommunen that may call off (Abrufberechtigte): at least one, each a real Kommune, none twice.',
    }),
    procurementId: t.id({
      description:
        'The AWARDED Vergabeverfahren (not a call-off) in which the contract was awarded and which has no contract yet; ' +
        'null for a contract taken over from elsewhere.',
    }),
  }),
});

builder.mutationField('createFrameworkContract', (t) =>
  t.field({
    type: FrameworkContractRef,
    description: 'Records a Rahmenvertrag. Needs the scope contracts:write.',
    args: { input: t.arg({ type: CreateFrameworkContractInput, required: true, description: 'The new contract.' }) },
    resolve: (_root, { input }, ctx, info) =>
      runMutation(ctx, info, 'contracts:write', async () => {
        const id = parseKey('input.id', input.id, CONTRACT_ID, 'RV-2027-001');
        const title = parseText('input.title', input.title, MAX_TEXT);
        const vendor = parseText('input.vendor', input.vendor, MAX_TEXT);
        const startsOn = parseDate('input.startsOn', input.startsOn);
        const endsOn = parseDate('input.endsOn', input.endsOn);
        notBefore('input.endsOn', endsOn, startsOn, 'startsOn');
        const ceiling = parseMoney('input.ceilingEur', input.ceilingEur);
        const eligible = parseKommuneArsList('input.eligibleMunicipalityArs', input.eligibleMunicipalityArs);
        const procurementId =
          input.procurementId == null
            ? null
            : parseKey('input.procurementId', input.procurementId, PROCEDURE_ID, 'VG-2023-004');
        return {
          entityType: 'FrameworkContract',
          entityId: id,
          work: async (trx) => {
            if ((await findContractsById(trx, [id])).length > 0) throw badUserInput('input.id', `${id} already exists`);
            if (procurementId != null) await checkProcurement(trx, procurementId);
            const row = await insertContract(
              trx,
              {
                id,
                title,
                vendor,
                starts_on: startsOn,
                ends_on: endsOn,
                ceiling_eur: ceiling,
                called_off_eur: 0,
                procurement_id: procurementId,
                is_sample: false,
              },
              eligible,
            );
            return { before: null, after: await contractSnapshot(trx, row), result: row };
          },
          // Two writers with the same new number, or for the same procedure, at the same time.
          mapError: answerViolations({
            framework_contract_pkey: () => badUserInput('input.id', `${id} already exists`),
            framework_contract_procurement_id_key: () =>
              badUserInput('input.procurementId', `${procurementId} already has a contract`),
          }),
        };
      }),
  }),
);

/** Throws BAD_USER_INPUT on `input.procurementId` unless the procedure exists, is AWARDED, no call-off and has no contract yet. */
async function checkProcurement(db: Parameters<typeof findProceduresById>[0], procurementId: string): Promise<void> {
  const [procedure] = await findProceduresById(db, [procurementId]);
  if (!procedure) throw badUserInput('input.procurementId', `there is no Vergabeverfahren ${procurementId}`);
  if (procedure.procedure_type === 'FRAMEWORK_CALL_OFF') {
    throw badUserInput('input.procurementId', `${procurementId} is a call-off; it draws on a contract and awards none`);
  }
  if (procedure.status !== 'AWARDED') {
    throw badUserInput('input.procurementId', `${procurementId} is ${procedure.status}; a contract follows the award`);
  }
  const [existing] = await findContractsByProcurement(db, [procurementId]);
  if (existing) throw badUserInput('input.procurementId', `${procurementId} already has the contract ${existing.id}`);
}
