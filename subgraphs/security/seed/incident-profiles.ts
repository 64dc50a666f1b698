import type { IncidentCategory, IncidentSeverity } from '../src/db/security-incident.ts';

/** How incidents of one category look in the sample data. */
export interface Profile {
  weight: number;
  severity: Partial<Record<IncidentSeverity, number>>;
  /** Share of incidents of this category that involve personal data. */
  personalData: number;
  /** Share of incidents of this category that hit several Kommunen at once. */
  several: number;
  titles: string[];
}

/** The sample-data profile of each incident category: frequency, severity, personal data, reach, titles. */
export const PROFILES: Record<IncidentCategory, Profile> = {
  PHISHING: {
    weight: 25,
    severity: { LOW: 45, MEDIUM: 40, HIGH: 15 },
    personalData: 0.25,
    several: 0.35,
    titles: [
      'Phishing-Welle mit gefälschten Rechnungen',
      'Gefälschte E-Mails im Namen der Verwaltungsleitung (CEO-Fraud)',
      'Phishing-Seite imitiert die Anmeldung am Bürgerportal',
      'Zugangsdaten über Phishing-Mail an das Bürgerbüro abgefragt',
      'Phishing-Kampagne mit gefälschten Paketbenachrichtigungen',
    ],
  },
  MALWARE: {
    weight: 14,
    severity: { LOW: 20, MEDIUM: 50, HIGH: 25, CRITICAL: 5 },
    personalData: 0.2,
    several: 0.1,
    titles: [
      'Schadsoftware auf Arbeitsplatzrechner im Ordnungsamt',
      'Trojaner über präparierten USB-Stick im Bauamt',
      'Makro-Schadcode in angeblichen Bewerbungsunterlagen',
      'Infostealer auf einem Rechner der Kämmerei entdeckt',
      'Schadsoftware-Fund bei Virenscan des Dateiservers',
    ],
  },
  VULNERABILITY: {
    weight: 15,
    severity: { LOW: 20, MEDIUM: 35, HIGH: 35, CRITICAL: 10 },
    personalData: 0.05,
    several: 0.4,
    titles: [
      'Kritische Schwachstelle im VPN-Gateway',
      'Ungepatchter Mailserver aus dem Internet erreichbar',
      'Schwachstelle im Ratsinformationssystem gemeldet',
      'Sicherheitslücke im Fachverfahren Finanzwesen',
      'Veraltete Firewall-Firmware mit bekannter Lücke',
    ],
  },
  OUTAGE: {
    weight: 10,
    severity: { LOW: 30, MEDIUM: 45, HIGH: 20, CRITICAL: 5 },
    personalData: 0,
    several: 0.3,
    titles: [
      'Ausfall der Anbindung an das Landesverwaltungsnetz',
      'Störung des Fachverfahrens Einwohnerwesen',
      'Stromausfall im Serverraum der Verwaltung',
      'Ausfall der zentralen Telefonanlage',
    ],
  },
  UNAUTHORISED_ACCESS: {
    weight: 8,
    severity: { MEDIUM: 40, HIGH: 45, CRITICAL: 15 },
    personalData: 0.6,
    several: 0.03,
    titles: [
      'Kompromittiertes E-Mail-Postfach im Hauptamt',
      'Anmeldung mit gestohlenen Zugangsdaten am Fernwartungszugang',
      'Unberechtigter Zugriff auf das Melderegister',
      'Auffällige Administratoranmeldungen außerhalb der Dienstzeit',
    ],
  },
  DDOS: {
    weight: 7,
    severity: { LOW: 20, MEDIUM: 50, HIGH: 25, CRITICAL: 5 },
    personalData: 0,
    several: 0.3,
    titles: [
      'DDoS-Angriff auf das Bürgerportal',
      'Überlastungsangriff auf die Internetseite der Verwaltung',
      'DDoS-Welle gegen kommunale Webauftritte',
    ],
  },
  DATA_LEAK: {
    weight: 7,
    severity: { MEDIUM: 40, HIGH: 45, CRITICAL: 15 },
    personalData: 1,
    several: 0.03,
    titles: [
      'Meldedaten versehentlich an falschen Empfänger versandt',
      'Offen erreichbare Dateifreigabe mit Personalunterlagen',
      'Antragsdaten über fehlkonfiguriertes Online-Formular einsehbar',
      'Personenbezogene Daten im Ratsinformationssystem veröffentlicht',
    ],
  },
  RANSOMWARE: {
    weight: 5,
    severity: { HIGH: 40, CRITICAL: 60 },
    personalData: 0.7,
    several: 0.05,
    titles: [
      'Verschlüsselungstrojaner auf dem Dateiserver der Verwaltung',
      'Ransomware-Angriff auf das Fachverfahren im Einwohnermeldeamt',
      'Verschlüsselung von Netzlaufwerken nach kompromittiertem Fernzugang',
      'Erpressung nach Datendiebstahl und Verschlüsselung',
    ],
  },
  OTHER: {
    weight: 9,
    severity: { LOW: 60, MEDIUM: 35, HIGH: 5 },
    personalData: 0.3,
    several: 0.03,
    titles: [
      'Verlust eines dienstlichen Notebooks',
      'Diebstahl eines Diensthandys mit Zugriff auf das Postfach',
      'Auffällige Netzwerkscans aus dem Internet',
      'Fehlversand von Zugangsdaten',
    ],
  },
};
