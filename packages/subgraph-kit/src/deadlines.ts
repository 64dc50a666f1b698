import { addDays } from '@kaz/reference-data';
import type { SubgraphBuilder } from './builder.ts';
import { isCalendarDate } from './dates.ts';
import { badUserInput } from './errors.ts';

/** The widest window `Query.deadlines(withinDays:)` accepts: one year. */
export const MAX_DEADLINE_WINDOW_DAYS = 366;

/** The most items one `Deadlines.<list>(first:)` returns, and its default. */
export const MAX_DEADLINES_PER_LIST = 100;
export const DEFAULT_DEADLINES_PER_LIST = 50;

/** One deadline, as every subgraph that owns deadlines hands it out. */
export interface DeadlineItem {
  /** Stable for the same record and the same kind of deadline (calendar UIDs use it). */
  id: string;
  /** The subgraph that owns the record, e.g. "contracts". */
  subgraph: string;
  /** The partner that owns the record, e.g. "Kaz" or "CERT-Brandenburg". */
  partner: string;
  /** The GraphQL type of the record, e.g. "Certificate". */
  recordType: string;
  /** The record's key in that type, e.g. "CERT-0001". */
  recordKey: string;
  title: string;
  /** YYYY-MM-DD. */
  dueOn: string;
  overdue: boolean;
}

/** What a `Deadlines` entity stands for: the reference date and the window after it. */
export interface DeadlineScope {
  scope: string;
  asOf: string;
  withinDays: number;
  /** The last day in the window: asOf + withinDays. */
  until: string;
}

/**
 * The scope of `Query.deadlines`: `asOf` (YYYY-MM-DD) and `withinDays` (0 to
 * MAX_DEADLINE_WINDOW_DAYS). Throws BAD_USER_INPUT for anything else.
 */
export function deadlineScope(asOf: string, withinDays: number): DeadlineScope {
  if (!isCalendarDate(asOf)) throw badUserInput('asOf', `must be a date YYYY-MM-DD; got ${JSON.stringify(asOf)}`);
  if (!Number.isInteger(withinDays) || withinDays < 0 || withinDays > MAX_DEADLINE_WINDOW_DAYS) {
    throw badUserInput('withinDays', `must be between 0 and ${MAX_DEADLINE_WINDOW_DAYS}; got ${withinDays}`);
  }
  return { scope: `${asOf}+${withinDays}d`, asOf, withinDays, until: addDays(asOf, withinDays) };
}

/** The scope a `Deadlines` key names ("2026-12-02+30d"); throws BAD_USER_INPUT when it is not one. */
export function parseDeadlineScope(scope: string): DeadlineScope {
  const match = /^(\d{4}-\d{2}-\d{2})\+(\d{1,3})d$/.exec(scope);
  if (!match?.[1] || !match[2])
    throw badUserInput('scope', `must look like "2026-12-02+30d"; got ${JSON.stringify(scope)}`);
  return deadlineScope(match[1], Number(match[2]));
}

/** `first` of a deadline list: 1 to MAX_DEADLINES_PER_LIST (default DEFAULT_DEADLINES_PER_LIST), else BAD_USER_INPUT. */
export function parseDeadlineFirst(first: number | null | undefined): number {
  const value = first ?? DEFAULT_DEADLINES_PER_LIST;
  if (!Number.isInteger(value) || value < 1 || value > MAX_DEADLINES_PER_LIST) {
    throw badUserInput('first', `must be between 1 and ${MAX_DEADLINES_PER_LIST}; got ${value}`);
  }
  return value;
}

/**
 * The shareable value type `Deadline` and the entity `Deadlines @key(fields: "scope")`, declared word
 * for word the same in every subgraph that adds a list of deadlines (and in the one that owns
 * `Query.deadlines`). A subgraph adds its own list fields to the returned `Deadlines` ref with
 * `builder.objectField(s)`; the entity resolves a reference from its key alone (no database).
 */
export function deadlineTypes<Context extends object>(builder: SubgraphBuilder<Context>) {
  const deadline = builder.objectRef<DeadlineItem>('Deadline');
  deadline.implement({
    shareable: true,
    description:
      'A date a partner must not miss (Frist): a certificate that expires, an LDA notification, a review of an ' +
      'IT-Sicherheitskonzept, a work order or milestone that is due, the end or ceiling of a Rahmenvertrag. ' +
      'recordType and recordKey name the record, so that a client can fetch it (e.g. Certificate "CERT-0001" → certificate(id:)).',
    fields: (t) => ({
      id: t.exposeString('id', {
        description:
          'Stable key of this deadline, the same on every request (e.g. "certificate:CERT-0001:expiry"); calendar UIDs use it.',
      }),
      subgraph: t.exposeString('subgraph', { description: 'The subgraph that owns the record, e.g. "contracts".' }),
      partner: t.exposeString('partner', {
        description: 'The partner that owns the record, e.g. "Kaz" (Kompetenzzentrum) or "CERT-Brandenburg".',
      }),
      recordType: t.exposeString('recordType', {
        description: 'The GraphQL type of the record, e.g. "Certificate", "SecurityIncident", "Project".',
      }),
      recordKey: t.exposeString('recordKey', {
        description: 'The key of the record in that type (its id, or the ARS for a Kommune), e.g. "CERT-0001".',
      }),
      title: t.exposeString('title', {
        description: 'What is due, in German, e.g. "Zertifikat läuft ab: www.beeskow.de".',
      }),
      dueOn: t.exposeString('dueOn', {
        description: 'The day it is due (Fälligkeitstag), YYYY-MM-DD (Europe/Berlin).',
      }),
      overdue: t.exposeBoolean('overdue', { description: 'True when dueOn lies before asOf (überfällig).' }),
    }),
  });
  const deadlines = builder.objectRef<DeadlineScope>('Deadlines');
  deadlines.implement({
    description:
      'The due and overdue deadlines (Fristen) the calling principal may see, from every partner, each list ' +
      'added by the subgraph that owns it and filtered by the same access rules as the queries it mirrors. ' +
      'A list the principal may not read at all is null with FORBIDDEN on its path.',
    fields: (t) => ({
      scope: t.exposeString('scope', {
        description: 'The reference date and window this answer is for, e.g. "2026-12-02+30d" (nothing secret).',
      }),
    }),
  });
  builder.asEntity(deadlines, {
    key: builder.selection<{ scope: string }>('scope'),
    resolveReference: (ref) => parseDeadlineScope(ref.scope),
  });
  return { deadline, deadlines };
}

/** The argument `first` of every deadline list. */
export function deadlineListArgs<Arg extends { int: (options: any) => any }>(arg: Arg) {
  return {
    first: arg.int({
      description: `How many at most, earliest due first: 1 to ${MAX_DEADLINES_PER_LIST}, default ${DEFAULT_DEADLINES_PER_LIST}; else BAD_USER_INPUT.`,
    }) as ReturnType<Arg['int']>,
  };
}
