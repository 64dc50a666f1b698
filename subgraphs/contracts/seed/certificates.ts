import { addDays, SampleRandom } from '@kaz/reference-data';
import type { Insertable } from 'kysely';
import type { CertificateKind, CertificateTable } from '../src/db/certificate.ts';
import type { SampleKommune } from './kommunen.ts';

/** How many certificates of each kind are held by Kommunen (the Kaz holds four more itself). */
const HELD_BY_KOMMUNEN: Record<CertificateKind, number> = {
  TLS_SERVER: 34,
  VPN_GATEWAY: 14,
  SMIME: 14,
  CODE_SIGNING: 6,
  ELECTRONIC_SEAL: 8,
};

/** Certificates of the Kaz itself: no Kommune holds them. */
const KAZ_OWN: [CertificateKind, string][] = [
  ['TLS_SERVER', 'portal.kaz.brandenburg.de'],
  ['VPN_GATEWAY', 'vpn.kaz.zit-bb.brandenburg.de'],
  ['SMIME', 'kaz@zit-bb.brandenburg.de'],
  ['CODE_SIGNING', 'Kaz Softwareverteilung'],
];

/** Issuers by kind; repeated names make an issuer more likely. */
const ISSUERS: Record<CertificateKind, string[]> = {
  TLS_SERVER: ['D-Trust', 'D-Trust', 'T-Systems', 'DFN-PKI', 'ZIT-BB Verwaltungs-PKI'],
  VPN_GATEWAY: ['ZIT-BB Verwaltungs-PKI', 'ZIT-BB Verwaltungs-PKI', 'ZIT-BB Verwaltungs-PKI', 'T-Systems'],
  SMIME: ['ZIT-BB Verwaltungs-PKI', 'ZIT-BB Verwaltungs-PKI', 'D-Trust', 'DFN-PKI'],
  CODE_SIGNING: ['D-Trust', 'T-Systems'],
  ELECTRONIC_SEAL: ['D-Trust', 'D-Trust', 'T-Systems'],
};

/** Validity period in days by kind. */
const LIFETIME_DAYS: Record<CertificateKind, number> = {
  TLS_SERVER: 365,
  VPN_GATEWAY: 730,
  SMIME: 730,
  CODE_SIGNING: 1095,
  ELECTRONIC_SEAL: 1095,
};

function domainOf(k: SampleKommune): string {
  if (k.kind === 'landkreis') return `landkreis-${k.slug}.de`;
  if (k.kind === 'amt') return `amt-${k.slug}.de`;
  if (k.kind === 'verbandsgemeinde') return `vg-${k.slug}.de`;
  return `${k.slug}.de`;
}

function vpnHostOf(k: SampleKommune): string {
  // kv = Kreisverwaltung, sv = Stadtverwaltung.
  if (k.kind === 'landkreis') return `vpn.kv-${k.slug}.brandenburg.de`;
  if (k.kind === 'kreisfreie_stadt') return `vpn.sv-${k.slug}.brandenburg.de`;
  if (k.kind === 'amt') return `vpn.amt-${k.slug}.brandenburg.de`;
  return `vpn.${k.slug}.brandenburg.de`;
}

function commonNameOf(kind: CertificateKind, k: SampleKommune): string {
  switch (kind) {
    case 'TLS_SERVER':
      return `www.${domainOf(k)}`;
    case 'VPN_GATEWAY':
      return vpnHostOf(k);
    case 'SMIME':
      return `poststelle@${domainOf(k)}`;
    case 'CODE_SIGNING':
      return `${k.displayName} – IT-Softwareverteilung`;
    case 'ELECTRONIC_SEAL':
      return `${k.displayName} – elektronisches Siegel`;
  }
}

/** Shuffles a list in place (Fisher–Yates). */
function shuffle<T>(random: SampleRandom, items: T[]): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
}

function serialNumber(random: SampleRandom): string {
  // 16 bytes with the top bit clear, as CAs issue positive serials.
  return Array.from({ length: 16 }, (_, index) => random.int(0, index === 0 ? 0x7f : 0xff))
    .map((byte) => byte.toString(16).toUpperCase().padStart(2, '0'))
    .join(':');
}

/**
 * The 80 sample certificates. Their last valid days are spread evenly from 60 days before
 * `referenceDate` to two years after it, in random order of the ids, so that every 60-day window
 * around the reference date holds some. Common names that two Kommunen of the same name would share
 * get the Landkreis appended.
 */
export function certificateRows(
  kommunen: readonly SampleKommune[],
  referenceDate: string,
): Insertable<CertificateTable>[] {
  const random = new SampleRandom(4004);
  const verwaltungen = kommunen.filter((k) => k.kind !== 'amtsangehoerige_gemeinde');
  const pools: Record<CertificateKind, readonly SampleKommune[]> = {
    TLS_SERVER: kommunen,
    VPN_GATEWAY: verwaltungen,
    SMIME: verwaltungen,
    CODE_SIGNING: kommunen.filter((k) => k.kind === 'landkreis' || k.kind === 'kreisfreie_stadt'),
    ELECTRONIC_SEAL: verwaltungen,
  };
  const plan: { kind: CertificateKind; holder: SampleKommune | null; commonName: string }[] = [];
  const usedNames = new Set<string>();
  for (const [kind, count] of Object.entries(HELD_BY_KOMMUNEN) as [CertificateKind, number][]) {
    for (const holder of random.sample(pools[kind], count)) {
      let commonName = commonNameOf(kind, holder);
      if (usedNames.has(commonName))
        commonName = commonName.replace(holder.slug, `${holder.slug}-${holder.districtSlug}`);
      usedNames.add(commonName);
      plan.push({ kind, holder, commonName });
    }
  }
  for (const [kind, commonName] of KAZ_OWN) plan.push({ kind, holder: null, commonName });

  // Neither the kinds nor the expiry dates should follow the ids.
  shuffle(random, plan);
  const offsets = plan.map((_, index) => -60 + Math.round((index * 790) / (plan.length - 1)));
  shuffle(random, offsets);

  const serials = new Set<string>();
  return plan.map(({ kind, holder, commonName }, index) => {
    let serial = serialNumber(random);
    while (serials.has(serial)) serial = serialNumber(random);
    serials.add(serial);
    const validTo = addDays(referenceDate, offsets[index] ?? 0);
    return {
      id: `CERT-${String(index + 1).padStart(4, '0')}`,
      common_name: commonName,
      kind,
      issuer: random.pick(ISSUERS[kind]),
      holder_ars: holder?.ars ?? null,
      serial_number: serial,
      valid_from: addDays(validTo, -(LIFETIME_DAYS[kind] - 1)),
      valid_to: validTo,
      is_sample: true,
    };
  });
}
