import type { AdvisoryProductTable, NewAdvisory } from '../src/db/advisory.ts';

// The vendors and products are those of the contracts subgraph's sample licences
// (subgraphs/contracts/seed/catalogue.ts), spelt the same, so that Advisory.affectedMunicipalities
// finds Kommunen; one advisory names a product no Kommune has. The CVE ids are made up.

interface AdvisorySpec {
  advisory: Omit<NewAdvisory, 'is_sample'>;
  products: [vendor: string, product: string][];
}

const E_AKTE = 'Havelländische Verwaltungssoftware AG';
const NORDSOFT = 'Nordsoft Office Solutions GmbH';

// biome-ignore format: a table reads best with one advisory per entry
const ADVISORIES: AdvisorySpec[] = [
  {
    advisory: { id: 'CERT-BB-ADV-2026-0038', title: 'PDF-Werkzeug Professional: Codeausführung beim Öffnen präparierter PDF-Dateien', published_at: '2026-10-14T08:30:00Z', severity: 'MEDIUM', cve_ids: ['CVE-2026-90311'] },
    products: [['Elbe-Elster Dokumentsoftware GmbH', 'PDF-Werkzeug Professional']],
  },
  {
    advisory: { id: 'CERT-BB-ADV-2026-0039', title: 'Terminvergabe online: Cross-Site-Scripting im Buchungsformular', published_at: '2026-10-29T13:00:00Z', severity: 'MEDIUM', cve_ids: ['CVE-2026-90412'] },
    products: [['Bürgerservice Digital Brandenburg GmbH', 'Terminvergabe online']],
  },
  {
    advisory: { id: 'CERT-BB-ADV-2026-0040', title: 'Bürgerkonto-Anbindung: Sitzungen werden nicht beendet', published_at: '2026-11-05T09:15:00Z', severity: 'LOW', cve_ids: [] },
    products: [['Beispiel-Software Lausitz GmbH', 'Bürgerkonto-Anbindung']],
  },
  {
    advisory: { id: 'CERT-BB-ADV-2026-0041', title: 'Mail- und Kalenderserver: Umgehung der Anmeldung über die Web-Oberfläche', published_at: '2026-11-12T07:45:00Z', severity: 'HIGH', cve_ids: ['CVE-2026-90527', 'CVE-2026-90528'] },
    products: [[NORDSOFT, 'Mail- und Kalenderserver – Zugriffslizenz'], [NORDSOFT, 'Büro-Suite Volumenlizenz']],
  },
  {
    advisory: { id: 'CERT-BB-ADV-2026-0042', title: 'E-Akte Kommunal: kritische Schwachstelle erlaubt Codeausführung ohne Anmeldung', published_at: '2026-11-20T06:00:00Z', severity: 'CRITICAL', cve_ids: ['CVE-2026-90601'] },
    products: [[E_AKTE, 'E-Akte Kommunal – Arbeitsplatzlizenz'], [E_AKTE, 'E-Akte Kommunal – Scan-Modul']],
  },
  {
    advisory: { id: 'CERT-BB-ADV-2026-0043', title: 'Endpoint-Schutz Enterprise: Echtzeitschutz lässt sich von Benutzern abschalten', published_at: '2026-11-24T10:30:00Z', severity: 'HIGH', cve_ids: ['CVE-2026-90644'] },
    products: [['Teltower Sicherheitssysteme GmbH', 'Endpoint-Schutz Enterprise']],
  },
];

/** SAMPLE DATA: six advisories of CERT-Brandenburg and the products they name. */
export function advisoryRows(): { advisories: NewAdvisory[]; products: AdvisoryProductTable[] } {
  return {
    advisories: ADVISORIES.map(({ advisory }) => ({ ...advisory, is_sample: true })),
    products: ADVISORIES.flatMap(({ advisory, products }) =>
      products.map(([vendor, product]) => ({ advisory_id: advisory.id, vendor, product })),
    ),
  };
}
