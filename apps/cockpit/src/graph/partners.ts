/**
 * Which partner answers for which subgraph, for the note on a partial result: the gateway names the
 * subgraph that did not answer (`extensions.serviceName`), a person wants to know the partner.
 * The same ownership as schema/ownership.json.
 */
export const PARTNER_OF_SUBGRAPH: Readonly<Record<string, string>> = {
  municipalities: 'Kommunale Spitzenverbände (Gemeindeverzeichnis)',
  organisations: 'ZIT-BB (Organisationen und Gremien)',
  projects: 'Kaz (Projekte und Arbeitsaufträge)',
  contracts: 'Kaz (Verträge, Lizenzen und Zertifikate)',
  security: 'CERT-Brandenburg (Sicherheitsvorfälle)',
};

/** The partner's name for a subgraph; an unknown subgraph by its own name. */
export function partnerOf(subgraph: string): string {
  return PARTNER_OF_SUBGRAPH[subgraph] ?? `Teilgraph „${subgraph}“`;
}
