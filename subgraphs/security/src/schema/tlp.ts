import { builder } from '../builder.ts';
import type { Tlp } from '../db/visibility.ts';

/** The TLP 2.0 marking of an incident; it decides who may see the incident. */
export const TlpEnum = builder.enumType('Tlp', {
  description:
    'Traffic Light Protocol 2.0 (FIRST) marking: how far the information about an incident may be shared. ' +
    'It also decides who may see an incident in this graph: anonymous requests see TLP:CLEAR, any partner token also ' +
    'TLP:GREEN; TLP:AMBER goes to the affected Kommunen and the Amt (Verbandsgemeinde, Mitverwaltung) administering them ' +
    '(not to the Landkreis, which administers no Gemeinde), TLP:AMBER+STRICT ' +
    'to the affected Kommunen only, TLP:RED to nobody else; CERT-Brandenburg (security:read) and the named recipients ' +
    'of an incident see it whatever its marking.',
  values: {
    CLEAR: { description: 'TLP:CLEAR: no limit on disclosure; may be published.' },
    GREEN: {
      description: 'TLP:GREEN: may be shared within the community (here: the partners and Kommunen), not published.',
    },
    AMBER: {
      description:
        'TLP:AMBER: only for the recipients’ organisations and their clients who need to know to protect themselves.',
    },
    AMBER_STRICT: {
      description: 'TLP:AMBER+STRICT: only for the recipients’ own organisation, not for its clients.',
    },
    RED: {
      description: 'TLP:RED: only for the individual recipients named, e.g. the participants of a crisis meeting.',
    },
  } satisfies Record<Tlp, { description: string }>,
});
