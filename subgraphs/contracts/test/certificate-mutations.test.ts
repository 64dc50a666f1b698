import { auditEntries, expectError, expectRefused } from '@kaz/subgraph-kit/testing';
import { describe, expect, it } from 'vitest';
import { refusesToAllButContractEditors, setUpSubgraph } from './support.ts';

const { subgraph, as } = setUpSubgraph({ ars: '120670000000' });

const FIELDS = 'id commonName kind issuer holder { ars } serialNumber validFrom validTo version isSample';
const CREATE = `mutation ($input: CreateCertificateInput!) { createCertificate(input: $input) { ${FIELDS} } }`;
const RENEW = `mutation ($input: RenewCertificateInput!) { renewCertificate(input: $input) { ${FIELDS} } }`;

let serial = 100;
/** A valid createCertificate input with a fresh number and serial number; `changes` override fields. */
function certificateInput(changes: Record<string, unknown> = {}) {
  serial += 1;
  return {
    id: `CERT-${String(serial).padStart(4, '0')}`,
    commonName: 'www.beeskow.de',
    kind: 'TLS_SERVER',
    issuer: 'D-Trust',
    holderArs: '120670000000',
    serialNumber: freshSerial(),
    validFrom: '2026-11-01',
    validTo: '2027-10-31',
    ...changes,
  };
}

let serialCounter = 0;
function freshSerial(): string {
  serialCounter += 1;
  const hex = serialCounter.toString(16).toUpperCase().padStart(4, '0');
  return `AB:CD:${hex.slice(0, 2)}:${hex.slice(2)}`;
}

async function created(changes: Record<string, unknown> = {}) {
  const result = await subgraph.query(CREATE, { input: certificateInput(changes) }, as['kaz-editor']);
  expect(result.errors).toBeUndefined();
  return (result.data as any).createCertificate as {
    id: string;
    validTo: string;
    serialNumber: string;
    version: number;
  };
}

describe('createCertificate', () => {
  it('adds a certificate with version 1 and one audit entry', async () => {
    const input = certificateInput();
    const result = await subgraph.query(CREATE, { input }, as['kaz-editor']);
    expect(result.errors).toBeUndefined();
    expect((result.data as any).createCertificate).toEqual({
      id: input.id,
      commonName: 'www.beeskow.de',
      kind: 'TLS_SERVER',
      issuer: 'D-Trust',
      holder: { ars: '120670000000' },
      serialNumber: input.serialNumber,
      validFrom: '2026-11-01',
      validTo: '2027-10-31',
      version: 1,
      isSample: false,
    });
    const entries = await auditEntries(subgraph.db, { entityType: 'Certificate', entityId: input.id });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ operation: 'createCertificate', actor_org: 'kaz', before: null });
    expect(entries[0]!.after).toMatchObject({ id: input.id, serial_number: input.serialNumber, version: 1 });
  });

  it('adds a certificate of the Kaz itself without a holder', async () => {
    const certificate = await created({ holderArs: null, commonName: 'intranet.kaz.brandenburg.de' });
    expect((certificate as any).holder).toBeNull();
  });

  it.each([
    ['a malformed number', { id: 'CERT-12' }, 'input.id'],
    ['an existing number', { id: 'CERT-0001' }, 'input.id'],
    ['an empty common name', { commonName: ' ' }, 'input.commonName'],
    ['an empty issuer', { issuer: '' }, 'input.issuer'],
    ['a malformed ARS', { holderArs: '1205400' }, 'input.holderArs'],
    ['an ARS of no Kommune', { holderArs: '129999999999' }, 'input.holderArs'],
    ['a malformed serial number', { serialNumber: 'ab:cd:ef' }, 'input.serialNumber'],
    [
      'a serial number already in use',
      { serialNumber: '29:70:C9:E9:50:3C:F8:B6:93:3E:04:DB:D6:9A:CC:D6' },
      'input.serialNumber',
    ],
    ['an impossible date', { validFrom: '2026-04-31' }, 'input.validFrom'],
    ['an end on the first day', { validTo: '2026-11-01' }, 'input.validTo'],
    ['an end before the start', { validTo: '2025-01-01' }, 'input.validTo'],
  ])('refuses %s with BAD_USER_INPUT and changes nothing', async (_case, changes, field) => {
    await expectRefused(
      subgraph,
      () => subgraph.query(CREATE, { input: certificateInput(changes) }, as['kaz-editor']),
      'BAD_USER_INPUT',
      field,
    );
  });

  it('refuses an unknown kind', async () => {
    const result = await subgraph.query(CREATE, { input: certificateInput({ kind: 'PGP' }) }, as['kaz-editor']);
    expectError(result, 'BAD_USER_INPUT');
  });
});

describe('renewCertificate', () => {
  it('sets the later end and the new serial number, counts the version up and writes one audit entry', async () => {
    const certificate = await created();
    const serialNumber = freshSerial();
    const input = { id: certificate.id, version: 1, validTo: '2028-10-31', serialNumber };
    const result = await subgraph.query(RENEW, { input }, as['kaz-editor']);
    expect(result.errors).toBeUndefined();
    expect((result.data as any).renewCertificate).toMatchObject({
      id: certificate.id,
      validFrom: '2026-11-01',
      validTo: '2028-10-31',
      serialNumber,
      version: 2,
    });
    const entries = await auditEntries(subgraph.db, { entityType: 'Certificate', entityId: certificate.id });
    expect(entries.map((e) => e.operation)).toEqual(['createCertificate', 'renewCertificate']);
    expect(entries[1]!.before).toMatchObject({
      valid_to: '2027-10-31',
      serial_number: certificate.serialNumber,
      version: 1,
    });
    expect(entries[1]!.after).toMatchObject({ valid_to: '2028-10-31', serial_number: serialNumber, version: 2 });
  });

  it.each([
    ['a malformed number', { id: 'C-1' }, 'input.id'],
    ['an impossible date', { validTo: '2028-02-30' }, 'input.validTo'],
    ['an end not after the current one', { validTo: '2027-10-31' }, 'input.validTo'],
    ['an earlier end', { validTo: '2027-01-01' }, 'input.validTo'],
    ['a malformed serial number', { serialNumber: '12345' }, 'input.serialNumber'],
    ['the same serial number', { serialNumber: 'same' }, 'input.serialNumber'],
    [
      'a serial number of another certificate',
      { serialNumber: '29:70:C9:E9:50:3C:F8:B6:93:3E:04:DB:D6:9A:CC:D6' },
      'input.serialNumber',
    ],
  ])('refuses %s with BAD_USER_INPUT and changes nothing', async (_case, changes, field) => {
    const certificate = await created();
    const input: Record<string, unknown> = {
      id: certificate.id,
      version: 1,
      validTo: '2028-10-31',
      serialNumber: freshSerial(),
      ...changes,
    };
    if (input.serialNumber === 'same') input.serialNumber = certificate.serialNumber;
    await expectRefused(subgraph, () => subgraph.query(RENEW, { input }, as['kaz-editor']), 'BAD_USER_INPUT', field);
  });

  it('answers NOT_FOUND for an unknown certificate', async () => {
    const input = { id: 'CERT-9999', version: 1, validTo: '2030-01-01', serialNumber: freshSerial() };
    await expectRefused(subgraph, () => subgraph.query(RENEW, { input }, as['kaz-editor']), 'NOT_FOUND');
  });

  it('answers CONFLICT for a stale version and changes nothing', async () => {
    const certificate = await created();
    const input = { id: certificate.id, version: 2, validTo: '2028-10-31', serialNumber: freshSerial() };
    const error = await expectRefused(subgraph, () => subgraph.query(RENEW, { input }, as['kaz-editor']), 'CONFLICT');
    expect(error.extensions?.currentVersion).toBe(1);
  });

  it('lets only one of two writers with the same version renew; the other gets CONFLICT', async () => {
    const certificate = await created();
    const results = await Promise.all(
      ['2028-10-31', '2029-10-31'].map((validTo) =>
        subgraph.query(
          RENEW,
          { input: { id: certificate.id, version: 1, validTo, serialNumber: freshSerial() } },
          as['kaz-editor'],
        ),
      ),
    );
    const winners = results.filter((r) => r.errors === undefined);
    expect(winners).toHaveLength(1);
    expectError(results.find((r) => r.errors !== undefined)!, 'CONFLICT');
    const stored = await subgraph.db
      .selectFrom('certificate')
      .selectAll()
      .where('id', '=', certificate.id)
      .executeTakeFirstOrThrow();
    expect(stored.version).toBe(2);
    expect(stored.valid_to).toBe((winners[0]!.data as any).renewCertificate.validTo);
    const entries = await auditEntries(subgraph.db, { entityType: 'Certificate', entityId: certificate.id });
    expect(entries.map((e) => e.operation)).toEqual(['createCertificate', 'renewCertificate']);
  });
});

describe('write.certificate: who may', () => {
  const cases = () =>
    [
      ['createCertificate', CREATE, { input: certificateInput() }],
      [
        'renewCertificate',
        RENEW,
        { input: { id: 'CERT-0001', version: 1, validTo: '2030-01-01', serialNumber: freshSerial() } },
      ],
    ] as const;

  refusesToAllButContractEditors('certificate', () => ({ subgraph, as }), cases);
});
