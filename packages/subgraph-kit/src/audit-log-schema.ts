import type { Principal } from '@kaz/auth';
import type { AuditDatabase } from '@kaz/db';
import type { Kysely } from 'kysely';
import { requireScope } from './access.ts';
import type { SubgraphBuilder } from './builder.ts';
import { connectionType, loadPage, pageArgs } from './connections.ts';
import { badUserInput } from './errors.ts';
import { selectPage } from './page-queries.ts';

/** What the audit-log field needs from a subgraph's context. */
export interface AuditContext {
  db: Kysely<any>;
  principal: Principal | null;
}

/** The part of an audit entry that a subgraph's redaction rule looks at. */
export interface AuditedEntity {
  entity_type: string;
  entity_id: string;
  before: unknown;
  after: unknown;
}

/**
 * A subgraph's answer to "may this reader see the content of this entry?": true when the reader
 * may read the entity it describes on the entity's own paths (its rule in docs/access-control.md,
 * TLP included). It gets the request's context and may use its loaders; a throw counts as false.
 */
export type AuditReadable<Ctx> = (ctx: Ctx, entry: AuditedEntity) => boolean | Promise<boolean>;

/**
 * True when `readable` lets the reader see the entry's content; a rule that throws (FORBIDDEN for a
 * reader without the entity's rule at all) means no.
 */
async function contentReadable<Ctx>(readable: AuditReadable<Ctx> | undefined, ctx: Ctx, entry: AuditedEntity) {
  if (!readable) return true;
  try {
    return await readable(ctx, entry);
  } catch {
    return false;
  }
}

/** An entry as the audit log's fields read it: its row, its subgraph, and whether its content is withheld. */
interface AuditEntryShape {
  id: number;
  occurred_at: Date;
  actor_subject: string;
  actor_org: string;
  operation: string;
  entity_type: string;
  entity_id: string;
  before: unknown;
  after: unknown;
  subgraph: string;
  /** Set by the resolver: the reader may not read the entity, so before and after are withheld. */
  redacted: boolean;
}

/**
 * Adds the audit log of one subgraph to its schema: the shareable types `AuditEntry` and
 * `AuditEntryConnection` (identical in every subgraph that has writes) and the root field
 * `fieldName(entityType, entityId, first, after)`, readable with the scope `audit:read` only.
 * Each subgraph keeps its own log, so each has its own root field (e.g. `projectsAuditLog`).
 *
 * Every entry is listed (who changed what and when is the auditor's business), but its `before`
 * and `after` are null and `redacted` is true when `options.readable` says the reader may not read
 * the entity on its own paths: the audit log never shows content that every other path hides.
 */
export function addAuditLog<Context extends AuditContext>(
  builder: SubgraphBuilder<Context>,
  options: { fieldName: string; subgraph: string; description: string; readable?: AuditReadable<Context> },
): void {
  const AuditEntry = builder.objectRef<AuditEntryShape>('AuditEntry').implement({
    shareable: true,
    description: 'One change in a subgraph: who made it, when, which operation on which entity, before and after.',
    fields: (t) => ({
      id: t.id({
        description: 'Key of the entry: the subgraph and its position in that subgraph’s log, e.g. "projects:42".',
        resolve: (row) => `${row.subgraph}:${row.id}`,
      }),
      occurredAt: t.string({
        description: 'When the change was committed (ISO 8601).',
        resolve: (row) => new Date(row.occurred_at).toISOString(),
      }),
      actorSubject: t.exposeString('actor_subject', {
        description: 'The `sub` of the token that made the change (user or system).',
      }),
      actorOrg: t.exposeString('actor_org', { description: 'The organisation key or Kommune ARS of that token.' }),
      operation: t.exposeString('operation', { description: 'The mutation, e.g. "updateProject".' }),
      entityType: t.exposeString('entity_type', {
        description: 'The GraphQL type of the changed entity, e.g. "Project".',
      }),
      entityId: t.exposeString('entity_id', { description: 'The key of the changed entity.' }),
      before: t.string({
        nullable: true,
        description:
          'The entity before the change, as JSON; null when it was created, and null when `redacted` is true.',
        resolve: (row) => (row.redacted || row.before == null ? null : JSON.stringify(row.before)),
      }),
      after: t.string({
        nullable: true,
        description:
          'The entity after the change, as JSON; null when it was deleted, and null when `redacted` is true.',
        resolve: (row) => (row.redacted || row.after == null ? null : JSON.stringify(row.after)),
      }),
      redacted: t.boolean({
        description:
          'True when `before` and `after` are withheld because the reader may not read this entity on its own ' +
          'paths (its rule in docs/access-control.md, TLP markings included); the entry itself is still listed.',
        resolve: (row) => row.redacted,
      }),
    }),
  });
  const AuditEntryConnection = connectionType(builder, AuditEntry, {
    description: 'A page of audit entries, newest first.',
    items: 'entries',
    item: 'An audit entry',
    shareable: true,
  });
  builder.queryField(options.fieldName, (t) =>
    t.field({
      type: AuditEntryConnection,
      // Nullable so that a refusal (FORBIDDEN) stays on this field and the rest of a result survives.
      nullable: true,
      description: `${options.description} Needs the scope audit:read; null with an error without it.`,
      args: {
        entityType: t.arg.string({ required: false, description: 'Only changes of this type, e.g. "Project".' }),
        entityId: t.arg.id({ required: false, description: 'Only changes of the entity with this key.' }),
        ...pageArgs(t.arg),
      },
      resolve: (_root, args, ctx) => {
        requireScope(ctx.principal, 'audit:read');
        if (args.entityId != null && args.entityType == null) throw badUserInput('entityId', 'give entityType as well');
        const db = ctx.db as Kysely<AuditDatabase>;
        let query = db.selectFrom('audit_log');
        if (args.entityType != null) query = query.where('entity_type', '=', args.entityType);
        if (args.entityId != null) query = query.where('entity_id', '=', args.entityId);
        return loadPage(args, async (page) => {
          const { rows, totalCount } = await selectPage(query, page, (q) => q.selectAll().orderBy('id', 'desc'));
          const entries = await Promise.all(
            rows.map(async (row) => ({
              ...row,
              subgraph: options.subgraph,
              redacted: !(await contentReadable(options.readable, ctx, row)),
            })),
          );
          return { rows: entries, totalCount };
        });
      },
    }),
  );
}
