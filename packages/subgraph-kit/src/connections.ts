import type { ArgBuilder, ObjectRef, SchemaTypes } from '@pothos/core';
import type { SubgraphBuilder, SubgraphSchemaTypes } from './builder.ts';
import type { PageOf } from './loaders.ts';
import { type ConnectionResult, type Page, type PageArgs, pageFromArgs, toConnection } from './pagination.ts';

/**
 * The paging arguments of every connection field, `first` and `after` (see `pageFromArgs`):
 * `args: { ...filters, ...pageArgs(t.arg) }`.
 */
export function pageArgs<Types extends SchemaTypes>(arg: ArgBuilder<Types>) {
  return {
    first: arg.int({ description: 'Page size (default 50, at most 500).' }),
    after: arg.string({ description: 'Cursor of the item after which the page starts.' }),
  };
}

/** How a connection type describes itself and its parts. */
export type ConnectionTypeOptions = {
  /** The description of the connection type, e.g. "A page of Rahmenverträge (framework contracts).". */
  description: string;
  /** One item with its article: "A Rahmenvertrag" → "A Rahmenvertrag in a page, with its cursor." (the edge type). */
  item: string;
  /** True for a connection that several subgraphs define alike (e.g. the audit log's). */
  shareable?: boolean;
} & (
  | {
      /** The items `totalCount` counts, plural: "contracts" → "The number of contracts in the whole list, across all pages.". */
      items: string;
    }
  | {
      /** The description of `totalCount` where the sentence that `items` makes does not fit. */
      totalCountDescription: string;
    }
);

/**
 * The connection type `<Type>Connection` (with its edge type `<Type>Edge`) of an object type: the
 * relay plugin's edges, nodes and pageInfo plus `totalCount`, the length of the whole list, which
 * every connection has and resolves the same way, from the `ConnectionResult` that `loadPage`
 * builds.
 */
export function connectionType<Context extends object, Shape>(
  builder: SubgraphBuilder<Context>,
  type: ObjectRef<PothosSchemaTypes.ExtendDefaultTypes<SubgraphSchemaTypes<Context>>, Shape>,
  options: ConnectionTypeOptions,
) {
  const shareable = options.shareable ? { shareable: true } : {};
  return builder.connectionObject(
    {
      type,
      name: `${type.name}Connection`,
      description: options.description,
      ...shareable,
      fields: (t) => ({
        totalCount: t.exposeInt('totalCount', {
          description:
            'items' in options
              ? `The number of ${options.items} in the whole list, across all pages.`
              : options.totalCountDescription,
        }),
      }),
    },
    { name: `${type.name}Edge`, description: `${options.item} in a page, with its cursor.`, ...shareable },
  );
}

/**
 * The resolver body of every connection field: turns the field's `first`/`after` into a page
 * (BAD_USER_INPUT for bad ones, before anything is loaded), loads it with `load` (a page loader's
 * `load({ parent, ...page })` for a nested list, a `selectPage` query for a top-level one) and
 * returns the connection of that page. `prime`, when given, sees every row of the page first (to
 * prime a by-key loader with it, so that the same rows asked for by key cost no statement).
 */
export async function loadPage<Row>(
  args: PageArgs,
  load: (page: Page) => Promise<PageOf<Row>>,
  prime?: (row: Row) => unknown,
): Promise<ConnectionResult<Row>> {
  const page = pageFromArgs(args);
  const { rows, totalCount } = await load(page);
  if (prime) for (const row of rows) prime(row);
  return toConnection(rows, page, totalCount);
}
