/**
 * True when `error` is PostgreSQL's unique_violation (23505) of `constraint`, as `pg` and PGlite
 * both report it. Two writers that pass a "does it exist yet?" check at the same time end here.
 */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  const e = error as { code?: unknown; constraint?: unknown } | null;
  return e?.code === '23505' && e.constraint === constraint;
}
