import { isDeepStrictEqual } from 'node:util';

/** What a project write of the durability test sets: the fields it checks after every restart. */
export interface ProjectValues {
  title: string;
  phase: 'PLANNED' | 'IN_PROGRESS';
  version: number;
  municipalityArs: string[];
  ozgServiceIds: string[];
}

/** A project as found in the database, or an audit entry's `after`, reduced to the fields the test checks. */
export type StoredProject = ProjectValues;

/** One audit entry of a project the test wrote. */
export interface StoredAuditEntry {
  operation: string;
  entityId: string;
  after: StoredProject | null;
}

/** What the database holds of the test's projects, read over the API or directly. */
export interface StoredState {
  projects: Map<string, StoredProject>;
  /** The audit entries of the test's projects, oldest first. */
  audit: StoredAuditEntry[];
  /** Problems the reader saw on its own, e.g. link rows of a project that does not exist. */
  problems: string[];
}

/**
 * Where a write stands. `in-flight`: sent, no answer (the process was killed meanwhile);
 * `acknowledged`: answered with its data; `committed`/`absent`: was in flight at a kill and was
 * found stored / not stored afterwards, which from then on must never change; `refused`: answered
 * with an error, which no write of this test should get.
 */
export type WriteStatus = 'in-flight' | 'acknowledged' | 'committed' | 'absent' | 'refused';

export interface Write {
  projectId: string;
  operation: 'createProject' | 'updateProject';
  values: ProjectValues;
  status: WriteStatus;
  /** Why it was refused. */
  reason?: string;
}

/** Only these ids are the test's: the seed's projects are from real years (KAZ-20xx-nn). */
export const TEST_PROJECT_PREFIX = 'KAZ-9';

/**
 * Every write the durability test sent, in order per project (a create, then maybe an update), with
 * what became of it.
 */
export class WriteLedger {
  readonly writes: Write[] = [];
  readonly #byProject = new Map<string, Write[]>();
  #projects = 0;

  /** A project no earlier write used: its number (0, 1, …) and id KAZ-9000-00, KAZ-9000-01, … (100 per year). */
  nextProject(): { number: number; id: string } {
    const number = this.#projects++;
    const year = String(Math.floor(number / 100)).padStart(3, '0');
    return { number, id: `${TEST_PROJECT_PREFIX}${year}-${String(number % 100).padStart(2, '0')}` };
  }

  /** Records a write as sent. */
  begin(projectId: string, operation: Write['operation'], values: ProjectValues): Write {
    const write: Write = { projectId, operation, values, status: 'in-flight' };
    this.writes.push(write);
    const list = this.#byProject.get(projectId) ?? [];
    list.push(write);
    this.#byProject.set(projectId, list);
    return write;
  }

  /** The write was answered with its data. */
  acknowledge(write: Write): void {
    write.status = 'acknowledged';
  }

  /** The write was answered, but not as it should have been. */
  refuse(write: Write, reason: string): void {
    write.status = 'refused';
    write.reason = reason;
  }

  count(status: WriteStatus): number {
    return this.writes.filter((write) => write.status === status).length;
  }

  /** The writes of one project, in the order they were sent. */
  writesOf(projectId: string): readonly Write[] {
    return this.#byProject.get(projectId) ?? [];
  }

  /**
   * After a restart whose state showed no problems: every write still in flight becomes `committed`
   * or `absent`, as found, so that later checks hold it to that outcome.
   */
  settle(state: StoredState): { committed: number; absent: number } {
    const outcome = { committed: 0, absent: 0 };
    for (const [projectId, writes] of this.#byProject) {
      const logged = state.audit.filter((entry) => entry.entityId === projectId).length;
      writes.forEach((write, index) => {
        if (write.status !== 'in-flight') return;
        write.status = index < logged ? 'committed' : 'absent';
        outcome[write.status]++;
      });
    }
    return outcome;
  }

  /**
   * Every way `state` breaks durability or atomicity, as readable sentences; empty when none:
   * - a project's audit entries are exactly its first k writes, in order, each with the values that
   *   write sent (k may be anything from 0 to the writes sent);
   * - every acknowledged (or committed) write is among those k, every absent one is not;
   * - the stored project is the one its k-th write made, field by field (none when k is 0);
   * - the database has no project and no audit entry of the test that the test did not send.
   */
  problemsIn(state: StoredState): string[] {
    const problems = [...state.problems];
    for (const write of this.writes) {
      if (write.status === 'refused')
        problems.push(`${write.operation} ${write.projectId} was refused: ${write.reason}`);
    }
    for (const id of state.projects.keys()) {
      if (!this.#byProject.has(id)) problems.push(`project ${id} is stored, but the test never wrote it`);
    }
    for (const entry of state.audit) {
      if (!this.#byProject.has(entry.entityId)) {
        problems.push(`audit entry ${entry.operation} ${entry.entityId} is stored, but the test never wrote it`);
      }
    }
    for (const [projectId, writes] of this.#byProject) {
      const logged = state.audit.filter((entry) => entry.entityId === projectId);
      const stored = state.projects.get(projectId);
      if (logged.length > writes.length) {
        problems.push(`project ${projectId}: ${logged.length} audit entries for ${writes.length} writes`);
        continue;
      }
      logged.forEach((entry, index) => {
        const write = writes[index] as Write;
        if (entry.operation !== write.operation || !isDeepStrictEqual(entry.after, write.values)) {
          problems.push(
            `project ${projectId}: audit entry ${index + 1} is ${entry.operation} ${JSON.stringify(entry.after)}, ` +
              `the write sent was ${write.operation} ${JSON.stringify(write.values)}`,
          );
        }
      });
      writes.forEach((write, index) => {
        const kept = index < logged.length;
        if (!kept && (write.status === 'acknowledged' || write.status === 'committed')) {
          problems.push(`project ${projectId}: ${write.status} ${write.operation} is lost (no audit entry)`);
        }
        if (kept && write.status === 'absent') {
          problems.push(`project ${projectId}: ${write.operation}, absent after an earlier restart, appeared later`);
        }
      });
      const last = writes[logged.length - 1];
      if (!last) {
        if (stored) problems.push(`project ${projectId} is stored without any audit entry: ${JSON.stringify(stored)}`);
      } else if (!stored) {
        problems.push(`project ${projectId} has ${logged.length} audit entries but is not stored`);
      } else if (!isDeepStrictEqual(stored, last.values)) {
        problems.push(
          `project ${projectId} is stored as ${JSON.stringify(stored)}, ` +
            `its last logged write (${last.operation}, ${last.status}) made ${JSON.stringify(last.values)}`,
        );
      }
    }
    return problems;
  }
}
