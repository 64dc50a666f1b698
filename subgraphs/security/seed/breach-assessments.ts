import { SampleRandom } from '@kaz/reference-data';
import type { BreachRisk, DataSubjectExemption, NewIncident } from '../src/db/security-incident.ts';
import { pickWeighted } from './sample-kommunen.ts';

// A random sequence of its own, so that the incidents themselves (drawn before) stay as they were.
const BREACH_SEED = 0x3334;
const DAY_MS = 86_400_000;

const RISK: Record<BreachRisk, number> = { UNLIKELY: 25, RISK: 55, HIGH_RISK: 20 };
const EXEMPTION: Record<DataSubjectExemption, number> = {
  DATA_UNINTELLIGIBLE: 50,
  RISK_NO_LONGER_LIKELY: 35,
  DISPROPORTIONATE_EFFORT: 15,
};
const REASONING: Record<BreachRisk, string> = {
  UNLIKELY:
    'BEISPIEL: Betroffen waren nur verschlüsselt gespeicherte Daten; der Schlüssel war nicht zugänglich (Art. 33 Abs. 1 DSGVO).',
  RISK: 'BEISPIEL: Namen und Anschriften von Bürgerinnen und Bürgern waren für Unbefugte einsehbar.',
  HIGH_RISK: 'BEISPIEL: Melde- und Sozialdaten wurden abgeflossen; Identitätsmissbrauch ist möglich (Art. 34 DSGVO).',
};
const LATE_REASONS = [
  'BEISPIEL: Der Umfang der betroffenen Daten stand erst nach der forensischen Untersuchung fest.',
  'BEISPIEL: Der Vorfall fiel auf ein Feiertagswochenende; die oder der Datenschutzbeauftragte war nicht erreichbar.',
  'BEISPIEL: Die Meldung an die LDA wurde zunächst versehentlich nur an das CERT-Brandenburg gerichtet.',
];

function day(at: Date, plusDays = 0): string {
  return new Date(at.getTime() + plusDays * DAY_MS).toISOString().slice(0, 10);
}

/**
 * SAMPLE DATA (GDPR Art. 33/34): adds to the sample incidents with personal data the controller's
 * risk assessment (for most of those reported to the LDA), the reason for every notification later
 * than 72 hours, and for high-risk breaches whether the persons affected were informed or under
 * which Art. 34(3) exemption they were not. Changes the rows in place; texts are marked BEISPIEL.
 */
export function addBreachAssessments(incidents: NewIncident[], now: Date): void {
  const rng = new SampleRandom(BREACH_SEED);
  for (const incident of incidents) {
    if (!incident.personal_data_involved) continue;
    const detectedAt = new Date(incident.detected_at);
    const notifiedAt = incident.lda_notified_at ? new Date(incident.lda_notified_at) : null;
    const dueAt = incident.lda_notification_due_at ? new Date(incident.lda_notification_due_at) : null;
    if (notifiedAt && dueAt && notifiedAt > dueAt) incident.lda_notification_late_reason = rng.pick(LATE_REASONS);
    // A notified breach was assessed as a risk; an unnotified one may have been assessed as unlikely to be one.
    const assess = rng.next() < (notifiedAt ? 0.85 : 0.5);
    if (!assess) continue;
    const risk: BreachRisk = notifiedAt ? (rng.next() < 0.75 ? 'RISK' : 'HIGH_RISK') : pickWeighted(rng, RISK);
    const assessedOn = day(detectedAt, rng.int(0, 2));
    if (assessedOn > day(now)) continue;
    incident.breach_risk = risk;
    incident.breach_risk_assessed_on = assessedOn;
    incident.breach_risk_reasoning = REASONING[risk];
    if (risk !== 'HIGH_RISK' || rng.next() < 0.25) continue;
    if (rng.next() < 0.7) {
      const informedOn = day(detectedAt, rng.int(1, 10));
      if (informedOn > day(now)) continue;
      incident.data_subjects_informed = true;
      incident.data_subjects_informed_on = informedOn;
      incident.data_subject_communication_note = 'BEISPIEL: Anschreiben an alle betroffenen Personen per Post.';
    } else {
      incident.data_subjects_informed = false;
      incident.data_subject_exemption = pickWeighted(rng, EXEMPTION);
    }
  }
}
