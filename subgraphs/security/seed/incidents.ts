import { readOrganisations, SampleRandom } from '@kaz/reference-data';
import type {
  IncidentCategory,
  IncidentSeverity,
  IncidentStatus,
  NewIncident,
  SecurityIncidentMunicipalityTable,
} from '../src/db/security-incident.ts';
import type { Tlp } from '../src/db/visibility.ts';
import { addBreachAssessments } from './breach-assessments.ts';
import { PROFILES } from './incident-profiles.ts';
import { type Kommune, type KommuneKind, pickWeighted, weightedPick } from './sample-kommunen.ts';

/** The moment the sample data describes: every incident is detected, reported and resolved before it. */
export const SEED_NOW = new Date('2026-11-25T16:00:00Z');

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
// The seed of the generator. This one gives, among the TLP:CLEAR incidents that anonymous requests
// see, open ones, overdue and still-running LDA deadlines and a late notification, which the tests
// and demos rely on.
const INCIDENT_SEED = 220;

/** GDPR Art. 33: notify the supervisory authority within 72 hours of becoming aware of a breach. */
export const LDA_DEADLINE_MS = 72 * HOUR;

// Incidents that expose people or systems get the stricter markings more often.
const TLP_SENSITIVE: Record<Tlp, number> = { CLEAR: 12, GREEN: 20, AMBER: 30, AMBER_STRICT: 18, RED: 20 };
const TLP_USUAL: Record<Tlp, number> = { CLEAR: 40, GREEN: 26, AMBER: 18, AMBER_STRICT: 9, RED: 7 };
const SENSITIVE = new Set<IncidentCategory>(['RANSOMWARE', 'DATA_LEAK', 'UNAUTHORISED_ACCESS']);

// Larger administrations run more IT and report more incidents.
const KIND_WEIGHT: Record<KommuneKind, number> = {
  LANDKREIS: 4,
  KREISFREIE_STADT: 6,
  AMT: 2,
  VERBANDSGEMEINDE: 1.5,
  MITVERWALTUNG: 1.5,
  AMTSFREIE_GEMEINDE: 1.5,
  AMTSANGEHOERIGE_GEMEINDE: 0.3,
};

// The partners that report incidents to CERT-Brandenburg when a Kommune does not: ZIT-BB runs the
// Landesverwaltungsnetz, DIKOM and the Kaz run shared services, the TUIV-AG connects the Kommunen's
// IT staff, and the LDA passes on data breaches it learns of (only those).
const REPORTER_WEIGHTS = { zit_bb: 45, dikom: 25, kaz: 15, tuiv_ag: 10, lda: 5 };

// Hours from detection to resolution, by severity: serious incidents take longer.
const RESOLUTION_HOURS: Record<IncidentSeverity, [number, number]> = {
  LOW: [2, 72],
  MEDIUM: [6, 168],
  HIGH: [24, 336],
  CRITICAL: [48, 720],
};

/** The generated incidents and the Kommunen each affects. */
export interface IncidentSeed {
  incidents: NewIncident[];
  affected: SecurityIncidentMunicipalityTable[];
}

function detectionTimes(rng: SampleRandom): Date[] {
  const times: Date[] = [];
  for (let i = 0; i < 138; i++) {
    const day = rng.date('2024-01-02', '2026-10-25');
    // Most incidents are noticed in office hours.
    const hour = rng.next() < 0.7 ? rng.int(7, 17) : rng.int(0, 23);
    times.push(new Date(Date.parse(`${day}T00:00:00Z`) + hour * HOUR + rng.int(0, 59) * MINUTE));
  }
  // A few fresh incidents, so that some are still being handled and some LDA deadlines still run.
  for (const hoursAgo of [2, 19, 30, 46, 61, 84, 110, 144, 200, 264, 390, 520])
    times.push(new Date(SEED_NOW.getTime() - hoursAgo * HOUR));
  return times.sort((a, b) => a.getTime() - b.getTime());
}

function statusByAge(rng: SampleRandom, ageDays: number): IncidentStatus {
  if (ageDays < 1) return pickWeighted<IncidentStatus>(rng, { REPORTED: 60, TRIAGED: 40 });
  if (ageDays < 7) return pickWeighted<IncidentStatus>(rng, { REPORTED: 15, TRIAGED: 40, CONTAINED: 35, RESOLVED: 10 });
  if (ageDays < 30) return pickWeighted<IncidentStatus>(rng, { TRIAGED: 20, CONTAINED: 35, RESOLVED: 45 });
  if (ageDays < 120) return pickWeighted<IncidentStatus>(rng, { CONTAINED: 10, RESOLVED: 45, CLOSED: 45 });
  return pickWeighted<IncidentStatus>(rng, { RESOLVED: 12, CLOSED: 88 });
}

/**
 * The title as drawn, unless it names a register the affected Kommunen do not keep: the
 * Melderegister (register of residents) is kept by the Gemeinden (and for amtsangehörige Gemeinden by
 * their Amt), never by a Landkreis, so an incident of a Landkreis alone is about the register a
 * Landkreis does keep, the Fahrzeugzulassungsregister (vehicle registration). No random draw, so the
 * rest of the sample stays as it was.
 */
function fitTitle(title: string, list: readonly Kommune[]): string {
  if (!title.includes('Melderegister') || !list.every((kommune) => kommune.kind === 'LANDKREIS')) return title;
  return title.replace('Melderegister', 'Fahrzeugzulassungsregister');
}

function affectedKommunen(rng: SampleRandom, kommunen: readonly Kommune[], several: boolean) {
  if (!several) {
    const kommune = weightedPick(rng, kommunen, (k) => KIND_WEIGHT[k.kind]);
    return { list: [kommune], label: kommune.label, district: null };
  }
  if (rng.next() < 0.7) {
    // Something shared within one Landkreis: its network, its data centre, its Fachverfahren.
    const district = rng.pick(kommunen.filter((k) => k.kind === 'LANDKREIS'));
    const members = kommunen.filter((k) => k.districtArs === district.ars && k.kind !== 'AMTSANGEHOERIGE_GEMEINDE');
    const list = [district, ...rng.sample(members, rng.int(1, 6))];
    const others = list.length - 1;
    const label = `${district.label} und ${others === 1 ? 'eine weitere Kommune' : `${others} weitere Kommunen`}`;
    return { list, label, district };
  }
  const list = rng.sample(
    kommunen.filter((k) => k.kind !== 'AMTSANGEHOERIGE_GEMEINDE'),
    rng.int(4, 15),
  );
  return { list, label: `${list.length} Kommunen landesweit`, district: null };
}

/**
 * SAMPLE DATA: 150 security incidents from January 2024 to November 2026 over many real Kommunen,
 * numbered per year ("CERT-BB-2025-0042") in order of detection, with all five TLP levels.
 */
export function incidentRows(kommunen: readonly Kommune[]): IncidentSeed {
  const known = new Set(readOrganisations().map((o) => o.key));
  for (const key of Object.keys(REPORTER_WEIGHTS))
    if (!known.has(key)) throw new Error(`reporter "${key}" is not a known organisation`);

  const rng = new SampleRandom(INCIDENT_SEED);
  const numbers = new Map<number, number>();
  const incidents: NewIncident[] = [];
  const affected: SecurityIncidentMunicipalityTable[] = [];
  for (const detectedAt of detectionTimes(rng)) {
    const year = detectedAt.getUTCFullYear();
    const number = (numbers.get(year) ?? 0) + 1;
    numbers.set(year, number);
    const id = `CERT-BB-${year}-${String(number).padStart(4, '0')}`;

    const category = pickWeighted(
      rng,
      Object.fromEntries(Object.entries(PROFILES).map(([k, p]) => [k, p.weight])) as Record<IncidentCategory, number>,
    );
    const profile = PROFILES[category];
    const severity = pickWeighted(rng, profile.severity);
    const tlp = pickWeighted(rng, SENSITIVE.has(category) ? TLP_SENSITIVE : TLP_USUAL);
    const where = affectedKommunen(rng, kommunen, rng.next() < profile.several);
    const personal = rng.next() < profile.personalData;

    const ageMs = SEED_NOW.getTime() - detectedAt.getTime();
    const status = statusByAge(rng, ageMs / DAY);
    const reportDelay = Math.min(
      severity === 'HIGH' || severity === 'CRITICAL' ? rng.int(10, 240) * MINUTE : rng.int(20, 2880) * MINUTE,
      Math.floor(ageMs / 2),
    );
    const reportedAt = new Date(detectedAt.getTime() + reportDelay);
    let resolvedAt: Date | null = null;
    if (status === 'RESOLVED' || status === 'CLOSED') {
      const [min, max] = RESOLUTION_HOURS[severity];
      const duration = Math.min(rng.int(min, max) * HOUR, ageMs - 30 * MINUTE);
      resolvedAt = new Date(detectedAt.getTime() + Math.max(duration, reportDelay + 30 * MINUTE));
    }

    let ldaNotifiedAt: Date | null = null;
    if (personal) {
      const r = rng.next();
      const delay = r < 0.7 ? rng.int(4 * 60, 70 * 60) : r < 0.84 ? rng.int(74 * 60, 7 * 24 * 60) : null;
      if (delay != null && detectedAt.getTime() + delay * MINUTE <= SEED_NOW.getTime()) {
        ldaNotifiedAt = new Date(detectedAt.getTime() + delay * MINUTE);
      }
    }

    // A Kommune often reports its own incident; an amtsangehörige Gemeinde rarely, its Amt runs the IT.
    const only = where.list.length === 1 ? where.list[0] : undefined;
    let reportingMunicipality: string | null = null;
    if (only && rng.next() < (only.kind === 'AMTSANGEHOERIGE_GEMEINDE' ? 0.15 : 0.45)) reportingMunicipality = only.ars;
    if (where.district && rng.next() < 0.3) reportingMunicipality = where.district.ars;
    const reporter = reportingMunicipality
      ? null
      : pickWeighted(rng, { ...REPORTER_WEIGHTS, lda: personal ? REPORTER_WEIGHTS.lda : 0 });

    incidents.push({
      id,
      title: `${fitTitle(rng.pick(profile.titles), where.list)} – ${where.label}`,
      category,
      severity,
      status,
      tlp,
      detected_at: detectedAt,
      reported_at: reportedAt,
      resolved_at: resolvedAt,
      reporter_organisation_id: reporter,
      reporting_municipality_ars: reportingMunicipality,
      personal_data_involved: personal,
      lda_notification_due_at: personal ? new Date(detectedAt.getTime() + LDA_DEADLINE_MS) : null,
      lda_notified_at: ldaNotifiedAt,
      is_sample: true,
    });
    for (const kommune of [...where.list].sort((a, b) => a.ars.localeCompare(b.ars))) {
      affected.push({ incident_id: id, ars: kommune.ars });
    }
  }
  addBreachAssessments(incidents, SEED_NOW);
  return { incidents, affected };
}
