import SchemaBuilder from '@pothos/core';
import DirectivePlugin from '@pothos/plugin-directives';
import FederationPlugin from '@pothos/plugin-federation';
import RelayPlugin from '@pothos/plugin-relay';
import { MUTATION_DESCRIPTION, QUERY_DESCRIPTION, relayOptions } from './relay.ts';

/**
 * The Pothos schema types of every subgraph: its own Context, fields non-null unless they say
 * otherwise, IDs as strings, and connections that carry `totalCount` (see `connectionType`).
 */
export interface SubgraphSchemaTypes<Context extends object> {
  Context: Context;
  DefaultFieldNullability: false;
  Scalars: { ID: { Input: string; Output: string } };
  Connection: { totalCount: number };
}

/** The builder `createSubgraphBuilder<Context>()` returns; the kit's schema helpers take it. */
export type SubgraphBuilder<Context extends object> = PothosSchemaTypes.SchemaBuilder<
  PothosSchemaTypes.ExtendDefaultTypes<SubgraphSchemaTypes<Context>>
>;

/** What differs between the builders of the subgraphs besides their Context. */
export interface SubgraphBuilderOptions {
  /** True for a subgraph with writes: declares the root Mutation type with its shared description. */
  mutations?: boolean;
}

/**
 * The Pothos builder of a subgraph, one per subgraph: the relay, directives and federation plugins
 * (directives before federation, or the SDL loses `@key` and `@link`), the kit's `relayOptions`, and
 * the root Query type (and, with `mutations`, the root Mutation type) with the descriptions that
 * composition needs word for word the same in every subgraph.
 */
export function createSubgraphBuilder<Context extends object>(
  options: SubgraphBuilderOptions = {},
): SubgraphBuilder<Context> {
  const builder = new SchemaBuilder<SubgraphSchemaTypes<Context>>({
    plugins: [RelayPlugin, DirectivePlugin, FederationPlugin],
    defaultFieldNullability: false,
    relay: relayOptions,
  });
  builder.queryType({ description: QUERY_DESCRIPTION });
  if (options.mutations) builder.mutationType({ description: MUTATION_DESCRIPTION });
  return builder;
}
