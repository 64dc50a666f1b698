import {
  badUserInput,
  clientError,
  conflict,
  expectVersion,
  isKeyCollision,
  parseKey,
  parsePastDate,
  parseText,
  parseVersion,
  runMutation,
} from '@kaz/subgraph-kit';
import { builder } from '../builder.ts';
import {
  type ExternalBodyChange,
  insertExternalBody,
  lockExternalBody,
  updateExternalBody,
} from '../db/external-body.ts';
import { ExternalBodyKindEnum } from './external-body.ts';
import { ExternalBodyRef } from './refs.ts';

/** Longest name, short name or Land of an external body. */
export const MAX_EXTERNAL_NAME_LENGTH = 200;
/** Longest description of a cooperation's subject. */
export const MAX_COOPERATION_SUBJECT_LENGTH = 2000;
/** Longest website address. */
export const MAX_WEBSITE_LENGTH = 300;

const KEY_PATTERN = /^[a-z][a-z0-9-]{1,59}$/;

const RecordExternalBodyInput = builder.inputType('RecordExternalBodyInput', {
  description:
    'A body outside Brandenburg the Kaz cooperates with (Umsetzungskonzept Kaz, §3): a new one, or a change of ' +
    'one recorded before (with `version`).',
  fields: (t) => ({
    id: t.id({
      required: true,
      description: 'Key of the body: lower-case letters, digits and hyphens, 2 to 60 characters, e.g. "fitko".',
    }),
    version: t.int({
      required: false,
      description:
        'Omitted for a new body (CONFLICT when the key is taken). For a change, the version of the body as last ' +
        'read (CONFLICT when stale, NOT_FOUND when there is no body with this key).',
    }),
    name: t.string({
      required: true,
      description: `Name of the body: not empty, at most ${MAX_EXTERNAL_NAME_LENGTH} characters.`,
    }),
    shortName: t.string({ required: false, description: 'Short name, e.g. "FITKO"; omitted when it has none.' }),
    kind: t.field({ type: ExternalBodyKindEnum, required: true, description: 'What kind of body it is.' }),
    land: t.string({
      required: false,
      description: 'The Land it belongs to, e.g. "Sachsen"; omitted for a body of the Bund or of Bund and Länder.',
    }),
    website: t.string({
      required: false,
      description: `The body’s website: an https address, at most ${MAX_WEBSITE_LENGTH} characters.`,
    }),
    cooperationSubject: t.string({
      required: true,
      description: `What the Kaz and the body cooperate on, in German: not empty, at most ${MAX_COOPERATION_SUBJECT_LENGTH} characters.`,
    }),
    cooperatingSince: t.string({
      required: true,
      description: 'First day of the cooperation (YYYY-MM-DD), not in the future.',
    }),
  }),
});

const optionalText = (field: string, value: string | null | undefined, max: number) =>
  value == null ? null : parseText(field, value, max);

builder.mutationFields((t) => ({
  recordExternalBody: t.field({
    type: ExternalBodyRef,
    description:
      'Records a body outside Brandenburg the Kaz cooperates with, or changes one (with `version`; the version ' +
      'counts up by one). Bad input changes nothing (BAD_USER_INPUT naming the field). Needs the scope ' +
      'projects:write: the Kaz keeps its cooperations (rule write.external-body).',
    args: {
      input: t.arg({ type: RecordExternalBodyInput, required: true, description: 'The body and the cooperation.' }),
    },
    resolve: (_root, { input }, ctx, info) =>
      runMutation(ctx, info, 'projects:write', async () => {
        const id = parseKey('input.id', input.id, KEY_PATTERN, 'fitko');
        const version = input.version == null ? null : parseVersion('input.version', input.version);
        const website = optionalText('input.website', input.website, MAX_WEBSITE_LENGTH);
        if (website !== null && !/^https:\/\/[^\s/]+\.[^\s]+$/.test(website)) {
          throw badUserInput('input.website', 'must be an https address such as "https://www.fitko.de/"');
        }
        const change: ExternalBodyChange = {
          name: parseText('input.name', input.name, MAX_EXTERNAL_NAME_LENGTH),
          short_name: optionalText('input.shortName', input.shortName, MAX_EXTERNAL_NAME_LENGTH),
          kind: input.kind,
          land: optionalText('input.land', input.land, MAX_EXTERNAL_NAME_LENGTH),
          website,
          cooperation_subject: parseText(
            'input.cooperationSubject',
            input.cooperationSubject,
            MAX_COOPERATION_SUBJECT_LENGTH,
          ),
          cooperating_since: parsePastDate('input.cooperatingSince', input.cooperatingSince, ctx.clock),
        };
        return {
          entityType: 'ExternalBody',
          entityId: id,
          work: async (trx) => {
            const current = await lockExternalBody(trx, id);
            if (version === null) {
              if (current) {
                throw conflict('input.id', `there is an external body "${id}" already; send its version to change it`, {
                  currentVersion: current.version,
                });
              }
              const row = await insertExternalBody(trx, { id, ...change, is_sample: false });
              return { before: null, after: row, result: row };
            }
            const before = expectVersion(current, version, `external body ${id}`);
            const row = await updateExternalBody(trx, id, change);
            return { before, after: row, result: row };
          },
          mapError: (error) => {
            // Two first records of the same key at once: the primary key lets one through.
            if (isKeyCollision(error)) {
              return clientError('CONFLICT', `external body "${id}" was recorded at the same moment; reload it`);
            }
            return undefined;
          },
        };
      }),
  }),
}));
