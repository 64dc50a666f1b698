/**
 * True when two snapshots of a record (the mutations' audit snapshots) hold the same values, the
 * bookkeeping fields `version`, `created_at`/`updated_at` (and their camelCase forms) aside.
 */
export function sameRecord(a: object, b: object): boolean {
  return JSON.stringify(withoutBookkeeping(a)) === JSON.stringify(withoutBookkeeping(b));
}

/** The names of the fields whose values differ between two snapshots (bookkeeping aside). */
export function changedSince(before: object, after: object): string[] {
  const a = withoutBookkeeping(before);
  const b = withoutBookkeeping(after);
  return Object.keys({ ...a, ...b }).filter((key) => JSON.stringify(a[key]) !== JSON.stringify(b[key]));
}

const BOOKKEEPING = new Set(['version', 'created_at', 'updated_at', 'createdAt', 'updatedAt']);

function withoutBookkeeping(snapshot: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(snapshot).filter(([key]) => !BOOKKEEPING.has(key)));
}
