/**
 * The description of `Municipality.ars`, word for word the same in every subgraph that has the
 * type, so that composition finds nothing to reconcile.
 */
export const MUNICIPALITY_ARS_DESCRIPTION =
  'Amtlicher Regionalschlüssel (ARS), 12 digits: Land, Regierungsbezirk, Kreis, Gemeindeverband, Gemeinde. ' +
  'A Landkreis pads its 5-digit key with zeros, an Amt its 9-digit key. The stable key of a Kommune.';

/**
 * The options of `Municipality.id` (the ARS again, under the name that Apollo Client and urql
 * normalise by default). Every subgraph that has Municipality declares it, shareable, so that the
 * gateway answers `id` from whichever subgraph already holds the Kommune: selecting it costs no extra
 * fetch. Use as `id: t.exposeID('ars', { ...MUNICIPALITY_ID_OPTIONS })`.
 */
export const MUNICIPALITY_ID_OPTIONS = {
  shareable: true,
  description: 'Stable identifier for client caches; the same value as `ars`.',
} as const;

/** The part of a Pothos field builder that `municipalityKeyFields` uses. */
interface ExposesArs<Field> {
  exposeID(name: 'ars', options: { description: string; shareable?: boolean }): Field;
}

/**
 * `ars` and `id` of Municipality, the same in every subgraph that has the type:
 * `fields: (t) => ({ ...municipalityKeyFields(t), … })`.
 */
export function municipalityKeyFields<Field>(t: ExposesArs<Field>): { ars: Field; id: Field } {
  return {
    ars: t.exposeID('ars', { description: MUNICIPALITY_ARS_DESCRIPTION }),
    id: t.exposeID('ars', { ...MUNICIPALITY_ID_OPTIONS }),
  };
}
