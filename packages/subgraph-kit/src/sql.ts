import { type RawBuilder, sql } from 'kysely';
import type { Page } from './pagination.ts';

/**
 * The `where` condition for a page fetch of `pageLoader`: keeps the rows of the page and the first
 * row of every parent. Use it on a subquery that selects `position` (row_number() over the parent)
 * and `total_count` (count(*) over the parent).
 */
export function pageWindowFilter(page: Page): RawBuilder<boolean> {
  return sql<boolean>`(position = 1 or position between ${page.offset + 1} and ${page.offset + page.limit})`;
}

/**
 * A LIKE pattern that finds `text` anywhere in a value compared in lower case (`lower(name) like …`):
 * `text` in lower case, its `%`, `_` and backslash escaped so that they match themselves, between two `%`.
 */
export function containsPattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * `rows` in chunks of at most `size` (default 200), in order: a seed writes one insert per chunk, so
 * that no statement nears PostgreSQL's limit of 65,535 bind parameters however many rows there are.
 */
export function chunksOf<T>(rows: readonly T[], size = 200): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < rows.length; i += size) chunks.push(rows.slice(i, i + size));
  return chunks;
}
