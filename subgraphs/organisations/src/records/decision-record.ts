import { parsePastDate, parseText } from '@kaz/subgraph-kit';
import {
  type ChunkOutcome,
  collectIssues,
  type RecordColumn,
  type RecordType,
  type RecordValues,
  textOf,
  textOrNullOf,
} from '@kaz/subgraph-kit/records';
import { type Insertable, sql } from 'kysely';
import type { Database } from '../db/database.ts';
import type { DecisionRow, DecisionTable } from '../db/decision.ts';
import { MAX_REFERENCE_LENGTH, MAX_TEXT_LENGTH, MAX_TITLE_LENGTH } from '../schema/decision-mutations.ts';
import { parseDecisionId, parseKnownCommittee } from '../validation.ts';

/** A decision as one row of an import file gives it, checked; `id` null when the hub is to number it. */
export interface DecisionRecord {
  id: string | null;
  committeeId: string;
  reference: string;
  decidedOn: string;
  title: string;
  text: string;
}

const columns: readonly RecordColumn[] = [
  {
    name: 'id',
    kind: 'text',
    required: false,
    description:
      'The hub\'s key of the decision, "<prefix>-<year>-<n>" (prefix itrat for the IT-Rat; the year decided). Empty for a new decision: the hub numbers it as recordDecision does. For a known decision it must be its key.',
    example: 'itrat-2025-3',
  },
  {
    name: 'committeeId',
    kind: 'text',
    required: true,
    description: 'Key of the committee (Gremium) that decided, e.g. "it-rat".',
    example: 'it-rat',
  },
  {
    name: 'reference',
    kind: 'text',
    required: true,
    description: `The committee's own reference, e.g. "Beschluss 2025/3", 1 to ${MAX_REFERENCE_LENGTH} characters. With committeeId it names the decision: a known pair is that decision, a new pair a new one.`,
    example: 'Beschluss 2025/3',
  },
  {
    name: 'decidedOn',
    kind: 'date',
    required: true,
    description: 'Day of the decision (YYYY-MM-DD), not in the future.',
    example: '2025-03-12',
  },
  {
    name: 'title',
    kind: 'text',
    required: true,
    description: `Short title (Betreff) in German, 1 to ${MAX_TITLE_LENGTH} characters.`,
    example: 'Einführung der E-Akte',
  },
  {
    name: 'text',
    kind: 'text',
    required: true,
    description: `Wording of the decision (Beschlusstext) in German, 1 to ${MAX_TEXT_LENGTH.toLocaleString('en')} characters; may hold line breaks.`,
    example: 'Der IT-Rat beschließt …',
  },
];

/** The decision as the audit log keeps it: its row, as recordDecision writes it. */
function decisionSnapshot(row: DecisionRow) {
  return row;
}

/** The series of a decision key, `<prefix>-<year>`, and its number. */
function seriesOf(id: string): { series: string; n: number } {
  const at = id.lastIndexOf('-');
  return { series: id.slice(0, at), n: Number(id.slice(at + 1)) };
}

/** A committee decision (organisations subgraph): the committee minutes. */
export const decisionRecords: RecordType<Database, DecisionRecord> = {
  name: 'Decision',
  subgraph: 'organisations',
  writeScope: 'organisations:write',
  columns,
  keyDescription: 'committee and reference',
  parse(values, check, clock) {
    const committeeId = textOf(values, 'committeeId').trim();
    const reference = check('reference', () =>
      parseText('reference', textOf(values, 'reference'), MAX_REFERENCE_LENGTH),
    );
    const decidedOn = check('decidedOn', () => parsePastDate('decidedOn', textOf(values, 'decidedOn'), clock));
    const title = check('title', () => parseText('title', textOf(values, 'title'), MAX_TITLE_LENGTH));
    const text = check('text', () => parseText('text', textOf(values, 'text'), MAX_TEXT_LENGTH));
    // The id's form ("<prefix>-<year>-<n>") is checked in writeChunk: the prefix is the committee's, in the database.
    const id = textOrNullOf(values, 'id')?.trim() ?? null;
    if (reference === undefined || decidedOn === undefined || title === undefined || text === undefined) {
      return undefined;
    }
    return { id, committeeId, reference, decidedOn, title, text };
  },
  keyOf: (record) => `${record.committeeId} "${record.reference}"`,
  async writeChunk(trx, rows): Promise<ChunkOutcome> {
    const committeeIds = [...new Set(rows.map((row) => row.record.committeeId))];
    // Locked as recordDecision locks its committee: decisions of one committee are numbered one at a time.
    const prefixes = new Map(
      (
        await trx
          .selectFrom('committee')
          .select(['id', 'decision_prefix'])
          .where('id', 'in', committeeIds)
          .forUpdate()
          .execute()
      ).map((row) => [row.id, row.decision_prefix]),
    );
    const known = new Set(prefixes.keys());
    const stored = new Map(
      (
        await trx
          .selectFrom('decision')
          .selectAll()
          .where((eb) =>
            eb(
              eb.refTuple('committee_id', 'reference'),
              'in',
              rows.map((row) => eb.tuple(row.record.committeeId, row.record.reference)),
            ),
          )
          .forUpdate()
          .execute()
      ).map((row) => [`${row.committee_id} "${row.reference}"`, row]),
    );
    const givenIds = rows.flatMap((row) => (row.record.id ? [row.record.id] : []));
    const taken = new Map(
      givenIds.length === 0
        ? []
        : (await trx.selectFrom('decision').select(['id', 'reference']).where('id', 'in', givenIds).execute()).map(
            (row) => [row.id, row.reference],
          ),
    );
    // The highest number of every series this chunk may number in (one statement).
    const series = [
      ...new Set(
        rows.flatMap((row) => {
          const prefix = prefixes.get(row.record.committeeId);
          return prefix === undefined ? [] : [`${prefix}-${row.record.decidedOn.slice(0, 4)}`];
        }),
      ),
    ];
    const highest = new Map(
      (
        await trx
          .selectFrom('decision')
          .select([
            sql<string>`substring(id from '^(.*)-[0-9]+$')`.as('series'),
            sql<number>`max(substring(id from '[0-9]+$')::integer)`.as('n'),
          ])
          .where(sql<string>`substring(id from '^(.*)-[0-9]+$')`, 'in', series)
          .groupBy(sql`1`)
          .execute()
      ).map((row) => [row.series, Number(row.n)]),
    );
    for (const id of givenIds) {
      const { series: of, n } = seriesOf(id);
      if (n > (highest.get(of) ?? 0)) highest.set(of, n);
    }

    const outcome: ChunkOutcome = { issues: [], changes: [], inserted: 0, updated: 0, unchanged: 0 };
    const inserts: Insertable<DecisionTable>[] = [];
    const idsOfChunk = new Set<string>();
    for (const { line, record } of rows) {
      const before = stored.get(decisionRecords.keyOf(record));
      const issues = collectIssues(line, (check) => {
        check('committeeId', () => parseKnownCommittee('committeeId', record.committeeId, known));
        const prefix = prefixes.get(record.committeeId);
        if (record.id !== null && prefix !== undefined) {
          const given = record.id;
          check('id', () => parseDecisionId('id', given, prefix, record.decidedOn));
        }
        if (before) {
          check('id', () => {
            if (before.is_sample)
              throw new Error(`${before.id} is a sample decision; sample data is not imported over`);
            if (record.id !== null && record.id !== before.id)
              throw new Error(`this decision is ${before.id}, not ${record.id}`);
          });
          for (const [column, field] of [
            ['decided_on', 'decidedOn'],
            ['title', 'title'],
            ['text', 'text'],
          ] as const) {
            check(field, () => {
              const wanted = field === 'decidedOn' ? record.decidedOn : record[field];
              if (before[column] !== wanted) {
                throw new Error(
                  `differs from the recorded decision ${before.id}; a recorded decision is not changed (as with recordDecision)`,
                );
              }
            });
          }
          return;
        }
        check('id', () => {
          if (record.id === null) return;
          const holder = taken.get(record.id);
          if (holder !== undefined || idsOfChunk.has(record.id)) {
            throw new Error(`${record.id} is the key of another decision${holder ? ` ("${holder}")` : ''}`);
          }
        });
      });
      if (issues.length > 0) {
        outcome.issues.push(...issues);
        continue;
      }
      if (before) {
        // The checks above pass only a decision as it is stored.
        outcome.unchanged++;
        continue;
      }
      const of = `${prefixes.get(record.committeeId)}-${record.decidedOn.slice(0, 4)}`;
      let id = record.id;
      if (id === null) {
        const n = (highest.get(of) ?? 0) + 1;
        highest.set(of, n);
        id = `${of}-${n}`;
      }
      idsOfChunk.add(id);
      inserts.push({
        id,
        committee_id: record.committeeId,
        reference: record.reference,
        decided_on: record.decidedOn,
        title: record.title,
        text: record.text,
        is_sample: false,
      });
    }
    if (inserts.length === 0) return outcome;
    const written = await trx.insertInto('decision').values(inserts).returningAll().execute();
    for (const row of written) {
      outcome.changes.push({ entityId: row.id, before: null, after: decisionSnapshot(row) });
      outcome.inserted++;
    }
    return outcome;
  },
  async exportPage(db, after, limit) {
    // The partners' own decisions: neither sample data nor the reference decisions the hub ships
    // with their source (those the Umsetzungskonzept Kaz cites), which every database holds already.
    let query = db.selectFrom('decision').selectAll().where('is_sample', '=', false).where('source', 'is', null);
    if (after !== null) query = query.where('id', '>', after);
    const rows = await query.orderBy('id').limit(limit).execute();
    return rows.map(
      (row): RecordValues => ({
        id: row.id,
        committeeId: row.committee_id,
        reference: row.reference,
        decidedOn: row.decided_on,
        title: row.title,
        text: row.text,
      }),
    );
  },
  exportKeyOf: (values) => values.id as string,
};
