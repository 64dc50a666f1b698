import type { ObjectFieldBuilder } from '@pothos/core';
import type { SubgraphSchemaTypes } from './builder.ts';

/**
 * The `version` field of every entity that changes through the API (optimistic locking): one
 * description, naming the entity, e.g. "decision". `start` replaces the closing "1 for a new
 * <noun>." where the count starts otherwise or counts something particular.
 */
export function versionField<Context extends object, Shape extends { version: number }>(
  t: ObjectFieldBuilder<PothosSchemaTypes.ExtendDefaultTypes<SubgraphSchemaTypes<Context>>, Shape>,
  noun: string,
  start = `1 for a new ${noun}.`,
) {
  return t.int({
    description: `Increases by one with every change of the ${noun}; send it back with your next change (optimistic locking). ${start}`,
    resolve: (parent) => parent.version,
  });
}
