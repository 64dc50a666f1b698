/**
 * The Mitverwaltungen of Brandenburg under the Verbandsgemeinde- und Mitverwaltungsgesetz (VgMvG,
 * 15.10.2018): one Gemeinde, the mitverwaltende Gemeinde, runs the administration of one or more
 * neighbouring Gemeinden, the mitverwalteten Gemeinden. Destatis codes such a Gemeindeverband as an
 * Amt (Textkennzeichen 51), so this is the one judgement the hub applies on top of the source codes.
 * Key: the Gemeindeverband's 9 digits; value: the AGS of the mitverwaltende Gemeinde. Schwedt/Oder
 * administers Pinnow since Amt Oder-Welse was dissolved on 19.04.2022 (data/SOURCES.md).
 */
export const MITVERWALTUNGEN: Readonly<Record<string, string>> = { '120735051': '12073532' };

/**
 * The ARS of the mitverwaltende Gemeinde of the Mitverwaltung `ars` (`12KKKVVVV000`), e.g.
 * `120735051532` (Schwedt/Oder) for `120735051000`; null for any other key. The mitverwaltende Gemeinde
 * carries the Mitverwaltung's Verband key in its own ARS but is not administered by it.
 */
export function mitverwaltendeGemeindeArs(ars: string): string | null {
  if (!/^\d{9}000$/.test(ars)) return null;
  const verband = ars.slice(0, 9);
  const ags = MITVERWALTUNGEN[verband];
  return ags ? `${verband}${ags.slice(5)}` : null;
}
