import type { Principal, Scope } from '@kaz/auth';
import type { AuditDatabase } from '@kaz/db';
import type { GraphQLResolveInfo } from 'graphql';
import type { Kysely, Transaction } from 'kysely';
import { requireScope } from './access.ts';
import { audited, type ChangeOutcome } from './mutation.ts';

/** What a mutation needs of a subgraph's request context. */
export interface WriteContext<DB extends AuditDatabase> {
  db: Kysely<DB>;
  principal: Principal | null;
  /** The request's DataLoaders (one per key); every one is cleared after each write. */
  loaders: Readonly<Record<string, { clearAll(): unknown }>>;
}

/** A write that validation has prepared: the entity it changes, and the work in the transaction. */
export interface PreparedWrite<DB extends AuditDatabase, T> {
  /** The GraphQL type of the entity, e.g. `Project`, as the audit log names it. */
  entityType: string;
  /** Its public key; '' when the work assigns it and returns it as `entityId`. */
  entityId: string;
  /** The change, in the transaction that also writes the audit entry. */
  work(trx: Transaction<DB>): Promise<ChangeOutcome<T>>;
  /**
   * Turns an error of the work into the answer a client can act on, e.g. a unique violation
   * (`isUniqueViolation`) into CONFLICT; returns undefined to pass the error on as it is.
   */
  mapError?(error: unknown): Error | undefined;
}

/** Who may run a mutation: a scope, or a check that returns the principal or throws (FORBIDDEN, UNAUTHENTICATED). */
export type WriteAccess = Scope | ((principal: Principal | null) => Principal);

/**
 * The recipe of every mutation, in this order:
 * 1. access: `requireScope` for a scope, or the subgraph's own check (UNAUTHENTICATED, FORBIDDEN);
 * 2. validation: `prepare` parses the arguments (BAD_USER_INPUT) and returns the write, so that nothing
 *    is written for a request that is refused;
 * 3. the audited transaction: the work and exactly one audit entry whose operation is the mutation
 *    field's name (`info.fieldName`), committed together or not at all; an error of the work goes
 *    through `mapError`;
 * 4. loader reset: after a committed write every DataLoader of the request is cleared, so that the
 *    fields of the answer, and any later mutation of the same request, read the rows as they are now
 *    and never a row cached before the write. A refused or rolled-back write changed nothing and
 *    leaves the loaders as they were.
 */
export async function runMutation<DB extends AuditDatabase, T>(
  ctx: WriteContext<DB>,
  info: Pick<GraphQLResolveInfo, 'fieldName'>,
  access: WriteAccess,
  prepare: (principal: Principal) => PreparedWrite<DB, T> | Promise<PreparedWrite<DB, T>>,
): Promise<T> {
  const principal = typeof access === 'function' ? access(ctx.principal) : requireScope(ctx.principal, access);
  const write = await prepare(principal);
  const change = { operation: info.fieldName, entityType: write.entityType, entityId: write.entityId };
  let result: T;
  try {
    result = await audited(ctx.db, principal, change, (trx) => write.work(trx));
  } catch (error) {
    throw write.mapError?.(error) ?? error;
  }
  for (const loader of Object.values(ctx.loaders)) loader.clearAll();
  return result;
}
