import type { ObjectFieldBuilder } from '@pothos/core';
import type { SubgraphSchemaTypes } from './builder.ts';

/**
 * The sentence that ends the description of every type that can hold sample records: whether a record is
 * sample data is the record's `isSample`, not the type's (a production graph holds real records only).
 */
export const SAMPLE_RECORDS_NOTE =
  'Records seeded for demonstration are SAMPLE DATA, made up and marked isSample: true; real records have isSample: false.';

/** The description of every `isSample` field. */
export const SAMPLE_FLAG_DESCRIPTION = 'True for SAMPLE DATA made up for demonstration; not a real record.';

/** The `isSample` field of every entity that has sample rows (column `is_sample`), with one description. */
export function sampleFlagField<Context extends object, Shape extends { is_sample: boolean }>(
  t: ObjectFieldBuilder<PothosSchemaTypes.ExtendDefaultTypes<SubgraphSchemaTypes<Context>>, Shape>,
) {
  return t.boolean({ description: SAMPLE_FLAG_DESCRIPTION, resolve: (parent) => parent.is_sample });
}
