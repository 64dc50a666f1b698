import { MUTATION_DESCRIPTION, QUERY_DESCRIPTION, relayOptions } from '@kaz/subgraph-kit';
import SchemaBuilder from '@pothos/core';
import DirectivePlugin from '@pothos/plugin-directives';
import FederationPlugin from '@pothos/plugin-federation';
import RelayPlugin from '@pothos/plugin-relay';
import type { Context } from './context.ts';

/** The Pothos builder of the contracts subgraph. */
export const builder = new SchemaBuilder<{
  Context: Context;
  DefaultFieldNullability: false;
  Scalars: { ID: { Input: string; Output: string } };
}>({
  plugins: [RelayPlugin, DirectivePlugin, FederationPlugin],
  defaultFieldNullability: false,
  relay: relayOptions,
});

builder.queryType({ description: QUERY_DESCRIPTION });

// Composition merges the root Mutation types of all subgraphs, so this text must be the same in every
// subgraph with writes (word for word the organisations subgraph's); a constant in the kit, like
// QUERY_DESCRIPTION, would keep it so.
builder.mutationType({ description: MUTATION_DESCRIPTION });
