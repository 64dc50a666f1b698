import { isDeepStrictEqual } from 'node:util';
import { kommuneArsSet, readOzgServices } from '@kaz/reference-data';
import {
  type ProjectValues,
  type StoredAuditEntry,
  type StoredProject,
  type StoredState,
  TEST_PROJECT_PREFIX,
  type Write,
  type WriteLedger,
} from './durability-ledger.ts';

// The durability test's traffic to the projects subgraph over HTTP: writers that create and update
// projects, and a reader of everything the test wrote (projects and audit entries).

interface GraphQLBody {
  data?: Record<string, any> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

async function post(url: string, token: string, query: string, variables: Record<string, unknown>) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
    // A write that hangs this long is treated as lost in flight; the checks after the restart decide.
    signal: AbortSignal.timeout(60_000),
  });
  return { status: response.status, body: (await response.json()) as GraphQLBody };
}

const PROJECT_FIELDS = 'id title phase version municipalities { ars } ozgServices { id }';

const CREATE = `mutation Create($input: CreateProjectInput!) { createProject(input: $input) { ${PROJECT_FIELDS} } }`;
const UPDATE = `mutation Update($input: UpdateProjectInput!) { updateProject(input: $input) { ${PROJECT_FIELDS} } }`;

function toStoredProject(project: Record<string, any>): StoredProject {
  return {
    title: project.title,
    phase: project.phase,
    version: project.version,
    municipalityArs: project.municipalities.map((m: { ars: string }) => m.ars),
    ozgServiceIds: project.ozgServices.map((s: { id: string }) => s.id),
  };
}

let keys: { ars: string[]; ozg: string[] } | undefined;

/** The values of the n-th project's create and update: distinct titles and link lists, so that a half-applied update shows. */
export function projectWrites(n: number): { create: ProjectValues; update: ProjectValues } {
  keys ??= { ars: [...kommuneArsSet()].sort(), ozg: readOzgServices().map((service) => service.ozg_id) };
  const { ars, ozg } = keys;
  const pick = (list: string[], start: number, count: number) =>
    Array.from({ length: count }, (_, i) => list[(start + i * 7) % list.length] as string).sort();
  return {
    create: {
      title: `Dauertest ${n}, angelegt`,
      phase: 'PLANNED',
      version: 1,
      municipalityArs: pick(ars, n, 2),
      ozgServiceIds: pick(ozg, n, 1),
    },
    update: {
      title: `Dauertest ${n}, geändert`,
      phase: 'IN_PROGRESS',
      version: 2,
      municipalityArs: pick(ars, n + 101, 3),
      ozgServiceIds: pick(ozg, n + 53, 2),
    },
  };
}

/**
 * Sends one write and records the answer: acknowledged when it comes back (200, no errors) with
 * exactly the values sent, refused otherwise. False when the writer should end: the connection failed
 * (the write stays in flight) or the write was refused.
 */
async function send(url: string, token: string, ledger: WriteLedger, write: Write): Promise<boolean> {
  const { values } = write;
  const input =
    write.operation === 'createProject'
      ? {
          id: write.projectId,
          title: values.title,
          summary: 'Schreiblast des Dauerhaftigkeitstests (SIGKILL mitten im Schreiben).',
          kind: 'OZG_IMPLEMENTATION',
          phase: values.phase,
          startDate: '2026-01-01',
          municipalityArs: values.municipalityArs,
          ozgServiceIds: values.ozgServiceIds,
        }
      : {
          id: write.projectId,
          version: values.version - 1,
          title: values.title,
          phase: values.phase,
          municipalityArs: values.municipalityArs,
          ozgServiceIds: values.ozgServiceIds,
        };
  let answer: Awaited<ReturnType<typeof post>>;
  try {
    answer = await post(url, token, write.operation === 'createProject' ? CREATE : UPDATE, { input });
  } catch {
    return false;
  }
  const data = answer.body.data?.[write.operation];
  if (answer.status !== 200 || answer.body.errors || !data) {
    ledger.refuse(write, `${answer.status} ${JSON.stringify(answer.body.errors ?? answer.body)}`);
    return false;
  }
  const answered = toStoredProject(data);
  if (data.id !== write.projectId || !isDeepStrictEqual(answered, values)) {
    ledger.refuse(write, `answered ${data.id} with ${JSON.stringify(answered)}, not what was sent`);
    return false;
  }
  ledger.acknowledge(write);
  return true;
}

/** Writers running against one process; see `startWriters`. */
export interface Writers {
  /** Lets every writer finish the write it is on, then end. */
  stop(): void;
  /** Resolves when every writer has ended (stopped, or its connection failed). */
  done: Promise<void>;
}

/**
 * Starts `concurrency` writers that each create a project, update it, and go on with the next one,
 * recording every write in `ledger`, until stopped or until their connection fails (the process died).
 */
export function startWriters(url: string, token: string, ledger: WriteLedger, concurrency: number): Writers {
  let stopped = false;
  const writer = async () => {
    while (!stopped) {
      const project = ledger.nextProject();
      const values = projectWrites(project.number);
      if (!(await send(url, token, ledger, ledger.begin(project.id, 'createProject', values.create)))) return;
      if (!(await send(url, token, ledger, ledger.begin(project.id, 'updateProject', values.update)))) return;
    }
  };
  const done = Promise.all(Array.from({ length: concurrency }, writer)).then(() => undefined);
  return {
    stop: () => {
      stopped = true;
    },
    done,
  };
}

async function readPages(
  url: string,
  token: string,
  query: string,
  field: string,
  onNode: (node: Record<string, any>) => void,
): Promise<void> {
  let after: string | null = null;
  do {
    const { status, body } = await post(url, token, query, { after });
    const connection = body.data?.[field];
    if (status !== 200 || body.errors || !connection) {
      throw new Error(`reading ${field} failed (${status}): ${JSON.stringify(body.errors ?? body)}`);
    }
    for (const edge of connection.edges) onNode(edge.node);
    after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
  } while (after !== null);
}

/**
 * Reads the test's projects and their audit entries over the subgraph's API: `projects` with the
 * writer's token and `projectsAuditLog` with an auditor's (`audit:read`).
 */
export async function readStateOverApi(url: string, tokens: { reader: string; auditor: string }): Promise<StoredState> {
  const projects = new Map<string, StoredProject>();
  await readPages(
    url,
    tokens.reader,
    `query Projects($after: String) { projects(first: 500, after: $after) {
      edges { node { ${PROJECT_FIELDS} } } pageInfo { hasNextPage endCursor } } }`,
    'projects',
    (node) => {
      if (node.id.startsWith(TEST_PROJECT_PREFIX)) projects.set(node.id, toStoredProject(node));
    },
  );
  const newestFirst: StoredAuditEntry[] = [];
  await readPages(
    url,
    tokens.auditor,
    `query Audit($after: String) { projectsAuditLog(entityType: "Project", first: 500, after: $after) {
      edges { node { operation entityId after } } pageInfo { hasNextPage endCursor } } }`,
    'projectsAuditLog',
    (node) => {
      if (!node.entityId.startsWith(TEST_PROJECT_PREFIX)) return;
      const after = node.after === null ? null : JSON.parse(node.after);
      newestFirst.push({ operation: node.operation, entityId: node.entityId, after: after && pickChecked(after) });
    },
  );
  return { projects, audit: newestFirst.reverse(), problems: [] };
}

/** The fields of an audit entry's `after` (a project snapshot) that the test checks. */
export function pickChecked(snapshot: Record<string, any>): StoredProject {
  return {
    title: snapshot.title,
    phase: snapshot.phase,
    version: snapshot.version,
    municipalityArs: snapshot.municipalityArs,
    ozgServiceIds: snapshot.ozgServiceIds,
  };
}
