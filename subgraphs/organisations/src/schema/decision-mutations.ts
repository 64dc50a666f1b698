import {
  badUserInput,
  clientError,
  conflict,
  expectVersion,
  isKeyCollision,
  notBefore,
  parsePastDate,
  parseText,
  runMutation,
  versionInputField,
} from '@kaz/subgraph-kit';
import { builder } from '../builder.ts';
import { findCommitteesById } from '../db/committee.ts';
import {
  findDecisionByReference,
  highestDecisionNumber,
  insertDecision,
  lockCommittee,
  lockDecision,
  withdrawDecisionRow,
} from '../db/decision.ts';
import { DecisionRef } from './refs.ts';

/** Longest title (Betreff) a decision may have. */
export const MAX_TITLE_LENGTH = 300;
/** Longest reference a decision may have; references are short, like "Beschluss 2025/3". */
export const MAX_REFERENCE_LENGTH = 100;
/** Longest wording a decision may have. */
export const MAX_TEXT_LENGTH = 20_000;

/** Longest note on a withdrawal. */
export const MAX_WITHDRAWAL_NOTE_LENGTH = 2000;

const WithdrawDecisionInput = builder.inputType('WithdrawDecisionInput', {
  description: 'The withdrawal (Aufhebung) of a decision by its committee.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'Key of the decision, e.g. "itrat-2024-3".' }),
    version: versionInputField(t, 'decision'),
    withdrawnOn: t.string({
      required: true,
      description: 'Day of the withdrawal (YYYY-MM-DD): not before the decision’s date, not in the future.',
    }),
    note: t.string({
      required: false,
      description: `Why or by which later decision it was withdrawn, in German; at most ${MAX_WITHDRAWAL_NOTE_LENGTH} characters.`,
    }),
  }),
});

const RecordDecisionInput = builder.inputType('RecordDecisionInput', {
  description: 'A decision (Beschluss) a committee has taken, to be recorded in the hub.',
  fields: (t) => ({
    committeeId: t.id({ required: true, description: 'Key of the committee that decided, e.g. "it-rat".' }),
    reference: t.string({
      required: true,
      description: `Reference as the committee writes it, e.g. "Beschluss 2026/1": not empty, at most ${MAX_REFERENCE_LENGTH} characters, unique within the committee.`,
    }),
    decidedOn: t.string({
      required: true,
      description: 'Date of the decision (YYYY-MM-DD), not in the future. Its year is the year in the new id.',
    }),
    title: t.string({
      required: true,
      description: `Short title (Betreff) in German: not empty, at most ${MAX_TITLE_LENGTH} characters.`,
    }),
    text: t.string({
      required: true,
      description: `Wording of the decision (Beschlusstext) in German: not empty, at most ${MAX_TEXT_LENGTH} characters.`,
    }),
  }),
});

builder.mutationFields((t) => ({
  recordDecision: t.field({
    type: DecisionRef,
    description:
      'Records a decision of a committee. The hub gives it the key `<prefix>-<year>-<n>` (prefix itrat, itplr, sg or pgozg ' +
      'for the IT-Rat, the IT-Planungsrat, the Steuerungsgremium and the PG OZG: the committee’s `decisionPrefix`; the year of `decidedOn`; n the next free number of that ' +
      'committee and year). CONFLICT when the committee already has a decision with this reference. Needs the scope ' +
      'organisations:write (rule write.decision).',
    args: { input: t.arg({ type: RecordDecisionInput, required: true, description: 'The decision.' }) },
    resolve: (_root, { input }, ctx, info) =>
      runMutation(ctx, info, 'organisations:write', async () => {
        const reference = parseText('input.reference', input.reference, MAX_REFERENCE_LENGTH);
        const decidedOn = parsePastDate('input.decidedOn', input.decidedOn, ctx.clock);
        const title = parseText('input.title', input.title, MAX_TITLE_LENGTH);
        const text = parseText('input.text', input.text, MAX_TEXT_LENGTH);
        const [committee] = await findCommitteesById(ctx.db, [input.committeeId]);
        if (!committee) throw badUserInput('input.committeeId', `there is no committee "${input.committeeId}"`);
        // The committee's own reference data fixes the prefix of its decisions' ids.
        const prefix = committee.decision_prefix;
        const year = Number(decidedOn.slice(0, 4));

        // The id is known only inside the transaction, so the outcome names the entity.
        return {
          entityType: 'Decision',
          entityId: '',
          work: async (trx) => {
            // One recordDecision per committee at a time: the next one waits here and then sees the
            // number and the reference this one took.
            await lockCommittee(trx, committee.id);
            const taken = await findDecisionByReference(trx, committee.id, reference);
            if (taken) {
              throw conflict('input.reference', `${committee.id} already has "${reference}" (decision ${taken.id})`, {
                decisionId: taken.id,
              });
            }
            const id = `${prefix}-${year}-${(await highestDecisionNumber(trx, prefix, year)) + 1}`;
            const row = await insertDecision(trx, {
              id,
              committee_id: committee.id,
              reference,
              decided_on: decidedOn,
              title,
              text,
              is_sample: false,
            });
            return { before: null, after: row, result: row, entityId: id };
          },
          mapError: (error) => {
            // Only when the lock did not serialise two writers (it always does): never a duplicate, never a 500.
            if (isKeyCollision(error)) {
              return clientError(
                'CONFLICT',
                'another decision of this committee was recorded at the same moment; try again',
              );
            }
            return undefined;
          },
        };
      }),
  }),
  withdrawDecision: t.field({
    type: DecisionRef,
    description:
      'Withdraws a decision (Aufhebung): its status becomes WITHDRAWN with the day and an optional note, and its ' +
      'version counts up by one. Work orders that cite it stay, and the reference audit (`pnpm references:check`) ' +
      'lists them. NOT_FOUND for an unknown id, CONFLICT when `version` is stale or the decision is withdrawn ' +
      'already. Needs the scope organisations:write (rule write.decision).',
    args: { input: t.arg({ type: WithdrawDecisionInput, required: true, description: 'The withdrawal.' }) },
    resolve: (_root, { input }, ctx, info) =>
      runMutation(ctx, info, 'organisations:write', async () => {
        const withdrawnOn = parsePastDate('input.withdrawnOn', input.withdrawnOn, ctx.clock);
        const note = input.note == null ? null : parseText('input.note', input.note, MAX_WITHDRAWAL_NOTE_LENGTH);
        return {
          entityType: 'Decision',
          entityId: input.id,
          work: async (trx) => {
            const row = expectVersion(await lockDecision(trx, input.id), input.version, `decision ${input.id}`);
            if (row.withdrawn_on !== null) {
              throw conflict('input.id', `decision ${row.id} was withdrawn on ${row.withdrawn_on} already`, {
                currentVersion: row.version,
              });
            }
            notBefore('input.withdrawnOn', withdrawnOn, row.decided_on, 'the decision’s date');
            const updated = await withdrawDecisionRow(trx, row.id, withdrawnOn, note);
            return { before: row, after: updated, result: updated };
          },
        };
      }),
  }),
}));
