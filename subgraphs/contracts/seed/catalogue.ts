import type { ProcedureType, ProcurementStatus } from '../src/db/procurement-procedure.ts';

// The hand-written skeleton of the SAMPLE DATA: what the Kaz procured, when, and what came of it.
// Vendors and products are made up; dates and amounts are plausible, not real.

/** One sample Vergabeverfahren. */
export interface ProcedureSpec {
  id: string;
  title: string;
  type: ProcedureType;
  status: ProcurementStatus;
  publishedOn: string | null;
  awardedOn: string | null;
  valueEur: number;
  /** How many Kommunen procure jointly (for a call-off: how many of the contract's eligible ones call off). */
  participants: number;
  /** Whether the procedure serves a digitalisation project of the projects subgraph. */
  forProject: boolean;
  /** For a FRAMEWORK_CALL_OFF: the contract it draws on. */
  callOffFrom?: string;
}

/** One sample Rahmenvertrag. */
export interface ContractSpec {
  id: string;
  title: string;
  vendor: string;
  startsOn: string;
  endsOn: string;
  ceilingEur: number;
  /** Share of the ceiling called off so far. */
  calledOffShare: number;
  /** The procedure it was awarded in; null when taken over or awarded in-house (Inhouse-Vergabe). */
  procurement: string | null;
  /** Kommunen that may call off beyond the procedure's participants; 'all' for every administration. */
  extraEligible: number | 'all';
}

/** One sample product with the number of licences bought for it. */
export interface ProductSpec {
  product: string;
  vendor: string;
  contract: string | null;
  licences: number;
  seats: [min: number, max: number];
  /** Yearly cost of one seat in euros. */
  seatCostEur: number;
}

const p = (
  id: string,
  title: string,
  type: ProcedureType,
  status: ProcurementStatus,
  publishedOn: string | null,
  awardedOn: string | null,
  valueEur: number,
  participants: number,
  forProject: boolean,
  callOffFrom?: string,
): ProcedureSpec => ({
  id,
  title,
  type,
  status,
  publishedOn,
  awardedOn,
  valueEur,
  participants,
  forProject,
  ...(callOffFrom ? { callOffFrom } : {}),
});

/** The 25 sample Vergabeverfahren, by number. */
// biome-ignore format: a table reads best with one row per line
export const PROCEDURES: ProcedureSpec[] = [
  p('VG-2020-001', 'Rahmenvertrag Arbeitsplatz-Hardware (PCs, Notebooks, Monitore)', 'OPEN_PROCEDURE', 'AWARDED', '2020-09-14', '2020-11-30', 4_800_000, 64, false),
  p('VG-2021-001', 'Gemeinsame Beschaffung E-Akte (Dokumentenmanagement) für Kommunalverwaltungen', 'RESTRICTED_PROCEDURE', 'AWARDED', '2021-02-15', '2021-08-16', 2_400_000, 38, true),
  p('VG-2021-002', 'Ratsinformationssystem für Kreistage und Gemeindevertretungen', 'OPEN_PROCEDURE', 'AWARDED', '2021-08-02', '2021-12-06', 650_000, 27, true),
  p('VG-2022-001', 'Endpoint-Schutz und Virenschutz für Verwaltungsarbeitsplätze', 'OPEN_PROCEDURE', 'AWARDED', '2022-02-07', '2022-05-23', 900_000, 45, false),
  p('VG-2022-002', 'Videokonferenz- und Kollaborationsplattform', 'NEGOTIATED_PROCEDURE', 'AWARDED', '2022-01-10', '2022-03-14', 1_200_000, 33, true),
  p('VG-2022-003', 'Telefonie (VoIP) für Kommunalverwaltungen', 'OPEN_PROCEDURE', 'CANCELLED', '2022-09-05', null, 1_500_000, 21, false),
  p('VG-2022-004', 'Finanzsoftware für die kommunale Doppik', 'RESTRICTED_PROCEDURE', 'AWARDED', '2022-10-04', '2023-02-20', 3_100_000, 29, true),
  p('VG-2023-001', 'Netzwerkkomponenten (Switches, WLAN-Access-Points)', 'OPEN_PROCEDURE', 'AWARDED', '2023-01-16', '2023-04-24', 2_000_000, 41, false),
  p('VG-2023-002', 'Multifunktionsgeräte (Drucken, Kopieren, Scannen) mit Wartung', 'OPEN_PROCEDURE', 'AWARDED', '2023-04-03', '2023-07-17', 1_800_000, 52, false),
  p('VG-2023-003', 'Abruf Notebooks für mobiles Arbeiten', 'FRAMEWORK_CALL_OFF', 'AWARDED', '2023-03-06', '2023-03-27', 240_000, 6, false, 'RV-2021-001'),
  p('VG-2023-004', 'Online-Terminvergabe und Aufrufsystem für Bürgerbüros', 'OPEN_PROCEDURE', 'AWARDED', '2023-09-11', '2023-12-18', 750_000, 24, true),
  p('VG-2023-005', 'ISMS-Werkzeug und Beratung IT-Grundschutz', 'NEGOTIATED_PROCEDURE', 'AWARDED', '2023-11-06', '2024-03-11', 1_100_000, 36, true),
  p('VG-2024-001', 'Mobile Device Management für Diensthandys und Tablets', 'OPEN_PROCEDURE', 'AWARDED', '2024-04-08', '2024-07-29', 600_000, 22, false),
  p('VG-2024-002', 'Abruf Videokonferenzräume für Kreisverwaltungen', 'FRAMEWORK_CALL_OFF', 'AWARDED', '2024-02-05', '2024-02-26', 180_000, 5, true, 'RV-2022-003'),
  p('VG-2024-003', 'Geoinformationssystem (GIS) für Kommunen', 'RESTRICTED_PROCEDURE', 'AWARDED', '2024-06-03', '2024-11-25', 1_400_000, 26, true),
  p('VG-2024-004', 'Abruf WLAN-Ausstattung für Rathäuser und Schulen', 'FRAMEWORK_CALL_OFF', 'AWARDED', '2024-09-02', '2024-09-23', 320_000, 7, false, 'RV-2023-002'),
  p('VG-2025-001', 'Abruf Modul Anlagenbuchhaltung', 'FRAMEWORK_CALL_OFF', 'AWARDED', '2025-03-03', '2025-03-24', 95_000, 4, true, 'RV-2023-001'),
  p('VG-2025-002', 'Scan-Dienstleistung Altakten (ersetzendes Scannen)', 'OPEN_PROCEDURE', 'CANCELLED', '2025-05-12', null, 850_000, 14, true),
  p('VG-2025-003', 'Abruf Aufrufsystem für Bürgerbüros', 'FRAMEWORK_CALL_OFF', 'AWARDED', '2025-06-02', '2025-06-23', 70_000, 3, true, 'RV-2024-001'),
  p('VG-2026-001', 'Kita-Verwaltung mit Elternportal', 'OPEN_PROCEDURE', 'AWARDED', '2026-04-13', '2026-10-12', 1_300_000, 31, true),
  p('VG-2026-002', 'Personalwesen und Zeiterfassung', 'RESTRICTED_PROCEDURE', 'AWARDED', '2026-05-04', '2026-11-02', 2_600_000, 35, true),
  p('VG-2026-003', 'Digitaler Bauantrag: Fachverfahren Bauaufsicht', 'OPEN_PROCEDURE', 'EVALUATION', '2026-09-07', null, 1_900_000, 16, true),
  p('VG-2026-004', 'Beratungsleistungen OZG-Umsetzung und Prozessdigitalisierung', 'NEGOTIATED_PROCEDURE', 'PUBLISHED', '2026-10-19', null, 700_000, 19, true),
  p('VG-2026-005', 'Rahmenvertrag Arbeitsplatz-Hardware 2027–2030 (Nachfolge)', 'OPEN_PROCEDURE', 'PLANNED', null, null, 5_500_000, 70, false),
  p('VG-2027-001', 'Online-Bezahldienst (E-Payment) für kommunale Gebühren', 'RESTRICTED_PROCEDURE', 'PLANNED', null, null, 400_000, 18, true),
];

const c = (
  id: string,
  title: string,
  vendor: string,
  startsOn: string,
  endsOn: string,
  ceilingEur: number,
  calledOffShare: number,
  procurement: string | null,
  extraEligible: number | 'all',
): ContractSpec => ({ id, title, vendor, startsOn, endsOn, ceilingEur, calledOffShare, procurement, extraEligible });

/** The 16 sample Rahmenverträge, by number. */
// biome-ignore format: a table reads best with one row per line
export const CONTRACTS: ContractSpec[] = [
  c('RV-2021-001', 'Arbeitsplatz-Hardware (PCs, Notebooks, Monitore)', 'Märkisches Systemhaus GmbH', '2021-01-01', '2024-12-31', 5_200_000, 0.94, 'VG-2020-001', 12),
  c('RV-2021-002', 'E-Akte und Dokumentenmanagement', 'Havelländische Verwaltungssoftware AG', '2021-10-01', '2025-09-30', 2_600_000, 0.81, 'VG-2021-001', 6),
  c('RV-2022-001', 'Ratsinformationssystem', 'Sitzungsdienst Nordost GmbH', '2022-02-01', '2026-01-31', 700_000, 0.77, 'VG-2021-002', 4),
  c('RV-2022-002', 'Endpoint-Schutz und Virenschutz', 'Teltower Sicherheitssysteme GmbH', '2022-07-01', '2026-06-30', 950_000, 0.88, 'VG-2022-001', 10),
  c('RV-2022-003', 'Videokonferenz- und Kollaborationsplattform', 'KommunalCloud Berlin-Brandenburg eG', '2022-04-01', '2027-03-31', 1_300_000, 0.62, 'VG-2022-002', 15),
  c('RV-2023-001', 'Finanzsoftware kommunale Doppik', 'Spree-Neiße Finanzsoftware GmbH', '2023-04-01', '2027-03-31', 3_300_000, 0.58, 'VG-2022-004', 5),
  c('RV-2023-002', 'Netzwerkkomponenten (Switches, WLAN)', 'Lausitzer Netzwerktechnik GmbH', '2023-06-01', '2027-05-31', 2_100_000, 0.49, 'VG-2023-001', 20),
  c('RV-2023-003', 'Multifunktionsgeräte mit Wartung', 'Oderland Bürotechnik GmbH', '2023-09-01', '2027-08-31', 1_900_000, 0.55, 'VG-2023-002', 8),
  c('RV-2023-004', 'Bürokommunikation: Mitnutzung des Landes-Volumenlizenzvertrags', 'Dataverbund Ost AöR', '2023-01-01', '2026-12-31', 6_000_000, 0.9, null, 'all'),
  c('RV-2024-001', 'Online-Terminvergabe und Aufrufsystem', 'Bürgerservice Digital Brandenburg GmbH', '2024-03-01', '2028-02-29', 800_000, 0.36, 'VG-2023-004', 9),
  c('RV-2024-002', 'ISMS-Werkzeug und Beratung IT-Grundschutz', 'Grundschutz Consult Potsdam GmbH', '2024-05-01', '2027-04-30', 1_150_000, 0.41, 'VG-2023-005', 25),
  c('RV-2024-003', 'Mobile Device Management', 'Uckermark Digital GmbH', '2024-10-01', '2028-09-30', 650_000, 0.23, 'VG-2024-001', 7),
  c('RV-2025-001', 'Geoinformationssystem (GIS) kommunal', 'Prignitzer Geodaten GmbH', '2025-02-01', '2029-01-31', 1_500_000, 0.18, 'VG-2024-003', 6),
  c('RV-2025-002', 'Datensicherung und Langzeitarchivierung (Inhouse-Vergabe)', 'Dataverbund Ost AöR', '2025-07-01', '2029-06-30', 2_200_000, 0.12, null, 30),
  c('RV-2026-001', 'Kita-Verwaltung mit Elternportal', 'Familienportal Software GmbH', '2027-01-01', '2030-12-31', 1_400_000, 0, 'VG-2026-001', 0),
  c('RV-2026-002', 'Personalwesen und Zeiterfassung', 'Märkische Personal-IT GmbH', '2027-02-01', '2031-01-31', 2_800_000, 0, 'VG-2026-002', 0),
];

const l = (
  product: string,
  vendor: string,
  contract: string | null,
  licences: number,
  seats: [number, number],
  seatCostEur: number,
): ProductSpec => ({ product, vendor, contract, licences, seats, seatCostEur });

/** The sample products; their licences add up to 40. */
// biome-ignore format: a table reads best with one row per line
export const PRODUCTS: ProductSpec[] = [
  l('E-Akte Kommunal – Arbeitsplatzlizenz', 'Havelländische Verwaltungssoftware AG', 'RV-2021-002', 3, [300, 1200], 96),
  l('E-Akte Kommunal – Scan-Modul', 'Havelländische Verwaltungssoftware AG', 'RV-2021-002', 1, [40, 120], 210),
  l('Ratsinfo Plus – Sitzungsdienst', 'Sitzungsdienst Nordost GmbH', 'RV-2022-001', 1, [60, 150], 180),
  l('Ratsinfo Plus – Mandatsträger-App', 'Sitzungsdienst Nordost GmbH', 'RV-2022-001', 2, [400, 1500], 24),
  l('Endpoint-Schutz Enterprise', 'Teltower Sicherheitssysteme GmbH', 'RV-2022-002', 3, [800, 3000], 18),
  l('Videokonferenz Kommunal – Nutzerlizenz', 'KommunalCloud Berlin-Brandenburg eG', 'RV-2022-003', 2, [500, 2000], 42),
  l('Videokonferenz Kommunal – Raumsystem', 'KommunalCloud Berlin-Brandenburg eG', 'RV-2022-003', 1, [20, 60], 640),
  l('Doppik Finanz – Haushalt und Buchhaltung', 'Spree-Neiße Finanzsoftware GmbH', 'RV-2023-001', 2, [150, 600], 320),
  l('Doppik Finanz – Anlagenbuchhaltung', 'Spree-Neiße Finanzsoftware GmbH', 'RV-2023-001', 1, [40, 120], 260),
  l('Doppik Finanz – Kasse und Vollstreckung', 'Spree-Neiße Finanzsoftware GmbH', 'RV-2023-001', 1, [60, 200], 280),
  l('Büro-Suite Volumenlizenz', 'Nordsoft Office Solutions GmbH', 'RV-2023-004', 4, [1500, 6000], 38),
  l('Mail- und Kalenderserver – Zugriffslizenz', 'Nordsoft Office Solutions GmbH', 'RV-2023-004', 2, [1500, 5000], 12),
  l('Terminvergabe online', 'Bürgerservice Digital Brandenburg GmbH', 'RV-2024-001', 2, [30, 120], 150),
  l('Aufrufsystem Wartebereich', 'Bürgerservice Digital Brandenburg GmbH', 'RV-2024-001', 1, [10, 40], 390),
  l('ISMS-Werkzeug Grundschutz', 'Grundschutz Consult Potsdam GmbH', 'RV-2024-002', 1, [40, 120], 480),
  l('Schulungsplattform Informationssicherheit', 'Grundschutz Consult Potsdam GmbH', 'RV-2024-002', 1, [1000, 4000], 9),
  l('MDM Mobilgeräte – Gerätelizenz', 'Uckermark Digital GmbH', 'RV-2024-003', 2, [400, 1600], 28),
  l('GIS Desktop Kommunal', 'Prignitzer Geodaten GmbH', 'RV-2025-001', 1, [60, 200], 540),
  l('GIS Web-Auskunft', 'Prignitzer Geodaten GmbH', 'RV-2025-001', 1, [300, 900], 35),
  l('Backup-Suite – Serverlizenz', 'Dataverbund Ost AöR', 'RV-2025-002', 1, [80, 250], 420),
  l('Kita-Manager Verwaltung', 'Familienportal Software GmbH', 'RV-2026-001', 1, [150, 400], 120),
  l('Personal und Zeit – Mitarbeiterlizenz', 'Märkische Personal-IT GmbH', 'RV-2026-002', 1, [2000, 6000], 22),
  l('PDF-Werkzeug Professional', 'Elbe-Elster Dokumentsoftware GmbH', null, 2, [100, 600], 55),
  l('Formular-Designer für Online-Anträge', 'Formwerk Brandenburg GmbH', null, 1, [20, 80], 330),
  l('Projektmanagement-Software', 'Barnimer Projektsoftware GmbH', null, 1, [50, 250], 140),
  l('Bildbearbeitung und Layout', 'Havelgrafik Software GmbH', null, 1, [15, 60], 260),
];

/**
 * The sample products whose vendor processes personal data on the Kommunen's behalf (Auftragsverarbeitung,
 * Art. 28 DSGVO: the vendor hosts or operates the service), and whether the Auftragsverarbeitungsvertrag
 * is signed (on the licence's first day) or still missing. SAMPLE DATA: which products are hosted is made up.
 */
export const PROCESSED_BY_VENDOR: ReadonlyMap<string, { agreementSigned: boolean }> = new Map([
  ['Videokonferenz Kommunal – Nutzerlizenz', { agreementSigned: true }],
  ['Ratsinfo Plus – Mandatsträger-App', { agreementSigned: false }],
  ['Terminvergabe online', { agreementSigned: true }],
  ['Kita-Manager Verwaltung', { agreementSigned: true }],
  ['Personal und Zeit – Mitarbeiterlizenz', { agreementSigned: false }],
]);
