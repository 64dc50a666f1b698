import { type DatabaseConfig, openDatabase } from '@kaz/db';
import type { Database } from '../../../subgraphs/projects/src/db/database.ts';
import { pickChecked } from './durability-api.ts';
import { type StoredProject, type StoredState, TEST_PROJECT_PREFIX } from './durability-ledger.ts';

// The durability test's look at the database itself, past the subgraph: its rows, including the link
// tables a half-written project would leave behind. For PGlite only while no process holds the data
// directory (PGlite has no lock of its own; two processes on one directory would corrupt it).

/** Reads the test's projects, their link rows and audit entries straight from the database. */
export async function readStateDirectly(config: DatabaseConfig): Promise<StoredState> {
  const handle = await openDatabase<Database>(config);
  try {
    const { db } = handle;
    const ours = `${TEST_PROJECT_PREFIX}%`;
    const rows = await db
      .selectFrom('project')
      .select(['id', 'title', 'phase', 'version'])
      .where('id', 'like', ours)
      .execute();
    const municipalities = await db
      .selectFrom('project_municipality')
      .select(['project_id', 'ars'])
      .where('project_id', 'like', ours)
      .orderBy('ars')
      .execute();
    const services = await db
      .selectFrom('project_ozg_service')
      .select(['project_id', 'ozg_service_id'])
      .where('project_id', 'like', ours)
      .orderBy('ozg_service_id')
      .execute();
    const audit = await db
      .selectFrom('audit_log')
      .select(['operation', 'entity_id', 'after'])
      .where('entity_type', '=', 'Project')
      .where('entity_id', 'like', ours)
      .orderBy('id')
      .execute();

    const projects = new Map<string, StoredProject>();
    for (const row of rows) {
      projects.set(row.id, {
        title: row.title,
        phase: row.phase as StoredProject['phase'],
        version: row.version,
        municipalityArs: [],
        ozgServiceIds: [],
      });
    }
    const problems: string[] = [];
    for (const link of municipalities) {
      const project = projects.get(link.project_id);
      if (project) project.municipalityArs.push(link.ars);
      else problems.push(`project_municipality ${link.project_id}/${link.ars} has no project`);
    }
    for (const link of services) {
      const project = projects.get(link.project_id);
      if (project) project.ozgServiceIds.push(link.ozg_service_id);
      else problems.push(`project_ozg_service ${link.project_id}/${link.ozg_service_id} has no project`);
    }
    return {
      projects,
      audit: audit.map((entry) => ({
        operation: entry.operation,
        entityId: entry.entity_id,
        after: entry.after == null ? null : pickChecked(entry.after as Record<string, unknown>),
      })),
      problems,
    };
  } finally {
    await handle.close();
  }
}

/**
 * PostgreSQL only: waits until no other session is connected to the database. After the subgraph
 * was killed, its server sessions may still be finishing what the process had sent (a COMMIT, say);
 * a check that ran before they end could see a write absent that commits a moment later.
 */
export async function waitForOtherSessionsToEnd(url: string, timeoutMs = 30_000): Promise<void> {
  const handle = await openDatabase<any>({ url, poolSize: 1 });
  try {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const others = await handle.db
        .selectFrom('pg_stat_activity')
        .select('pid')
        .where('backend_type', '=', 'client backend')
        .where((eb: any) => eb('datname', '=', eb.fn('current_database', [])))
        .where((eb: any) => eb('pid', '!=', eb.fn('pg_backend_pid', [])))
        .execute();
      if (others.length === 0) return;
      if (Date.now() > deadline) throw new Error(`sessions still connected after ${timeoutMs} ms: ${others.length}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    await handle.close();
  }
}
