import type { Principal } from '@kaz/auth';
import type { AuditDatabase } from '@kaz/db';
import { type Kysely, sql } from 'kysely';
import { requireScope } from './access.ts';
import { badUserInput } from './errors.ts';
import { pageFromArgs, pageWithTotal, toConnection } from './pagination.ts';

/** What the audit-log field needs from a subgraph's context. */
interface AuditContext {
  db: Kysely<any>;
  principal: Principal | null;
}

/**
 * Adds the audit log of one subgraph to its schema: the shareable types `AuditEntry` and
 * `AuditEntryConnection` (identical in every subgraph that has writes) and the root field
 * `fieldName(entityType, entityId, first, after)`, readable with the scope `audit:read` only.
 * Each subgraph keeps its own log, so each has its own root field (e.g. `projectsAuditLog`).
 *
 * The builder is typed loosely here: each subgraph's builder has its own Context type, and this
 * helper needs only `db` and `principal` of it.
 */
export function addAuditLog(builder: any, options: { fieldName: string; subgraph: string; description: string }): void {
  type Row = {
    id: number;
    occurred_at: Date;
    actor_subject: string;
    actor_org: string;
    operation: string;
    entity_type: string;
    entity_id: string;
    before: unknown;
    after: unknown;
    total_count: number;
  };
  const AuditEntry = builder.objectRef('AuditEntry').implement({
    shareable: true,
    description: 'One change in a subgraph: who made it, when, which operation on which entity, before and after.',
    fields: (t: any) => ({
      id: t.id({
        description: 'Key of the entry: the subgraph and its position in that subgraph’s log, e.g. "projects:42".',
        resolve: (row: Row & { subgraph: string }) => `${row.subgraph}:${row.id}`,
      }),
      occurredAt: t.string({
        description: 'When the change was committed (ISO 8601).',
        resolve: (row: Row) => new Date(row.occurred_at).toISOString(),
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
        description: 'The entity before the change, as JSON; null when it was created.',
        resolve: (row: Row) => (row.before == null ? null : JSON.stringify(row.before)),
      }),
      after: t.string({
        nullable: true,
        description: 'The entity after the change, as JSON; null when it was deleted.',
        resolve: (row: Row) => (row.after == null ? null : JSON.stringify(row.after)),
      }),
    }),
  });
  const AuditEntryConnection = builder.connectionObject(
    {
      type: AuditEntry,
      name: 'AuditEntryConnection',
      shareable: true,
      description: 'A page of audit entries, newest first.',
      fields: (t: any) => ({
        totalCount: t.int({
          description: 'The number of entries in the whole list, across all pages.',
          resolve: (parent: { totalCount: number }) => parent.totalCount,
        }),
      }),
    },
    { name: 'AuditEntryEdge', shareable: true, description: 'An audit entry in a page, with its cursor.' },
  );
  builder.queryField(options.fieldName, (t: any) =>
    t.field({
      type: AuditEntryConnection,
      // Nullable so that a refusal (FORBIDDEN) stays on this field and the rest of a result survives.
      nullable: true,
      description: `${options.description} Needs the scope audit:read; null with an error without it.`,
      args: {
        entityType: t.arg.string({ required: false, description: 'Only changes of this type, e.g. "Project".' }),
        entityId: t.arg.id({ required: false, description: 'Only changes of the entity with this key.' }),
        first: t.arg.int({ description: 'Page size (default 50, at most 500).' }),
        after: t.arg.string({ description: 'Cursor of the item after which the page starts.' }),
      },
      resolve: async (
        _root: unknown,
        args: { entityType?: string | null; entityId?: string | null; first?: number | null; after?: string | null },
        ctx: AuditContext,
      ) => {
        requireScope(ctx.principal, 'audit:read');
        if (args.entityId != null && args.entityType == null) throw badUserInput('entityId', 'give entityType as well');
        const page = pageFromArgs(args);
        const db = ctx.db as Kysely<AuditDatabase>;
        const filtered = () => {
          let query = db.selectFrom('audit_log');
          if (args.entityType != null) query = query.where('entity_type', '=', args.entityType);
          if (args.entityId != null) query = query.where('entity_id', '=', args.entityId);
          return query;
        };
        const { rows, totalCount } = await pageWithTotal(
          page,
          (limit) =>
            filtered()
              .selectAll()
              .select(sql<number>`count(*) over ()`.as('total_count'))
              .orderBy('id', 'desc')
              .offset(page.offset)
              .limit(limit)
              .execute(),
          async () => (await filtered().select(sql<number>`count(*)`.as('n')).executeTakeFirst())?.n ?? 0,
        );
        return toConnection(
          rows.map((row) => ({ ...row, subgraph: options.subgraph })),
          page,
          totalCount,
        );
      },
    }),
  );
}
