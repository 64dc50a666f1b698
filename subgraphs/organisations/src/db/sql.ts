import { type RawBuilder, sql } from 'kysely';

/**
 * A sort key for a text column that holds enum values: the value's position in `order` (the order
 * the GraphQL enum declares), so that lists sort by meaning rather than by spelling.
 */
export function enumPosition(column: string, order: readonly string[]): RawBuilder<number> {
  return sql<number>`array_position(array[${sql.join(order.map((value) => sql.lit(value)))}]::text[], ${sql.ref(column)})`;
}

/** A byte-wise name order that is the same on PGlite and on every PostgreSQL server, whatever its locale. */
export function byteOrder(column: string): RawBuilder<string> {
  return sql<string>`${sql.ref(column)} collate "C"`;
}
