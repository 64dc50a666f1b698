import { addDays } from '@kaz/reference-data';

import {
  badUserInput,
  connectionType,
  daysBetween,
  entityById,
  loadPage,
  pageArgs,
  parseDateOrToday,
  SAMPLE_RECORDS_NOTE,
  sampleFlagField,
  versionField,
} from '@kaz/subgraph-kit';
import { requireAll, requireCertificateReach, visibleCertificate } from '../access.ts';

import { builder } from '../builder.ts';
import { type CERTIFICATE_KINDS, listCertificates } from '../db/certificate.ts';
import { CertificateRef, MunicipalityRef } from './refs.ts';

/** The last day written YYYY-MM-DD. */
const LAST_DAY = '9999-12-31';

/** The widest window `expiringWithinDays` accepts: ten years. */
export const MAX_EXPIRY_WINDOW_DAYS = 3650;

export const CertificateKindEnum = builder.enumType('CertificateKind', {
  description: 'What a certificate (X.509) is used for.',
  values: {
    TLS_SERVER: { description: "TLS-Serverzertifikat: identifies a web server, e.g. the Kommune's website." },
    VPN_GATEWAY: {
      description: "VPN-Gateway: authenticates a Kommune's gateway to the Landesverwaltungsnetz or another VPN.",
    },
    SMIME: {
      description: 'S/MIME: signs and encrypts e-mail of a person or a functional mailbox (e.g. the Poststelle).',
    },
    CODE_SIGNING: { description: 'Code-Signing: signs software and scripts distributed by the IT department.' },
    ELECTRONIC_SEAL: {
      description:
        'Elektronisches Siegel (eIDAS seal): proves that a document, e.g. a Bescheid, comes from the authority.',
    },
  } satisfies Record<(typeof CERTIFICATE_KINDS)[number], { description: string }>,
});

export const CertificateConnection = connectionType(builder, CertificateRef, {
  description: 'A page of certificates.',
  items: 'certificates',
  item: 'A certificate',
});

CertificateRef.implement({
  description:
    'A certificate (X.509) the Kaz manages for a Kommune: who holds it, who issued it and how long it is valid. ' +
    SAMPLE_RECORDS_NOTE,
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Certificate number in the Kaz inventory, e.g. "CERT-0001".' }),
    commonName: t.exposeString('common_name', {
      description: 'Common Name (CN) of the subject, e.g. "www.beeskow.de" or "vpn.kv-uckermark.brandenburg.de".',
    }),
    kind: t.field({
      type: CertificateKindEnum,
      description: 'What the certificate is used for.',
      resolve: (c) => c.kind,
    }),
    issuer: t.exposeString('issuer', {
      description: 'The issuing certification authority (CA), e.g. "D-Trust" or "ZIT-BB Verwaltungs-PKI".',
    }),
    holder: t.field({
      type: MunicipalityRef,
      nullable: true,
      description: 'The Kommune that holds the certificate; null for certificates of the Kaz itself.',
      resolve: (c) => (c.holder_ars ? { ars: c.holder_ars } : null),
    }),
    serialNumber: t.exposeString('serial_number', {
      description: 'Serial number as the CA issued it, hex bytes joined by ":".',
    }),
    validFrom: t.exposeString('valid_from', { description: 'First day of validity (notBefore), YYYY-MM-DD.' }),
    validTo: t.exposeString('valid_to', {
      description: 'Last day of validity (notAfter), YYYY-MM-DD; after validFrom.',
    }),
    daysUntilExpiry: t.int({
      description: 'Days from `asOf` to validTo; 0 on the last valid day, negative once expired.',
      args: {
        asOf: t.arg.string({
          description:
            'Reference date (Stichtag), YYYY-MM-DD; default today in Europe/Berlin. Malformed: BAD_USER_INPUT.',
        }),
      },
      resolve: (c, args, ctx) => daysBetween(parseDateOrToday('asOf', args.asOf, ctx.clock), c.valid_to),
    }),
    version: versionField(t, 'certificate'),
    isSample: sampleFlagField(t),
  }),
});

entityById(builder, CertificateRef, async (id, ctx) =>
  visibleCertificate(ctx.principal, await ctx.loaders.certificateById.load(id)),
);

builder.queryFields((t) => ({
  certificate: t.field({
    type: CertificateRef,
    nullable: true,
    description:
      'One certificate by its number; null when there is none. Needs the scope contracts:write or security:read, ' +
      'or a Kommune token for a certificate that Kommune holds; FORBIDDEN otherwise.',
    args: { id: t.arg.id({ required: true, description: 'Certificate number, e.g. "CERT-0001".' }) },
    resolve: async (_root, { id }, ctx) =>
      visibleCertificate(ctx.principal, await ctx.loaders.certificateById.load(id)),
  }),
  certificates: t.field({
    type: CertificateConnection,
    // Nullable, so that a denied list fails on its own path and leaves the rest of the result intact.
    nullable: true,
    description:
      'Certificates, soonest expiry first (then by number), a page at a time. With `expiringWithinDays`, only those ' +
      'still valid on `asOf` whose validTo lies at most that many days after it ("which expire in the next 60 days"). ' +
      'Needs the scope contracts:write or security:read (a Kommune finds its own under Municipality.certificates); null with FORBIDDEN otherwise.',
    args: {
      expiringWithinDays: t.arg.int({
        description: `Only certificates with asOf <= validTo <= asOf + this many days; 0 to ${MAX_EXPIRY_WINDOW_DAYS}, else BAD_USER_INPUT.`,
      }),
      asOf: t.arg.string({
        description:
          'Reference date (Stichtag) for `expiringWithinDays`, YYYY-MM-DD; default today in Europe/Berlin. Malformed: BAD_USER_INPUT.',
      }),
      ...pageArgs(t.arg),
    },
    resolve: async (_root, args, ctx) => {
      requireAll(requireCertificateReach(ctx.principal), 'certificates');
      const asOf = parseDateOrToday('asOf', args.asOf, ctx.clock);
      const days = args.expiringWithinDays;
      if (days != null && (days < 0 || days > MAX_EXPIRY_WINDOW_DAYS)) {
        throw badUserInput('expiringWithinDays', `must be between 0 and ${MAX_EXPIRY_WINDOW_DAYS}; got ${days}`);
      }
      // A window that reaches past 9999-12-31 (the last day a date has four digits for) ends there:
      // no validTo lies later, and a later day would not be a date PostgreSQL reads.
      const filter =
        days == null
          ? {}
          : { validToFrom: asOf, validToUntil: days > daysBetween(asOf, LAST_DAY) ? LAST_DAY : addDays(asOf, days) };
      return loadPage(
        args,
        (page) => listCertificates(ctx.db, filter, page),
        (row) => ctx.loaders.certificateById.prime(row.id, row),
      );
    },
  }),
}));
