import { SampleRandom } from '@kaz/reference-data';
import type { NewMembership } from '../src/db/cert-network-membership.ts';
import type { Kommune, KommuneKind } from './sample-kommunen.ts';

// How likely a Kommune of each kind is linked to the CERT network: the Landkreise and kreisfreie
// Städte run their own IT and are all linked; Ämter and larger Gemeinden often; small amtsangehörige
// Gemeinden rarely, because their Amt runs the IT.
const SHARE: Record<KommuneKind, number> = {
  LANDKREIS: 1,
  KREISFREIE_STADT: 1,
  AMT: 0.45,
  VERBANDSGEMEINDE: 0.5,
  MITVERWALTUNG: 0.5,
  AMTSFREIE_GEMEINDE: 0.4,
  AMTSANGEHOERIGE_GEMEINDE: 0.08,
};

/** SAMPLE DATA: which Kommunen are linked to the CERT network (CERT-Verbund) and since when. */
export function membershipRows(kommunen: readonly Kommune[]): NewMembership[] {
  const rng = new SampleRandom(0xce27_0001);
  const rows: NewMembership[] = [];
  for (const kommune of kommunen) {
    if (rng.next() >= SHARE[kommune.kind]) continue;
    const early = kommune.kind === 'LANDKREIS' || kommune.kind === 'KREISFREIE_STADT';
    rows.push({
      ars: kommune.ars,
      member_since: early ? rng.date('2018-03-01', '2021-12-31') : rng.date('2019-01-01', '2026-10-30'),
      is_sample: true,
    });
  }
  return rows;
}
