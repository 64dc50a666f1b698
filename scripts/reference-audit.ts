import { GATEWAY_SIGNATURE_HEADER, GatewaySigner } from '@kaz/auth';
import { checkReferences, chunksOf, type OutgoingReference } from '@kaz/subgraph-kit';
import { Kind, parse } from 'graphql';
import { Gauge, type Registry } from 'prom-client';

// The reference audit: every subgraph declares the references its records hold to other partners'
// records (`SubgraphDefinition.references`); the audit lists those records on the declaring
// subgraph over HTTP, page by page, and resolves the referenced keys at the owner subgraph's
// `_entities`, a batch of keys per request. Nothing here imports a subgraph's code but its declarations.

/** Records listed per page of a declaring subgraph. */
const PAGE_SIZE = 100;
/** Keys resolved per `_entities` request. */
const KEYS_PER_REQUEST = 500;

/** A subgraph with the references it declares. */
export interface DeclaringSubgraph {
  name: string;
  references?: readonly OutgoingReference[] | undefined;
}

/** Why a reference dangles: no such entity, or one its owner marks withdrawn or dissolved. */
export type DanglingReason = 'missing' | string;

/** A record whose reference to another partner's entity no longer holds. */
export interface DanglingReference {
  /** The subgraph that holds the record, e.g. `projects`. */
  subgraph: string;
  /** The record's type and key, e.g. `WorkOrder` `AA-7QK3-M9XA-2DHF`. */
  recordType: string;
  recordKey: string;
  /** The field that holds the reference, e.g. `decisionId`. */
  field: string;
  /** The referenced entity's owner, type and key, e.g. `organisations` `Decision` `itrat-2024-3`. */
  owner: string;
  target: string;
  targetKey: string;
  /** `missing`, or the declaration's stale reason (`withdrawn`, `dissolved`). */
  reason: DanglingReason;
}

/** What one audit run found. */
export interface AuditReport {
  /** References checked (record × referenced key). */
  checked: number;
  dangling: DanglingReference[];
}

/** Where the audit reads and with which token. */
export interface AuditOptions {
  subgraphs: readonly DeclaringSubgraph[];
  /** Every subgraph's GraphQL URL by name (declaring and owning ones). */
  urls: Readonly<Record<string, string>>;
  /**
   * The Authorization header for every request (`Bearer …`): it must read every declaring
   * subgraph's records (work orders, planned procedures, licences, security concepts and every incident: the
   * Kaz with projects:write, contracts:write and security:read).
   */
  authorization: string;
  /** Milliseconds each request may take (default 10,000). */
  timeoutMs?: number | undefined;
  /** The gateway signing secret, when the subgraphs accept only signed requests. */
  signingSecret?: string | undefined;
}

/**
 * Runs the audit once: lists every declared reference and resolves it at its owner. Throws when a
 * subgraph does not answer or answers with errors (the error names the subgraph), so a run that could
 * not look everywhere never reports "nothing dangles".
 */
export async function auditReferences(options: AuditOptions): Promise<AuditReport> {
  const signer = options.signingSecret ? new GatewaySigner(options.signingSecret) : undefined;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const post = (subgraph: string, query: string, variables: Record<string, unknown>) =>
    postGraphQL(options.urls[subgraph], subgraph, query, variables, options.authorization, timeoutMs, signer);
  const dangling: DanglingReference[] = [];
  let checked = 0;
  const staleFields = new Map<string, Promise<ReadonlySet<string>>>();
  const fieldsOf = (owner: string, typename: string) => {
    const key = `${owner}/${typename}`;
    let found = staleFields.get(key);
    if (!found) {
      found = post(owner, '{ _service { sdl } }', {}).then((data) =>
        fieldNames((data as { _service: { sdl: string } })._service.sdl, typename),
      );
      staleFields.set(key, found);
    }
    return found;
  };
  for (const subgraph of options.subgraphs) {
    for (const declaration of subgraph.references ?? []) {
      const pairs: { recordKey: string; targetKey: string }[] = [];
      let after: string | null = null;
      do {
        const data = (await post(subgraph.name, declaration.query, { first: PAGE_SIZE, after })) as {
          page: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: PageNode[] } | null;
        };
        if (!data.page) throw new Error(`the ${subgraph.name} subgraph gave no page of ${declaration.recordType}`);
        for (const node of data.page.nodes) {
          for (const record of 'records' in node ? node.records : [node]) {
            for (const ref of [record.ref].flat()) if (ref) pairs.push({ recordKey: record.key, targetKey: ref.key });
          }
        }
        after = data.page.pageInfo.hasNextPage ? data.page.pageInfo.endCursor : null;
      } while (after);
      checked += pairs.length;
      const { owner, typename, keyField } = declaration.target;
      const stale =
        declaration.stale && (await fieldsOf(owner, typename)).has(declaration.stale.field)
          ? declaration.stale
          : undefined;
      const keys = [...new Set(pairs.map((pair) => pair.targetKey))];
      const reasons = new Map<string, string>();
      for (const batch of chunksOf(keys, KEYS_PER_REQUEST)) {
        const entities = await checkReferences({
          url: options.urls[owner],
          target: { owner, typename, keyField, fields: stale ? [stale.field] : [] },
          keys: batch,
          authorization: options.authorization,
          timeoutMs,
          signer,
          what: `${batch.length} ${typename} references of ${declaration.recordType}.${declaration.field}`,
        });
        batch.forEach((key, index) => {
          const entity = entities[index];
          if (!entity) reasons.set(key, 'missing');
          else if (stale && isStale(entity[stale.field], stale.equals)) reasons.set(key, stale.reason);
        });
      }
      for (const pair of pairs) {
        const reason = reasons.get(pair.targetKey);
        if (!reason) continue;
        dangling.push({
          subgraph: subgraph.name,
          recordType: declaration.recordType,
          recordKey: pair.recordKey,
          field: declaration.field,
          owner,
          target: typename,
          targetKey: pair.targetKey,
          reason,
        });
      }
    }
  }
  return { checked, dangling };
}

/** A record of a page, or a parent whose `records` are the referencing ones (a licence's allocations). */
type PageNode = PageRecord | { records: PageRecord[] };

interface PageRecord {
  key: string;
  ref: { key: string } | { key: string }[] | null;
}

function isStale(value: unknown, equals: string | undefined): boolean {
  return equals === undefined ? value != null : value === equals;
}

/** The fields of `typename` (definitions and extensions) in a subgraph's SDL. */
function fieldNames(sdl: string, typename: string): ReadonlySet<string> {
  const names = new Set<string>();
  for (const definition of parse(sdl).definitions) {
    if (
      (definition.kind === Kind.OBJECT_TYPE_DEFINITION || definition.kind === Kind.OBJECT_TYPE_EXTENSION) &&
      definition.name.value === typename
    ) {
      for (const field of definition.fields ?? []) names.add(field.name.value);
    }
  }
  return names;
}

async function postGraphQL(
  url: string | undefined,
  subgraph: string,
  query: string,
  variables: Record<string, unknown>,
  authorization: string,
  timeoutMs: number,
  signer: GatewaySigner | undefined,
): Promise<unknown> {
  if (!url) throw new Error(`the ${subgraph} subgraph has no URL (set SUBGRAPH_${subgraph.toUpperCase()}_URL)`);
  const body = JSON.stringify({ query, variables });
  const headers: Record<string, string> = { 'content-type': 'application/json', authorization };
  if (signer) headers[GATEWAY_SIGNATURE_HEADER] = signer.sign('POST', body);
  let answer: { data?: unknown; errors?: { message: string }[] };
  try {
    const response = await fetch(url, { method: 'POST', headers, body, signal: AbortSignal.timeout(timeoutMs) });
    answer = (await response.json()) as typeof answer;
  } catch (error) {
    throw new Error(`the ${subgraph} subgraph did not answer at ${url}: ${(error as Error).message}`);
  }
  if (answer.errors?.length || !answer.data) {
    throw new Error(
      `the ${subgraph} subgraph answered with errors: ${answer.errors?.map((e) => e.message).join('; ')}`,
    );
  }
  return answer.data;
}

/** How the gauge runs the audit. */
export interface ReferenceGaugeOptions {
  /** Runs the audit (with a fresh token each time). */
  audit: () => Promise<AuditReport>;
  /** A scrape within this many milliseconds of the last run shows that run's figures (default 60,000). */
  minIntervalMs?: number | undefined;
  /** Where a failed run is reported. */
  onError?: ((error: unknown) => void) | undefined;
}

/**
 * Registers on `registry`, computed on scrape:
 * - `kaz_dangling_references{record_type, field, target, reason}`: the dangling references of the
 *   last audit run (0 series when none dangle; the total is their sum);
 * - `kaz_reference_audit_success`: 1 when the last run looked everywhere, 0 when it failed (the
 *   dangling figures are then the last successful run's);
 * - `kaz_reference_audit_last_run_timestamp_seconds`: when the figures were computed.
 * A scrape runs the audit when the last run is older than `minIntervalMs`; the gauges of one scrape,
 * and concurrent scrapes, share one run.
 */
export function registerReferenceGauge(registry: Registry, options: ReferenceGaugeOptions): void {
  const minIntervalMs = options.minIntervalMs ?? 60_000;
  let lastRun = 0;
  let running: Promise<void> | undefined;
  let report: AuditReport | undefined;
  let succeeded = 0;
  const refresh = async () => {
    if (Date.now() - lastRun < minIntervalMs && lastRun > 0) return;
    running ??= options
      .audit()
      .then((fresh) => {
        report = fresh;
        succeeded = 1;
      })
      .catch((error: unknown) => {
        succeeded = 0;
        options.onError?.(error);
      })
      .finally(() => {
        lastRun = Date.now();
        running = undefined;
      });
    await running;
  };
  new Gauge({
    name: 'kaz_dangling_references',
    help: 'References to another partner’s record that no longer hold, by record type, field, target type and reason (missing, withdrawn, dissolved)',
    labelNames: ['record_type', 'field', 'target', 'reason'],
    registers: [registry],
    async collect() {
      await refresh();
      this.reset();
      for (const ref of report?.dangling ?? []) {
        this.inc({ record_type: ref.recordType, field: ref.field, target: ref.target, reason: ref.reason });
      }
    },
  });
  // prom-client collects the metrics of a scrape side by side: each gauge awaits the same run.
  new Gauge({
    name: 'kaz_reference_audit_success',
    help: 'Whether the last reference audit run could check every declared reference (1) or failed (0)',
    registers: [registry],
    async collect() {
      await refresh();
      this.set(succeeded);
    },
  });
  new Gauge({
    name: 'kaz_reference_audit_last_run_timestamp_seconds',
    help: 'When the reference audit last ran (Unix time)',
    registers: [registry],
    async collect() {
      await refresh();
      if (lastRun > 0) this.set(lastRun / 1000);
    },
  });
}
