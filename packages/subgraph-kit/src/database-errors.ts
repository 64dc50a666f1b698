// The database errors a write expects and turns into an answer a client can act on (CONFLICT or
// BAD_USER_INPUT naming the field): a constraint that the database checks again, so that two writers
// who both passed the checks before their transaction cannot both succeed. PostgreSQL (`pg`) and
// PGlite both put the SQLSTATE in `code` and the constraint's name in `constraint`.

/** The constraint violations a write may expect, by their SQLSTATE. */
const VIOLATIONS = {
  unique: '23505',
  foreignKey: '23503',
  check: '23514',
  exclusion: '23P01',
} as const;

/** A kind of constraint violation: unique, foreign key, check or exclusion (an overlap). */
export type ViolationKind = keyof typeof VIOLATIONS;

/**
 * True when `error` is a violation of `kind`, and of `constraint` when one is named (without a name,
 * any constraint of that kind). False for anything else, also for a value that is no error.
 */
export function isViolation(error: unknown, kind: ViolationKind, constraint?: string): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, constraint: name } = error as { code?: unknown; constraint?: unknown };
  return code === VIOLATIONS[kind] && (constraint === undefined || name === constraint);
}

/** True when `error` is a unique violation (of `constraint` when named): someone holds the key already. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  return isViolation(error, 'unique', constraint);
}

/** True when `error` is a foreign-key violation (of `constraint` when named): the row referred to is gone. */
export function isForeignKeyViolation(error: unknown, constraint?: string): boolean {
  return isViolation(error, 'foreignKey', constraint);
}

/** True when `error` is a check violation (of `constraint` when named): a value the table refuses. */
export function isCheckViolation(error: unknown, constraint?: string): boolean {
  return isViolation(error, 'check', constraint);
}

/**
 * True when a concurrent writer took the same key or period first: a unique violation or an exclusion
 * violation (an overlap of periods), of any constraint.
 */
export function isKeyCollision(error: unknown): boolean {
  return isUniqueViolation(error) || isViolation(error, 'exclusion');
}

/** The name of the constraint `error` violates (unique, foreign key, check or exclusion); undefined for any other error. */
export function violatedConstraint(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { code, constraint } = error as { code?: unknown; constraint?: unknown };
  const violation = Object.values(VIOLATIONS).some((sqlState) => sqlState === code);
  return violation && typeof constraint === 'string' ? constraint : undefined;
}

/**
 * A `mapError` (see runMutation) for the constraints a write expects someone to beat it to: the answer
 * for the violated constraint by its name, e.g. `{ licence_pkey: () => badUserInput('input.id', '…') }`;
 * undefined for any other error, which then passes on as it is.
 */
export function answerViolations(
  answers: Readonly<Record<string, () => Error>>,
): (error: unknown) => Error | undefined {
  return (error) => {
    const constraint = violatedConstraint(error);
    return constraint !== undefined && Object.hasOwn(answers, constraint) ? answers[constraint]?.() : undefined;
  };
}
