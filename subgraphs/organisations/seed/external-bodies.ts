import type { Insertable } from 'kysely';
import type { ExternalBodyTable } from '../src/db/external-body.ts';

/**
 * SAMPLE DATA: bodies outside Brandenburg the Kaz cooperates with (Umsetzungskonzept Kaz, §3). The FITKO
 * is real (Anstalt des öffentlichen Rechts of Bund and Länder since 01.01.2020, https://www.fitko.de/);
 * the cooperations and the two kommunale IT-Dienstleister are made up and marked "(BEISPIEL)".
 */
export function externalBodyRows(): Insertable<ExternalBodyTable>[] {
  return [
    {
      id: 'fitko',
      name: 'Föderale IT-Kooperation (FITKO)',
      short_name: 'FITKO',
      kind: 'FEDERAL_BODY',
      land: null,
      website: 'https://www.fitko.de/',
      cooperation_subject:
        '(BEISPIEL) Nachnutzung von EfA-Onlinediensten durch die Kommunen in Brandenburg; Abstimmung zu ' +
        'Entscheidungen des IT-Planungsrats.',
      cooperating_since: '2021-06-01',
      is_sample: true,
    },
    {
      id: 'beispiel-kdl-sachsen',
      name: '(BEISPIEL) Kommunaler IT-Dienstleister Sachsen',
      short_name: null,
      kind: 'MUNICIPAL_IT_PROVIDER',
      land: 'Sachsen',
      website: null,
      cooperation_subject: '(BEISPIEL) Erfahrungsaustausch zum Betrieb kommunaler Fachverfahren und zur E-Akte.',
      cooperating_since: '2022-09-01',
      is_sample: true,
    },
    {
      id: 'beispiel-kdl-mv',
      name: '(BEISPIEL) Zweckverband kommunale IT Mecklenburg-Vorpommern',
      short_name: null,
      kind: 'MUNICIPAL_IT_PROVIDER',
      land: 'Mecklenburg-Vorpommern',
      website: null,
      cooperation_subject: '(BEISPIEL) Gemeinsame Musterverträge für die Beschaffung von Videokonferenzdiensten.',
      cooperating_since: '2023-04-01',
      is_sample: true,
    },
  ];
}
