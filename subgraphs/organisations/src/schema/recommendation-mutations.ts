import {
  badUserInput,
  clientError,
  conflict,
  expectVersion,
  isKeyCollision,
  notBefore,
  parseKommuneArs,
  parsePastDate,
  parseText,
  runMutation,
  todayBy,
  versionInputField,
} from '@kaz/subgraph-kit';
import { builder } from '../builder.ts';
import { findDecisionsById } from '../db/decision.ts';
import {
  highestRecommendationNumber,
  insertRecommendation,
  lockRecommendation,
  lockRecommendationApplication,
  lockRecommendationNumbers,
  updateRecommendationRow,
  upsertRecommendationApplication,
} from '../db/recommendation.ts';
import { requireKaz, requireKazOrKommune, requireOwnKommune } from '../umsetzungskonzept-access.ts';
import { RecommendationApplicationRef, RecommendationRef } from './recommendation.ts';

/** Longest title of a recommendation. */
export const MAX_RECOMMENDATION_TITLE_LENGTH = 300;
/** Longest subject of a recommendation. */
export const MAX_RECOMMENDATION_SUBJECT_LENGTH = 2000;
/** Longest note on a withdrawal. */
export const MAX_RECOMMENDATION_NOTE_LENGTH = 2000;

const RecordRecommendationInput = builder.inputType('RecordRecommendationInput', {
  description: 'A new standardisation recommendation (Umsetzungskonzept Kaz, §3), recorded as a DRAFT.',
  fields: (t) => ({
    title: t.string({
      required: true,
      description: `Title in German: not empty, at most ${MAX_RECOMMENDATION_TITLE_LENGTH} characters.`,
    }),
    subject: t.string({
      required: true,
      description: `What it standardises (Gegenstand), in German: not empty, at most ${MAX_RECOMMENDATION_SUBJECT_LENGTH} characters.`,
    }),
  }),
});

const AdoptRecommendationInput = builder.inputType('AdoptRecommendationInput', {
  description: 'The adoption of a draft recommendation by a committee decision.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'Key of the recommendation, e.g. "empf-2025-1".' }),
    version: versionInputField(t, 'recommendation'),
    decisionId: t.id({
      required: true,
      description: 'Key of the decision that adopted it, e.g. "itrat-2025-2": in force; its day becomes `adoptedOn`.',
    }),
  }),
});

const WithdrawRecommendationInput = builder.inputType('WithdrawRecommendationInput', {
  description: 'The withdrawal of a recommendation (draft or adopted).',
  fields: (t) => ({
    id: t.id({ required: true, description: 'Key of the recommendation.' }),
    version: versionInputField(t, 'recommendation'),
    withdrawnOn: t.string({
      required: true,
      description: 'Day of the withdrawal (YYYY-MM-DD): not in the future, not before its adoption.',
    }),
    note: t.string({
      description: `Why it was withdrawn, in German; at most ${MAX_RECOMMENDATION_NOTE_LENGTH} characters.`,
    }),
  }),
});

const RecordRecommendationApplicationInput = builder.inputType('RecordRecommendationApplicationInput', {
  description: 'That a Kommune applies an adopted recommendation, since a day.',
  fields: (t) => ({
    recommendationId: t.id({ required: true, description: 'Key of the recommendation: ADOPTED.' }),
    municipalityArs: t.id({
      required: true,
      description: 'ARS of the Kommune (12 digits); a Kommune’s token may name only itself.',
    }),
    appliedSince: t.string({
      description: 'Day it began applying it (YYYY-MM-DD): not in the future, not before the adoption; default today.',
    }),
  }),
});

builder.mutationFields((t) => ({
  recordRecommendation: t.field({
    type: RecommendationRef,
    description:
      'Records a standardisation recommendation as a DRAFT with the key "empf-<year>-<n>" (this year, next free ' +
      'number). Needs the Kaz (scope projects:write; rule write.recommendation).',
    args: { input: t.arg({ type: RecordRecommendationInput, required: true, description: 'The recommendation.' }) },
    resolve: (_root, { input }, ctx, info) =>
      runMutation(ctx, info, requireKaz, () => {
        const title = parseText('input.title', input.title, MAX_RECOMMENDATION_TITLE_LENGTH);
        const subject = parseText('input.subject', input.subject, MAX_RECOMMENDATION_SUBJECT_LENGTH);
        const year = Number(todayBy(ctx.clock).slice(0, 4));
        return {
          entityType: 'Recommendation',
          entityId: '',
          work: async (trx) => {
            // One recordRecommendation at a time: the next one waits here and then sees the number this one took.
            await lockRecommendationNumbers(trx);
            const id = `empf-${year}-${(await highestRecommendationNumber(trx, year)) + 1}`;
            const row = await insertRecommendation(trx, {
              id,
              title,
              subject,
              status: 'DRAFT',
              decision_id: null,
              adopted_on: null,
              withdrawn_on: null,
              withdrawal_note: null,
              is_sample: false,
            });
            return { before: null, after: row, result: row, entityId: id };
          },
          mapError: (error) =>
            isKeyCollision(error)
              ? clientError('CONFLICT', 'another recommendation was recorded at the same moment; try again')
              : undefined,
        };
      }),
  }),
  adoptRecommendation: t.field({
    type: RecommendationRef,
    description:
      'Marks a DRAFT recommendation ADOPTED by a committee decision (in force), on the decision’s day. NOT_FOUND for ' +
      'an unknown id, CONFLICT when `version` is stale or it is not a draft. Needs the Kaz (scope projects:write; ' +
      'rule write.recommendation).',
    args: { input: t.arg({ type: AdoptRecommendationInput, required: true, description: 'The adoption.' }) },
    resolve: (_root, { input }, ctx, info) =>
      runMutation(ctx, info, requireKaz, async () => {
        const [decision] = await findDecisionsById(ctx.db, [input.decisionId]);
        if (!decision) throw badUserInput('input.decisionId', `there is no decision "${input.decisionId}"`);
        if (decision.withdrawn_on !== null) {
          throw badUserInput('input.decisionId', `decision ${decision.id} was withdrawn on ${decision.withdrawn_on}`);
        }
        return {
          entityType: 'Recommendation',
          entityId: input.id,
          work: async (trx) => {
            const row = expectVersion(
              await lockRecommendation(trx, input.id),
              input.version,
              `recommendation ${input.id}`,
            );
            if (row.status !== 'DRAFT') {
              throw conflict('input.id', `recommendation ${row.id} is ${row.status}, not a DRAFT`, {
                currentVersion: row.version,
              });
            }
            const updated = await updateRecommendationRow(trx, row.id, {
              status: 'ADOPTED',
              decision_id: decision.id,
              adopted_on: decision.decided_on,
            });
            return { before: row, after: updated, result: updated };
          },
        };
      }),
  }),
  withdrawRecommendation: t.field({
    type: RecommendationRef,
    description:
      'Withdraws a recommendation (draft or adopted): WITHDRAWN with the day and an optional note. Kommunen that ' +
      'applied it stay listed. NOT_FOUND for an unknown id, CONFLICT when `version` is stale or it is withdrawn ' +
      'already. Needs the Kaz (scope projects:write; rule write.recommendation).',
    args: { input: t.arg({ type: WithdrawRecommendationInput, required: true, description: 'The withdrawal.' }) },
    resolve: (_root, { input }, ctx, info) =>
      runMutation(ctx, info, requireKaz, () => {
        const withdrawnOn = parsePastDate('input.withdrawnOn', input.withdrawnOn, ctx.clock);
        const note = input.note == null ? null : parseText('input.note', input.note, MAX_RECOMMENDATION_NOTE_LENGTH);
        return {
          entityType: 'Recommendation',
          entityId: input.id,
          work: async (trx) => {
            const row = expectVersion(
              await lockRecommendation(trx, input.id),
              input.version,
              `recommendation ${input.id}`,
            );
            if (row.status === 'WITHDRAWN') {
              throw conflict('input.id', `recommendation ${row.id} was withdrawn on ${row.withdrawn_on} already`, {
                currentVersion: row.version,
              });
            }
            if (row.adopted_on !== null) notBefore('input.withdrawnOn', withdrawnOn, row.adopted_on, 'its adoption');
            const updated = await updateRecommendationRow(trx, row.id, {
              status: 'WITHDRAWN',
              withdrawn_on: withdrawnOn,
              withdrawal_note: note,
            });
            return { before: row, after: updated, result: updated };
          },
        };
      }),
  }),
  recordRecommendationApplication: t.field({
    type: RecommendationApplicationRef,
    description:
      'Records that a Kommune applies an ADOPTED recommendation since a day; recording it again changes the day ' +
      '(version counts up). BAD_USER_INPUT when the recommendation is unknown or not ADOPTED. The Kaz (projects:write) ' +
      'for any Kommune, a Kommune for itself (rule write.recommendation.application).',
    args: {
      input: t.arg({ type: RecordRecommendationApplicationInput, required: true, description: 'The application.' }),
    },
    resolve: (_root, { input }, ctx, info) =>
      runMutation(ctx, info, requireKazOrKommune, (principal) => {
        requireOwnKommune(principal, input.municipalityArs);
        const ars = parseKommuneArs('input.municipalityArs', input.municipalityArs);
        const appliedSince =
          input.appliedSince == null
            ? todayBy(ctx.clock)
            : parsePastDate('input.appliedSince', input.appliedSince, ctx.clock);
        return {
          entityType: 'RecommendationApplication',
          entityId: `${input.recommendationId}/${ars}`,
          work: async (trx) => {
            const recommendation = await lockRecommendation(trx, input.recommendationId);
            if (!recommendation) {
              throw badUserInput('input.recommendationId', `there is no recommendation "${input.recommendationId}"`);
            }
            if (recommendation.status !== 'ADOPTED' || recommendation.adopted_on === null) {
              throw badUserInput(
                'input.recommendationId',
                `recommendation ${recommendation.id} is ${recommendation.status}, not ADOPTED`,
              );
            }
            notBefore('input.appliedSince', appliedSince, recommendation.adopted_on, 'the adoption');
            const before = (await lockRecommendationApplication(trx, recommendation.id, ars)) ?? null;
            const row = await upsertRecommendationApplication(trx, {
              recommendation_id: recommendation.id,
              ars,
              applied_since: appliedSince,
              is_sample: false,
            });
            return { before, after: row, result: row };
          },
        };
      }),
  }),
}));
