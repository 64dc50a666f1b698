import { MUTATION_DESCRIPTION, QUERY_DESCRIPTION, relayOptions } from '@kaz/subgraph-kit';
import SchemaBuilder from '@pothos/core';
import DirectivePlugin from '@pothos/plugin-directives';
import FederationPlugin from '@pothos/plugin-federation';
import RelayPlugin from '@pothos/plugin-relay';
import type { Context } from './context.ts';

/** The Pothos builder of the security subgraph. */
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

builder.mutationType({ description: MUTATION_DESCRIPTION });
