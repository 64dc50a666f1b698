import type { MaybePromise, ObjectRef } from '@pothos/core';
import type { SubgraphBuilder, SubgraphSchemaTypes } from './builder.ts';

/**
 * Makes an object type a federation entity keyed by `id` (`@key(fields: "id")`): `resolve` finds it
 * for a reference, or gives null where it is unknown or hidden from the request. An `async` resolve
 * lets a refusal fail only its own representation (`_entities.<i>`), not the whole list.
 */
export function entityById<Context extends object, Shape>(
  builder: SubgraphBuilder<Context>,
  type: ObjectRef<PothosSchemaTypes.ExtendDefaultTypes<SubgraphSchemaTypes<Context>>, Shape>,
  resolve: (id: string, ctx: Context) => MaybePromise<Shape | null | undefined>,
): void {
  builder.asEntity(type, {
    key: builder.selection<{ id: string }>('id'),
    resolveReference: (ref, ctx) => resolve(ref.id, ctx),
  });
}
