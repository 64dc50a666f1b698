import {
  badUserInput,
  clientError,
  forbidden,
  hasScope,
  isUniqueViolation,
  parseKommuneArs,
  parsePastDate,
  requirePrincipal,
  runMutation,
} from '@kaz/subgraph-kit';
import { builder } from '../builder.ts';
import { lockOzgRollout, type OzgRolloutRow } from '../db/ozg-rollout.ts';
import { findOzgServicesByIds } from '../db/ozg-service.ts';
import { kommuneOf } from '../ozg-delivery.ts';
import { LandEnum, OzgRolloutRef, OzgRolloutStatusEnum } from './ozg-rollout.ts';
import { OZG_ID_PATTERN } from './ozg-service.ts';

const RecordOzgRolloutInput = builder.inputType('RecordOzgRolloutInput', {
  description: 'The rollout status of one OZG-Leistung at one Kommune (Umsetzungskonzept Kaz, §3).',
  fields: (t) => ({
    municipalityArs: t.id({
      required: true,
      description:
        'ARS (12 digits) of the Kommune that delivers the Leistung; not an amtsangehörige Gemeinde (its Amt delivers).',
    }),
    ozgServiceId: t.id({ required: true, description: 'OZG-ID of the Leistung, 5 digits, e.g. "10092".' }),
    status: t.field({ type: OzgRolloutStatusEnum, required: true, description: 'How far the rollout got.' }),
    onlineSince: t.string({
      required: false,
      description: 'The day it went online (YYYY-MM-DD, not in the future); required exactly when status is ONLINE.',
    }),
    efaSource: t.field({
      type: LandEnum,
      required: false,
      description: 'The Land that built the "Einer für Alle" service reused here; null when not known or none.',
    }),
    version: t.int({
      required: false,
      description:
        'The `version` of the record you last read; leave it out for a new record. CONFLICT when it does not ' +
        'match the stored record (or a record exists already and none was given).',
    }),
  }),
});

/**
 * Rule write.ozg.rollout: the Kaz (projects:write) records the rollout of any Kommune, a Kommune
 * (a token for its ARS) only its own. UNAUTHENTICATED without a token, FORBIDDEN for anyone else.
 */
function requireRolloutWriter(principal: Parameters<typeof requirePrincipal>[0]) {
  const known = requirePrincipal(principal);
  if (hasScope(known, 'projects:write') || known.kind === 'municipality') return known;
  throw forbidden('OZG rollout records are kept by the Kaz (projects:write) and by each Kommune for itself');
}

const snapshot = (row: OzgRolloutRow) => ({
  ars: row.ars,
  ozgServiceId: row.ozg_service_id,
  status: row.status,
  onlineSince: row.online_since,
  efaSource: row.efa_source,
  version: row.version,
});

builder.mutationFields((t) => ({
  recordOzgRollout: t.field({
    type: OzgRolloutRef,
    description:
      'Records how far an OZG-Leistung has rolled out at a Kommune: creates the record (version 1) or changes it ' +
      '(version + 1). The Kaz (projects:write) for any Kommune, a Kommune for itself (Umsetzungskonzept Kaz, §3). ' +
      'BAD_USER_INPUT for an unknown Kommune or Leistung, an amtsangehörige Gemeinde, or onlineSince missing for ' +
      'ONLINE / given otherwise; CONFLICT for a stale or missing version.',
    args: { input: t.arg({ type: RecordOzgRolloutInput, required: true, description: 'The rollout status.' }) },
    resolve: (_root, { input }, ctx, info) =>
      runMutation(ctx, info, requireRolloutWriter, async (principal) => {
        const ars = parseKommuneArs('input.municipalityArs', input.municipalityArs);
        if (principal.kind === 'municipality' && !hasScope(principal, 'projects:write') && principal.org !== ars) {
          throw forbidden('a Kommune records the OZG rollout of itself only');
        }
        const kommune = kommuneOf(ars);
        if (kommune && kommune.deliveredBy !== ars) {
          throw badUserInput(
            'input.municipalityArs',
            `${kommune.name} is an amtsangehörige Gemeinde: record the rollout at ${kommune.deliveredBy}, which delivers its Leistungen`,
          );
        }
        if (!OZG_ID_PATTERN.test(input.ozgServiceId)) {
          throw badUserInput('input.ozgServiceId', 'must be an OZG-ID of 5 digits, e.g. "10092"');
        }
        const ozgServiceId = input.ozgServiceId;
        const online = input.status === 'ONLINE';
        if (online && input.onlineSince == null) {
          throw badUserInput('input.onlineSince', 'is required when status is ONLINE');
        }
        if (!online && input.onlineSince != null) {
          throw badUserInput('input.onlineSince', 'is given only when status is ONLINE');
        }
        const onlineSince = online ? parsePastDate('input.onlineSince', input.onlineSince as string, ctx.clock) : null;
        if (input.version != null && input.version < 1) throw badUserInput('input.version', 'must be 1 or more');
        return {
          entityType: 'OzgRollout',
          entityId: `${ars}:${ozgServiceId}`,
          work: async (trx) => {
            if ((await findOzgServicesByIds(trx, [ozgServiceId])).length === 0) {
              throw badUserInput('input.ozgServiceId', `there is no OZG-Leistung ${ozgServiceId}`);
            }
            const before = await lockOzgRollout(trx, ars, ozgServiceId);
            const values = {
              status: input.status,
              online_since: onlineSince,
              efa_source: input.efaSource ?? null,
              is_sample: false,
            };
            if (!before) {
              if (input.version != null) {
                throw clientError(
                  'CONFLICT',
                  `there is no rollout record of ${ozgServiceId} at ${ars} yet: leave version out`,
                );
              }
              const row = await trx
                .insertInto('ozg_rollout')
                .values({ ars, ozg_service_id: ozgServiceId, ...values, version: 1 })
                .returningAll()
                .executeTakeFirstOrThrow();
              return { before: null, after: snapshot(row), result: row };
            }
            if (input.version !== before.version) {
              throw clientError(
                'CONFLICT',
                `the rollout record of ${ozgServiceId} at ${ars} is at version ${before.version}; read it again`,
              );
            }
            const row = await trx
              .updateTable('ozg_rollout')
              .set({ ...values, version: before.version + 1 })
              .where('ars', '=', ars)
              .where('ozg_service_id', '=', ozgServiceId)
              .returningAll()
              .executeTakeFirstOrThrow();
            return { before: snapshot(before), after: snapshot(row), result: row };
          },
          mapError: (error) =>
            isUniqueViolation(error)
              ? clientError(
                  'CONFLICT',
                  `a rollout record of ${ozgServiceId} at ${ars} was just recorded; read it again`,
                )
              : undefined,
        };
      }),
  }),
}));
