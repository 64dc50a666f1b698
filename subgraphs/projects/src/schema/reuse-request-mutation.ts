import {
  clientError,
  forbidden,
  hasScope,
  type Principal,
  parseKommuneArs,
  parseText,
  requirePrincipal,
  runMutation,
  todayBy,
} from '@kaz/subgraph-kit';
import { builder } from '../builder.ts';
import { ReuseRequestRef } from './reusable-result.ts';

const NOTE_MAX = 2000;

/**
 * Rule write.reuse.request: the Kaz (projects:write) records a reuse request for any Kommune, a
 * Kommune for itself only. UNAUTHENTICATED without a token, FORBIDDEN for anyone else.
 */
function requireReuseRequester(principal: Principal | null): Principal {
  const known = requirePrincipal(principal);
  if (hasScope(known, 'projects:write') || known.kind === 'municipality') return known;
  throw forbidden('reuse requests are recorded by the Kommune itself or by the Kaz (projects:write)');
}

const RequestReuseInput = builder.inputType('RequestReuseInput', {
  description: 'A Kommune’s wish to reuse a result offered for reuse (Nachnutzungswunsch, Umsetzungskonzept Kaz, §3).',
  fields: (t) => ({
    resultId: t.id({ required: true, description: 'Key of the reusable result, "NE-XXXX-XXXX-XXXX".' }),
    ars: t.id({
      required: true,
      description: 'ARS (12 digits) of the Kommune that wants to reuse it; a Kommune may name only itself.',
    }),
    note: t.string({ required: false, description: `What it needs or plans (German), up to ${NOTE_MAX} characters.` }),
  }),
});

builder.mutationFields((t) => ({
  requestReuse: t.field({
    type: ReuseRequestRef,
    description:
      'Records that a Kommune wants to reuse a result (Nachnutzungswunsch, Umsetzungskonzept Kaz, §3), dated ' +
      'today, version 1. A Kommune records its own wish, the Kaz (projects:write) any Kommune’s. FORBIDDEN for ' +
      'another Kommune’s ARS, NOT_FOUND for an unknown result, CONFLICT when the Kommune asked for it already.',
    args: { input: t.arg({ type: RequestReuseInput, required: true, description: 'Result, Kommune and note.' }) },
    resolve: (_root, { input }, ctx, info) =>
      runMutation(ctx, info, requireReuseRequester, async (principal) => {
        const ars = parseKommuneArs('input.ars', input.ars);
        if (!hasScope(principal, 'projects:write') && principal.org !== ars) {
          throw forbidden('a Kommune records only its own reuse requests');
        }
        const note = input.note == null ? null : parseText('input.note', input.note, NOTE_MAX);
        const resultId = String(input.resultId);
        return {
          entityType: 'ReuseRequest',
          entityId: `${resultId}/${ars}`,
          work: async (trx) => {
            const result = await trx
              .selectFrom('reusable_result')
              .select('id')
              .where('id', '=', resultId)
              .forUpdate()
              .executeTakeFirst();
            if (!result) throw clientError('NOT_FOUND', `no reusable result ${resultId}`);
            const row = await trx
              .insertInto('reuse_request')
              .values({ result_id: resultId, ars, requested_on: todayBy(ctx.clock), note, is_sample: false })
              .onConflict((oc) => oc.columns(['result_id', 'ars']).doNothing())
              .returningAll()
              .executeTakeFirst();
            if (!row) throw clientError('CONFLICT', `Kommune ${ars} asked to reuse ${resultId} already`);
            return {
              before: null,
              after: { resultId, ars, requestedOn: row.requested_on, note, version: row.version },
              result: row,
            };
          },
        };
      }),
  }),
}));
