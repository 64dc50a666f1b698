import type { InputFieldBuilder, ObjectFieldBuilder } from '@pothos/core';
import type { SubgraphSchemaTypes } from './builder.ts';

type Types<Context extends object> = PothosSchemaTypes.ExtendDefaultTypes<SubgraphSchemaTypes<Context>>;

/**
 * The `version` field of every entity that changes through the API (optimistic locking): one
 * description, naming the entity, e.g. "decision". `start` replaces the closing "1 for a new
 * <noun>." where the count starts otherwise or counts something particular.
 */
export function versionField<Context extends object, Shape extends { version: number }>(
  t: ObjectFieldBuilder<Types<Context>, Shape>,
  noun: string,
  start = `1 for a new ${noun}.`,
) {
  return t.int({
    description: `Increases by one with every change of the ${noun}; send it back with your next change (optimistic locking). ${start}`,
    resolve: (parent) => parent.version,
  });
}

/**
 * The required `version` of a change's input: the `version` of the entity as the client last read
 * it, which `expectVersion` holds against the stored one (CONFLICT when stale).
 */
export function versionInputField<Context extends object>(
  t: InputFieldBuilder<Types<Context>, 'InputObject'>,
  noun: string,
) {
  return t.int({
    required: true,
    description: `The \`version\` of the ${noun} you last read; CONFLICT when the ${noun} has changed since.`,
  });
}
