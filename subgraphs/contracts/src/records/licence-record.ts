import { parseMoney, parseText } from '@kaz/subgraph-kit';
import {
  type ChunkOutcome,
  collectIssues,
  numberOf,
  type RecordColumn,
  type RecordType,
  type RecordValues,
  sameRecord,
  textOf,
  textOrNullOf,
} from '@kaz/subgraph-kit/records';
import { type Insertable, sql } from 'kysely';
import type { Database } from '../db/database.ts';
import { findContractsById } from '../db/framework-contract.ts';
import type { LicenceRow, LicenceTable } from '../db/licence.ts';
import {
  MAX_SEATS,
  MAX_TEXT,
  parseContractId,
  parseKnownContract,
  parseLicenceId,
  parseLicenceTerm,
  parseSeats,
  parseSeatsCoveringAllocations,
} from '../validation.ts';

/** A licence as one row of an import file gives it, checked: the row of the licence table. */
export type LicenceRecord = Insertable<LicenceTable> & { id: string; seats: number; contract_id: string | null };

const columns: readonly RecordColumn[] = [
  {
    name: 'id',
    kind: 'text',
    required: true,
    description: 'Licence number "LIZ-<nnnn>". A number the hub knows updates that licence; a new one creates it.',
    example: 'LIZ-0041',
  },
  {
    name: 'product',
    kind: 'text',
    required: true,
    description: `The licensed product, 1 to ${MAX_TEXT} characters.`,
    example: 'Fachverfahren Gewerbe',
  },
  {
    name: 'vendor',
    kind: 'text',
    required: true,
    description: `Hersteller (maker) or licensor of the product, 1 to ${MAX_TEXT} characters.`,
    example: 'Beispiel Software GmbH',
  },
  {
    name: 'seats',
    kind: 'integer',
    required: true,
    description: `Seats (users or devices) the licence covers, 0 to ${MAX_SEATS.toLocaleString('en')}; not fewer than those allocated to Kommunen.`,
    example: '250',
  },
  {
    name: 'validFrom',
    kind: 'date',
    required: true,
    description: 'First day of the licence term (YYYY-MM-DD).',
    example: '2026-01-01',
  },
  {
    name: 'validTo',
    kind: 'date',
    required: true,
    description: 'Last day of the licence term (YYYY-MM-DD), not before validFrom.',
    example: '2028-12-31',
  },
  {
    name: 'annualCostEur',
    kind: 'decimal',
    required: true,
    description:
      'Cost per year in euros net of VAT (licence fee and maintenance): 0 or more, whole cents, a point before the cents.',
    example: '12500.50',
  },
  {
    name: 'contractId',
    kind: 'text',
    required: false,
    description:
      'Number of the Rahmenvertrag (framework contract, "RV-<year>-<nnn>") the licence was bought under, one the hub knows; empty for none.',
    example: '',
  },
];

/** The licence as the audit log keeps it: its row, as the mutations write it. */
function licenceSnapshot(row: LicenceRow) {
  return row;
}

/** A software licence of the Kaz (contracts subgraph): the licence register. */
export const licenceRecords: RecordType<Database, LicenceRecord> = {
  name: 'Licence',
  subgraph: 'contracts',
  writeScope: 'contracts:write',
  columns,
  keyDescription: 'licence number',
  parse(values, check) {
    const id = check('id', () => parseLicenceId('id', textOf(values, 'id')));
    const product = check('product', () => parseText('product', textOf(values, 'product'), MAX_TEXT));
    const vendor = check('vendor', () => parseText('vendor', textOf(values, 'vendor'), MAX_TEXT));
    const seats = check('seats', () => parseSeats('seats', numberOf(values, 'seats') as number, 0));
    const term = check('validFrom', () =>
      parseLicenceTerm(
        { validFrom: 'validFrom', validTo: 'validTo' },
        textOf(values, 'validFrom'),
        textOf(values, 'validTo'),
      ),
    );
    const annualCost = check('annualCostEur', () =>
      parseMoney('annualCostEur', numberOf(values, 'annualCostEur') as number),
    );
    const contract = textOrNullOf(values, 'contractId');
    const contractId = check('contractId', () => (contract === null ? null : parseContractId('contractId', contract)));
    if (
      id === undefined ||
      product === undefined ||
      vendor === undefined ||
      seats === undefined ||
      term === undefined ||
      annualCost === undefined ||
      contractId === undefined
    ) {
      return undefined;
    }
    return {
      id,
      product,
      vendor,
      seats,
      valid_from: term.validFrom,
      valid_to: term.validTo,
      annual_cost_eur: annualCost,
      contract_id: contractId,
      is_sample: false,
    };
  },
  keyOf: (record) => record.id,
  async writeChunk(trx, rows): Promise<ChunkOutcome> {
    const ids = rows.map((row) => row.record.id);
    const stored = new Map(
      (await trx.selectFrom('licence').selectAll().where('id', 'in', ids).forUpdate().execute()).map((row) => [
        row.id,
        row,
      ]),
    );
    const allocated = new Map(
      stored.size === 0
        ? []
        : (
            await trx
              .selectFrom('licence_allocation')
              .select(['licence_id', sql<number>`sum(seats)::integer`.as('seats')])
              .where('licence_id', 'in', [...stored.keys()])
              .groupBy('licence_id')
              .execute()
          ).map((row) => [row.licence_id, Number(row.seats)]),
    );
    const named = [...new Set(rows.flatMap((row) => (row.record.contract_id ? [row.record.contract_id] : [])))];
    const known = new Set(named.length > 0 ? (await findContractsById(trx, named)).map((row) => row.id) : []);

    const outcome: ChunkOutcome = { issues: [], changes: [], inserted: 0, updated: 0, unchanged: 0 };
    const writes: { record: LicenceRecord; before?: LicenceRow | undefined }[] = [];
    for (const { line, record } of rows) {
      const before = stored.get(record.id);
      const issues = collectIssues(line, (check) => {
        if (record.contract_id)
          check('contractId', () => parseKnownContract('contractId', record.contract_id as string, known));
        if (!before) return;
        check('id', () => {
          if (before.is_sample) throw new Error(`${record.id} is a sample licence; sample data is not imported over`);
        });
        check('seats', () => parseSeatsCoveringAllocations('seats', record.seats, allocated.get(record.id) ?? 0));
      });
      if (issues.length > 0) {
        outcome.issues.push(...issues);
        continue;
      }
      if (before && sameRecord(licenceSnapshot(before), licenceSnapshot({ ...before, ...record } as LicenceRow))) {
        outcome.unchanged++;
        continue;
      }
      writes.push({ record, before });
    }
    if (writes.length === 0) return outcome;
    const written = await trx
      .insertInto('licence')
      .values(writes.map((write) => write.record))
      .onConflict((oc) =>
        oc.column('id').doUpdateSet((eb) => ({
          product: eb.ref('excluded.product'),
          vendor: eb.ref('excluded.vendor'),
          seats: eb.ref('excluded.seats'),
          valid_from: eb.ref('excluded.valid_from'),
          valid_to: eb.ref('excluded.valid_to'),
          annual_cost_eur: eb.ref('excluded.annual_cost_eur'),
          contract_id: eb.ref('excluded.contract_id'),
          version: sql`licence.version + 1`,
          updated_at: sql`now()`,
        })),
      )
      .returningAll()
      .execute();
    const rowsById = new Map(written.map((row) => [row.id, row]));
    for (const write of writes) {
      outcome.changes.push({
        entityId: write.record.id,
        before: write.before ? licenceSnapshot(write.before) : null,
        after: licenceSnapshot(rowsById.get(write.record.id) as LicenceRow),
      });
      if (write.before) outcome.updated++;
      else outcome.inserted++;
    }
    return outcome;
  },
  async exportPage(db, after, limit) {
    let query = db.selectFrom('licence').selectAll().where('is_sample', '=', false);
    if (after !== null) query = query.where('id', '>', after);
    const rows = await query.orderBy('id').limit(limit).execute();
    return rows.map(
      (row): RecordValues => ({
        id: row.id,
        product: row.product,
        vendor: row.vendor,
        seats: row.seats,
        validFrom: row.valid_from,
        validTo: row.valid_to,
        annualCostEur: Number(row.annual_cost_eur),
        contractId: row.contract_id,
      }),
    );
  },
  exportKeyOf: (values) => values.id as string,
};
