import {
  answerViolations,
  badUserInput,
  expectVersion,
  parseDate,
  parseKey,
  parseKommuneArs,
  parseText,
  runMutation,
  versionInputField,
} from '@kaz/subgraph-kit';
import { builder } from '../builder.ts';
import {
  findCertificateIdBySerial,
  findCertificatesById,
  insertCertificate,
  lockCertificate,
  renewCertificateRow,
} from '../db/certificate.ts';
import { CERTIFICATE_ID, MAX_TEXT, SERIAL_NUMBER } from '../validation.ts';
import { CertificateKindEnum } from './certificate.ts';
import { CertificateRef } from './refs.ts';

const SERIAL_EXAMPLE = '4F:1A:07:C3:9B:22:E0:5D';

const CreateCertificateInput = builder.inputType('CreateCertificateInput', {
  description: 'A certificate (X.509) the Kaz manages, as its CA issued it.',
  fields: (t) => ({
    id: t.id({
      required: true,
      description: 'Number in the Kaz inventory, "CERT-<nnnn>", e.g. "CERT-0081"; must not exist yet.',
    }),
    commonName: t.string({ required: true, description: 'Common Name (CN) of the subject, 1–300 characters.' }),
    kind: t.field({ type: CertificateKindEnum, required: true, description: 'What the certificate is used for.' }),
    issuer: t.string({ required: true, description: 'The issuing certification authority (CA), 1–300 characters.' }),
    holderArs: t.id({ description: 'ARS of the Kommune that holds it (a real Kommune); null for the Kaz itself.' }),
    serialNumber: t.string({
      required: true,
      description: `Serial number as the CA issued it: 2 to 20 upper-case hex bytes joined by ":", e.g. "${SERIAL_EXAMPLE}"; no other certificate may have it.`,
    }),
    validFrom: t.string({ required: true, description: 'First day of validity (notBefore), YYYY-MM-DD.' }),
    validTo: t.string({
      required: true,
      description:
        'Last day of validity (notAfter), YYYY-MM-DD; after validFrom (a certificate is valid for more than a day).',
    }),
  }),
});

const RenewCertificateInput = builder.inputType('RenewCertificateInput', {
  description:
    'A renewal (Verlängerung): the CA issued the certificate again with a later end and a new serial number.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'Number of the certificate, e.g. "CERT-0001".' }),
    version: versionInputField(t, 'certificate'),
    validTo: t.string({
      required: true,
      description: 'The new last day of validity, YYYY-MM-DD; after the current one.',
    }),
    serialNumber: t.string({
      required: true,
      description:
        'The serial number of the renewed certificate, upper-case hex bytes joined by ":"; used by no certificate yet.',
    }),
  }),
});

builder.mutationField('createCertificate', (t) =>
  t.field({
    type: CertificateRef,
    description: 'Adds a certificate to the Kaz inventory. Needs the scope contracts:write.',
    args: { input: t.arg({ type: CreateCertificateInput, required: true, description: 'The new certificate.' }) },
    resolve: (_root, { input }, ctx, info) =>
      runMutation(ctx, info, 'contracts:write', async () => {
        const id = parseKey('input.id', input.id, CERTIFICATE_ID, 'CERT-0081');
        const commonName = parseText('input.commonName', input.commonName, MAX_TEXT);
        const issuer = parseText('input.issuer', input.issuer, MAX_TEXT);
        const holderArs = input.holderArs == null ? null : parseKommuneArs('input.holderArs', input.holderArs);
        const serialNumber = parseKey('input.serialNumber', input.serialNumber, SERIAL_NUMBER, SERIAL_EXAMPLE);
        const validFrom = parseDate('input.validFrom', input.validFrom);
        const validTo = parseDate('input.validTo', input.validTo);
        if (validTo <= validFrom)
          throw badUserInput('input.validTo', `must be after validFrom (${validFrom}); got ${validTo}`);
        return {
          entityType: 'Certificate',
          entityId: id,
          work: async (trx) => {
            if ((await findCertificatesById(trx, [id])).length > 0)
              throw badUserInput('input.id', `${id} already exists`);
            await checkSerialUnused(trx, serialNumber);
            const row = await insertCertificate(trx, {
              id,
              common_name: commonName,
              kind: input.kind,
              issuer,
              holder_ars: holderArs,
              serial_number: serialNumber,
              valid_from: validFrom,
              valid_to: validTo,
              is_sample: false,
            });
            return { before: null, after: row, result: row };
          },
          mapError: certificateCollisions(id, serialNumber),
        };
      }),
  }),
);

builder.mutationField('renewCertificate', (t) =>
  t.field({
    type: CertificateRef,
    description:
      'Records the renewal of a certificate: a later end of validity and the new serial number. Needs the scope ' +
      'contracts:write; NOT_FOUND for an unknown certificate, CONFLICT when `version` is stale.',
    args: { input: t.arg({ type: RenewCertificateInput, required: true, description: 'The renewal.' }) },
    resolve: (_root, { input }, ctx, info) =>
      runMutation(ctx, info, 'contracts:write', async () => {
        const id = parseKey('input.id', input.id, CERTIFICATE_ID, 'CERT-0001');
        const validTo = parseDate('input.validTo', input.validTo);
        const serialNumber = parseKey('input.serialNumber', input.serialNumber, SERIAL_NUMBER, SERIAL_EXAMPLE);
        return {
          entityType: 'Certificate',
          entityId: id,
          work: async (trx) => {
            const current = expectVersion(await lockCertificate(trx, id), input.version, `certificate ${id}`);
            if (validTo <= current.valid_to) {
              throw badUserInput(
                'input.validTo',
                `must be after the current end of validity (${current.valid_to}); got ${validTo}`,
              );
            }
            if (serialNumber === current.serial_number) {
              throw badUserInput('input.serialNumber', 'a renewed certificate has a new serial number');
            }
            await checkSerialUnused(trx, serialNumber);
            const row = await renewCertificateRow(trx, id, { valid_to: validTo, serial_number: serialNumber });
            return { before: current, after: row, result: row };
          },
          mapError: certificateCollisions(id, serialNumber),
        };
      }),
  }),
);

/** Throws BAD_USER_INPUT on `input.serialNumber` when a certificate already has that serial number. */
async function checkSerialUnused(db: Parameters<typeof findCertificateIdBySerial>[0], serialNumber: string) {
  const holder = await findCertificateIdBySerial(db, serialNumber);
  if (holder) throw badUserInput('input.serialNumber', `${serialNumber} is the serial number of ${holder}`);
}

/** Two writers with the same new number or serial number at once: the later one hits a unique index. */
function certificateCollisions(id: string, serialNumber: string) {
  return answerViolations({
    certificate_pkey: () => badUserInput('input.id', `${id} already exists`),
    certificate_serial_number_key: () =>
      badUserInput('input.serialNumber', `${serialNumber} is already the serial number of another certificate`),
  });
}
