import { readDistrictsAndAemter, toArs } from '@kaz/reference-data';
import {
  badUserInput,
  clientError,
  conflict,
  expectVersion,
  hasScope,
  isKeyCollision,
  type Principal,
  parseKommuneArs,
  parsePastDate,
  parseVersion,
  requirePrincipal,
  runMutation,
  versionInputField,
} from '@kaz/subgraph-kit';
import { builder } from '../builder.ts';
import {
  DIKOM_FOUNDED_ON,
  endDikomMembershipPeriod,
  insertDikomMembership,
  lockLatestDikomMembership,
} from '../db/dikom-membership.ts';
import { DikomMembershipRef } from './refs.ts';

// The audit entries of both mutations name the entity DikomMembership by the Kommune's ARS, so that
// `organisationsAuditLog(entityType: "DikomMembership", entityId: <ARS>)` shows a Kommune's whole
// DIKOM history, every period included; `before` and `after` carry the periods themselves.

/** The organisation key of the Zweckverband DIKOM, whose own tokens may keep its member list. */
export const DIKOM_ORG = 'dikom';

/**
 * Who may record and end DIKOM memberships (rule write.dikom): a committee office with
 * organisations:write, or DIKOM itself with dikom:write (a token of org `dikom`), which allows nothing
 * else. UNAUTHENTICATED without a token, FORBIDDEN otherwise.
 */
export function requireDikomWriter(principal: Principal | null): Principal {
  const known = requirePrincipal(principal);
  if (hasScope(known, 'organisations:write')) return known;
  if (known.org === DIKOM_ORG && hasScope(known, 'dikom:write')) return known;
  throw clientError(
    'FORBIDDEN',
    'this needs the scope organisations:write, or dikom:write in a token of DIKOM (org dikom)',
    { scope: 'organisations:write' },
  );
}

let landkreise: ReadonlySet<string> | undefined;

/**
 * `ars` when it may be a DIKOM member: BAD_USER_INPUT naming `field` for a Landkreis, because DIKOM is
 * an association of the gemeindliche Ebene (Gemeinden, Städte, Ämter; Umsetzungskonzept Kaz, §3).
 */
function parseDikomMemberArs(field: string, ars: string): string {
  landkreise ??= new Set(
    readDistrictsAndAemter()
      .filter((union) => union.kind === 'landkreis')
      .map((union) => toArs(union.key)),
  );
  if (landkreise.has(ars)) {
    throw badUserInput(
      field,
      `${ars} is a Landkreis; DIKOM members are Gemeinden, Städte and Ämter (the gemeindliche Ebene), not Landkreise`,
    );
  }
  return ars;
}

const RecordDikomMembershipInput = builder.inputType('RecordDikomMembershipInput', {
  description: 'A Kommune that joins the Zweckverband DIKOM.',
  fields: (t) => ({
    municipalityArs: t.id({
      required: true,
      description:
        'ARS (12 digits) of the joining Kommune: a Gemeinde, Stadt or Amt of Brandenburg (the gemeindliche Ebene; ' +
        'a Landkreis is refused with BAD_USER_INPUT). It must not be a member already; after leaving it can join ' +
        'again with a new period.',
    }),
    memberSince: t.string({
      required: true,
      description:
        'First day of the membership (YYYY-MM-DD): not before 2020-04-09 (the founding of DIKOM), not in the ' +
        'future, and after the last day of the Kommune’s previous membership, if any.',
    }),
  }),
});

const EndDikomMembershipInput = builder.inputType('EndDikomMembershipInput', {
  description: 'A Kommune that leaves the Zweckverband DIKOM.',
  fields: (t) => ({
    municipalityArs: t.id({ required: true, description: 'ARS (12 digits) of the leaving Kommune.' }),
    version: versionInputField(t, 'Kommune’s current membership'),
    memberUntil: t.string({
      required: true,
      description: 'Last day of the membership (YYYY-MM-DD, inclusive): not before its first day, not in the future.',
    }),
  }),
});

builder.mutationFields((t) => ({
  recordDikomMembership: t.field({
    type: DikomMembershipRef,
    description:
      'Records that a Kommune joined DIKOM: a new membership period. CONFLICT when the Kommune is a member ' +
      'already. A Kommune that left joins again with a new period (the ended one is kept) whose version ' +
      'continues from the ended one. BAD_USER_INPUT for a Landkreis: DIKOM members are Gemeinden, Städte and ' +
      'Ämter. Needs the scope organisations:write, or dikom:write in a token of DIKOM itself (rule write.dikom).',
    args: { input: t.arg({ type: RecordDikomMembershipInput, required: true, description: 'Who joins, and when.' }) },
    resolve: (_root, { input }, ctx, info) =>
      runMutation(ctx, info, requireDikomWriter, async () => {
        const ars = parseDikomMemberArs(
          'input.municipalityArs',
          parseKommuneArs('input.municipalityArs', input.municipalityArs),
        );
        const memberSince = parsePastDate('input.memberSince', input.memberSince, ctx.clock);
        if (memberSince < DIKOM_FOUNDED_ON) {
          throw badUserInput('input.memberSince', `must not be before ${DIKOM_FOUNDED_ON}, when DIKOM came into being`);
        }
        return {
          entityType: 'DikomMembership',
          entityId: ars,
          work: async (trx) => {
            const latest = await lockLatestDikomMembership(trx, ars);
            if (latest && latest.member_until === null) {
              throw conflict('input.municipalityArs', `${ars} is a DIKOM member since ${latest.member_since}`, {
                currentVersion: latest.version,
              });
            }
            if (latest?.member_until != null && memberSince <= latest.member_until) {
              throw badUserInput(
                'input.memberSince',
                `must be after ${latest.member_until}, the last day of ${ars}’s previous membership`,
              );
            }
            const row = await insertDikomMembership(trx, {
              ars,
              member_since: memberSince,
              member_until: null,
              is_sample: false,
              version: (latest?.version ?? 0) + 1,
            });
            return { before: latest ?? null, after: row, result: row };
          },
          mapError: (error) => {
            // A safety net: the Kommune's lock serialises its writers, but should two ever pass it, the
            // unique index of open periods and the overlap trigger let only one through.
            if (isKeyCollision(error)) {
              return conflict('input.municipalityArs', `${ars} joined DIKOM at the same moment; reload it`);
            }
            return undefined;
          },
        };
      }),
  }),
  endDikomMembership: t.field({
    type: DikomMembershipRef,
    description:
      'Records that a Kommune left DIKOM: ends its current membership period. NOT_FOUND when it has none; CONFLICT ' +
      'when `version` is stale. Needs the scope organisations:write, or dikom:write in a token of DIKOM itself ' +
      '(rule write.dikom).',
    args: {
      input: t.arg({ type: EndDikomMembershipInput, required: true, description: 'Who leaves, and when.' }),
    },
    resolve: (_root, { input }, ctx, info) =>
      runMutation(ctx, info, requireDikomWriter, async () => {
        const ars = parseKommuneArs('input.municipalityArs', input.municipalityArs);
        const version = parseVersion('input.version', input.version);
        const memberUntil = parsePastDate('input.memberUntil', input.memberUntil, ctx.clock);
        return {
          entityType: 'DikomMembership',
          entityId: ars,
          work: async (trx) => {
            const latest = expectVersion(
              await lockLatestDikomMembership(trx, ars),
              version,
              `a DIKOM membership of ${ars}`,
            );
            // The version matches, so the client saw this period ended: there is nothing to end. (A
            // period ended by someone else meanwhile has a higher version and gave CONFLICT above.)
            if (latest.member_until !== null) {
              throw clientError(
                'NOT_FOUND',
                `${ars} has no current DIKOM membership; it ended on ${latest.member_until}`,
              );
            }
            if (memberUntil < latest.member_since) {
              throw badUserInput(
                'input.memberUntil',
                `must not be before ${latest.member_since}, when the membership began`,
              );
            }
            const row = await endDikomMembershipPeriod(trx, ars, latest.member_since, memberUntil);
            return { before: latest, after: row, result: row };
          },
        };
      }),
  }),
}));
