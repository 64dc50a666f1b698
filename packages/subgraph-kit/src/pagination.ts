import { badUserInput } from './errors.ts';

/** The default number of items on a page when a client gives no `first`. */
export const DEFAULT_PAGE_SIZE = 50;
/** The largest page a client may ask for; enough for all 413 Gemeinden on one page. */
export const MAX_PAGE_SIZE = 500;

/** Where a page starts and how many items it holds. */
export interface Page {
  offset: number;
  limit: number;
}

/** The arguments of every connection field: `first` and `after`, both optional. */
export interface PageArgs {
  first?: number | null | undefined;
  after?: string | null | undefined;
}

const CURSOR_PREFIX = 'offset:';

/** The opaque cursor of the item at a position of an ordered list. */
export function encodeCursor(offset: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${offset}`, 'utf8').toString('base64url');
}

/**
 * Turns `first`/`after` into a page. Throws BAD_USER_INPUT for a negative `first`, one above
 * MAX_PAGE_SIZE, or a cursor this API did not issue.
 */
export function pageFromArgs(args: PageArgs): Page {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0) {
    throw badUserInput('first', 'must be a whole number of 0 or more');
  }
  if (first > MAX_PAGE_SIZE) {
    throw badUserInput('first', `must not exceed ${MAX_PAGE_SIZE}; page with 'after' instead`);
  }
  let offset = 0;
  if (args.after != null) {
    const decoded = Buffer.from(args.after, 'base64url').toString('utf8');
    const position = Number(decoded.slice(CURSOR_PREFIX.length));
    // A safe integer: a larger offset would not survive the trip to SQL (PostgreSQL's OFFSET is a bigint).
    if (!decoded.startsWith(CURSOR_PREFIX) || !Number.isSafeInteger(position) || position < 0) {
      throw badUserInput('after', 'is not a cursor issued by this API');
    }
    offset = position + 1;
  }
  return { offset, limit: first };
}

/** The shape Pothos' relay connection objects resolve from, plus `totalCount`. */
export interface ConnectionResult<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  totalCount: number;
}

/** Builds a connection from one page of rows and the total number of rows in the list. */
export function toConnection<T>(rows: readonly T[], page: Page, totalCount: number): ConnectionResult<T> {
  const edges = rows.map((node, index) => new Edge(node, page.offset + index));
  return {
    edges,
    pageInfo: {
      hasNextPage: page.offset + rows.length < totalCount,
      hasPreviousPage: page.offset > 0,
      startCursor: rows.length > 0 ? encodeCursor(page.offset) : null,
      endCursor: rows.length > 0 ? encodeCursor(page.offset + rows.length - 1) : null,
    },
    totalCount,
  };
}

/**
 * An item of a page with its cursor, encoded only when a client selects it: most lists are read as
 * `nodes`, and 500 cursors nobody reads are 500 base64 strings to make and collect.
 */
class Edge<T> {
  constructor(
    readonly node: T,
    readonly offset: number,
  ) {}

  get cursor(): string {
    return encodeCursor(this.offset);
  }
}
