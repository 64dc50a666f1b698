import { badUserInput } from '@kaz/subgraph-kit';

// Checks of the organisations subgraph that its mutations and its bulk import (src/records/) share,
// each naming its own field.

/** `id` when it is a committee of the database (`known`, its keys); BAD_USER_INPUT naming `field` otherwise. */
export function parseKnownCommittee(field: string, id: string, known: ReadonlySet<string>): string {
  if (!known.has(id)) throw badUserInput(field, `there is no committee "${id}"`);
  return id;
}

/**
 * A decision key the hub would give: `<prefix>-<year>-<n>` with the committee's `prefix` and the year
 * of `decidedOn` (YYYY-MM-DD), n a number from 1 without leading zeros. BAD_USER_INPUT naming `field`
 * otherwise.
 */
export function parseDecisionId(field: string, id: string, prefix: string, decidedOn: string): string {
  const year = decidedOn.slice(0, 4);
  const match = /^(.+)-(\d{4})-([1-9]\d*)$/.exec(id);
  if (!match || match[1] !== prefix || match[2] !== year) {
    throw badUserInput(
      field,
      `must be "${prefix}-${year}-<n>" (the committee's prefix and the year decided); got "${id}"`,
    );
  }
  return id;
}
