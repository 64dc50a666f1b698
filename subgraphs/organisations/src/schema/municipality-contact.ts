import { listSize, SAMPLE_RECORDS_NOTE, sampleFlagField, versionField } from '@kaz/subgraph-kit';
import { builder } from '../builder.ts';
import { CONTACT_ROLES, type MunicipalityContactRow } from '../db/municipality-contact.ts';
import { requireContactReader } from '../umsetzungskonzept-access.ts';
import { MunicipalityRef } from './municipality.ts';

/** The MunicipalityContact type, backed by a `municipality_contact` row. */
export const MunicipalityContactRef = builder.objectRef<MunicipalityContactRow>('MunicipalityContact');

export const MunicipalityContactRoleEnum = builder.enumType('MunicipalityContactRole', {
  description: 'The role a Kommune names a functional contact for.',
  values: {
    ISB: {
      description:
        'Informationssicherheitsbeauftragte/r (ISB): the information-security officer’s office, whom CERT-Brandenburg ' +
        'warns and asks about incidents.',
    },
    EMERGENCY: {
      description: 'Notfallkontakt: where the Kommune is reached in an IT emergency, if need be out of hours.',
    },
    DATA_PROTECTION: { description: 'Datenschutzbeauftragte/r: the data-protection officer’s office (Art. 37 DSGVO).' },
    IT_LEAD: { description: 'IT-Leitung: the head of the Kommune’s IT, the Kaz’s counterpart for projects.' },
  } satisfies Record<(typeof CONTACT_ROLES)[number], { description: string }>,
});

MunicipalityContactRef.implement({
  description:
    'A Kommune’s contact for one role (ISB, emergency, data protection, IT lead): the organisation’s functional ' +
    'mailbox and phone, never a person’s name or private address, so that it stays right when people change ' +
    '(Umsetzungskonzept Kaz, §3: the Kaz supports the Kommunen in information security together with ' +
    'CERT-Brandenburg). Kept by the Kommune itself or the Kaz; owned by the Kaz (organisations subgraph). ' +
    SAMPLE_RECORDS_NOTE,
  fields: (t) => ({
    id: t.id({
      description: 'ARS and role joined by "/", e.g. "120540000000/ISB".',
      resolve: (c) => `${c.ars}/${c.role}`,
    }),
    municipality: t.field({
      type: MunicipalityRef,
      description: 'The Kommune.',
      resolve: (c) => ({ ars: c.ars }),
    }),
    role: t.field({
      type: MunicipalityContactRoleEnum,
      description: 'The role.',
      resolve: (c) => c.role as (typeof CONTACT_ROLES)[number],
    }),
    email: t.exposeString('email', {
      description:
        'The functional mailbox of the organisation for this role, e.g. "informationssicherheit@potsdam.de".',
    }),
    phone: t.exposeString('phone', {
      nullable: true,
      description:
        'The functional phone number (e.g. a hotline or switchboard), in international or national form; null when none.',
    }),
    availableAroundTheClock: t.exposeBoolean('available_around_the_clock', {
      description: 'True when the contact is staffed around the clock (24/7), as an emergency contact should be.',
    }),
    isSample: sampleFlagField(t),
    version: versionField(t, 'contact'),
  }),
});

builder.objectField(MunicipalityRef, 'contacts', (t) =>
  t.field({
    directives: listSize(CONTACT_ROLES.length),
    type: [MunicipalityContactRef],
    nullable: true,
    description:
      'The Kommune’s functional contacts by role (ISB, emergency, data protection, IT lead), in that order; only ' +
      'the roles it named. For CERT-Brandenburg (security:read), the Kaz, the Kommune itself and its Amt ' +
      '(Verbandsgemeinde, Mitverwaltung); FORBIDDEN for anyone else (rule read.municipality.contacts).',
    args: {
      roles: t.arg({
        type: [MunicipalityContactRoleEnum],
        description: 'Only these roles; all without it.',
      }),
    },
    resolve: async (m, { roles }, ctx) => {
      requireContactReader(ctx.principal, m.ars);
      const contacts = await ctx.loaders.contactsOf.load(m.ars);
      return roles == null ? contacts : contacts.filter((c) => (roles as string[]).includes(c.role));
    },
  }),
);
