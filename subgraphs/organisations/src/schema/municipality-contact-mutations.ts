import { badUserInput, conflict, parseKommuneArs, quoteInput, runMutation } from '@kaz/subgraph-kit';
import { builder } from '../builder.ts';
import { insertContact, lockContact, updateContact } from '../db/municipality-contact.ts';
import { requireKazOrKommune, requireOwnKommune } from '../umsetzungskonzept-access.ts';
import { MunicipalityContactRef, MunicipalityContactRoleEnum } from './municipality-contact.ts';

/** Longest mailbox address (RFC 5321 path limit). */
const MAX_EMAIL_LENGTH = 254;

/**
 * Words that make a mailbox's local part functional (a role or an office, not a person), in German and
 * English. A local part qualifies when one of its parts (split at ".", "-", "_", "+") starts with one.
 */
const FUNCTIONAL_WORDS = [
  'isb',
  'informationssicherheit',
  'it-sicherheit',
  'itsicherheit',
  'sicherheit',
  'security',
  'infosec',
  'cert',
  'csirt',
  'notfall',
  'emergency',
  'bereitschaft',
  'leitstelle',
  'datenschutz',
  'dsb',
  'privacy',
  'it',
  'edv',
  'ikt',
  'digital',
  'helpdesk',
  'servicedesk',
  'support',
  'service',
  'poststelle',
  'buergerbuero',
  'info',
  'kontakt',
  'verwaltung',
  'stadtverwaltung',
  'gemeinde',
  'amt',
];

/** Free mail providers: a Kommune's functional mailbox is on its own domain, never on one of these. */
const FREE_MAIL_DOMAINS = [
  'gmail.com',
  'googlemail.com',
  'web.de',
  'gmx.de',
  'gmx.net',
  't-online.de',
  'outlook.com',
  'outlook.de',
  'hotmail.com',
  'hotmail.de',
  'yahoo.com',
  'yahoo.de',
  'icloud.com',
  'freenet.de',
  'posteo.de',
];

/**
 * A functional mailbox of an organisation, lower-cased: a plain address whose local part names a role or
 * an office (e.g. "isb@", "it-sicherheit@", "datenschutz@"), on a domain that is no free mail provider.
 * A person's address such as "erika.mustermann@…" is refused with BAD_USER_INPUT naming `field`: the hub
 * keeps no private persons' data here.
 */
export function parseFunctionalMailbox(field: string, value: string): string {
  const email = value.trim().toLowerCase();
  const match = /^([a-z0-9][a-z0-9._+-]*)@([a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})$/.exec(email);
  if (!match || email.length > MAX_EMAIL_LENGTH) {
    throw badUserInput(field, `must be a mailbox address such as "isb@potsdam.de"; got ${quoteInput(value)}`);
  }
  const [, local = '', domain = ''] = match;
  if (FREE_MAIL_DOMAINS.includes(domain)) {
    throw badUserInput(field, `must be a mailbox on the organisation's own domain, not ${domain}`);
  }
  const whole = local.replace(/[._+]/g, '-');
  const parts = local.split(/[._+-]/);
  const functional =
    FUNCTIONAL_WORDS.some((word) => whole.startsWith(word)) ||
    parts.some((part) => FUNCTIONAL_WORDS.some((word) => !word.includes('-') && part.startsWith(word)));
  if (!functional) {
    throw badUserInput(
      field,
      'must be a functional mailbox of the organisation that names the role or office (e.g. "isb@", ' +
        '"it-sicherheit@", "notfall@", "datenschutz@"), not a person’s address',
    );
  }
  return email;
}

/** A phone number: digits with an optional leading "+" and spaces, "/", "-", "(", ")"; 6 to 20 digits. */
export function parsePhone(field: string, value: string): string {
  const phone = value.trim().replace(/\s+/g, ' ');
  const digits = phone.replace(/\D/g, '');
  if (!/^\+?[0-9 ()/-]+$/.test(phone) || digits.length < 6 || digits.length > 20) {
    throw badUserInput(field, `must be a phone number such as "+49 331 289-0"; got ${quoteInput(value)}`);
  }
  return phone;
}

const SaveMunicipalityContactInput = builder.inputType('SaveMunicipalityContactInput', {
  description:
    'A Kommune’s functional contact for one role. There is deliberately no field for a person’s name: the hub ' +
    'keeps the organisation’s mailbox and phone only.',
  fields: (t) => ({
    municipalityArs: t.id({
      required: true,
      description: 'ARS of the Kommune (12 digits); a Kommune’s token may name only itself.',
    }),
    role: t.field({ type: MunicipalityContactRoleEnum, required: true, description: 'The role.' }),
    email: t.string({
      required: true,
      description:
        'The functional mailbox, e.g. "isb@potsdam.de": its local part names the role or office, its domain is ' +
        'the organisation’s own (no free mail provider); a person’s address is refused.',
    }),
    phone: t.string({ description: 'The functional phone number, e.g. "+49 331 289-0"; optional.' }),
    availableAroundTheClock: t.boolean({ description: 'Staffed around the clock (24/7); default false.' }),
    version: t.int({
      description:
        'The `version` of the contact you last read, when it exists already (CONFLICT when stale or when the ' +
        'contact exists and you sent none); leave it out for a new one.',
    }),
  }),
});

builder.mutationFields((t) => ({
  saveMunicipalityContact: t.field({
    type: MunicipalityContactRef,
    description:
      'Saves a Kommune’s functional contact for a role: a new one (without `version`) or a change (with the ' +
      '`version` last read; it counts up by one). The Kaz (projects:write) for any Kommune, a Kommune for itself ' +
      '(rule write.municipality.contact).',
    args: { input: t.arg({ type: SaveMunicipalityContactInput, required: true, description: 'The contact.' }) },
    resolve: (_root, { input }, ctx, info) =>
      runMutation(ctx, info, requireKazOrKommune, (principal) => {
        requireOwnKommune(principal, input.municipalityArs);
        const ars = parseKommuneArs('input.municipalityArs', input.municipalityArs);
        const email = parseFunctionalMailbox('input.email', input.email);
        const phone = input.phone == null ? null : parsePhone('input.phone', input.phone);
        const changes = { email, phone, available_around_the_clock: input.availableAroundTheClock ?? false };
        return {
          entityType: 'MunicipalityContact',
          entityId: `${ars}/${input.role}`,
          work: async (trx) => {
            const row = await lockContact(trx, ars, input.role);
            if (!row) {
              if (input.version != null) {
                throw badUserInput(
                  'input.version',
                  `there is no ${input.role} contact of ${ars} yet: leave version out`,
                );
              }
              const created = await insertContact(trx, { ars, role: input.role, ...changes, is_sample: false });
              return { before: null, after: created, result: created };
            }
            if (input.version !== row.version) {
              throw conflictOf(row.version, `${ars}/${input.role}`);
            }
            const updated = await updateContact(trx, ars, input.role, changes);
            return { before: row, after: updated, result: updated };
          },
        };
      }),
  }),
}));

/** CONFLICT for a stale or missing version of an existing contact. */
function conflictOf(currentVersion: number, id: string) {
  return conflict(
    'input.version',
    `contact ${id} has changed since (or exists already): it is at version ${currentVersion}`,
    {
      currentVersion,
    },
  );
}
