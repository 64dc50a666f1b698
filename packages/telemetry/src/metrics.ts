import { collectDefaultMetrics, type Metric, Registry } from 'prom-client';

/** The prefix of the default process metrics (`kaz_process_cpu_seconds_total`, …). */
export const METRICS_PREFIX = 'kaz_';

/**
 * A new prom-client registry for one server, with the default process and Node.js metrics (CPU,
 * memory, event loop lag, GC, handles) prefixed `kaz_` unless `defaultMetrics` is false. Every server
 * of a process (the in-process hub runs six) has its own, so their series never collide; the process
 * metrics are the same objects in all of them.
 */
export function createMetricsRegistry(options: { defaultMetrics?: boolean } = {}): Registry {
  const registry = new Registry();
  if (options.defaultMetrics ?? true) {
    // getMetricsAsArray hands back the metric objects themselves, though typed as plain descriptions.
    for (const metric of processMetrics().getMetricsAsArray()) registry.registerMetric(metric as unknown as Metric);
  }
  return registry;
}

let processRegistry: Registry | undefined;

// The default metrics describe the process, and collecting them installs a GC observer and an event
// loop monitor; so they are made once per process, and every server's registry shows the same ones.
function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry, prefix: METRICS_PREFIX });
  }
  return processRegistry;
}

const OPERATION_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,99}$/;

/**
 * The operation name when it is a GraphQL name of at most 100 characters, else null. A client sends
 * `operationName` as any JSON string (it is checked against the document only later, if at all), so
 * it goes into logs and labels only through here.
 */
export function plainOperationName(name: string | null | undefined): string | null {
  return typeof name === 'string' && OPERATION_NAME.test(name) ? name : null;
}

/**
 * Bounded label values for GraphQL operation names. Clients choose operation names freely, and every
 * distinct label value is a new time series, so only the first `max` (default 200) distinct names get
 * their own value; later new names share `other`, as do names that are not plain GraphQL names of at
 * most 100 characters. An operation without a name is `anonymous`.
 */
export class OperationLabels {
  readonly #max: number;
  readonly #seen = new Set<string>();

  constructor(max = 200) {
    this.#max = max;
  }

  /** The label for an operation name: the name, `anonymous`, or `other`. */
  label(name: string | null | undefined): string {
    if (!name) return 'anonymous';
    if (this.#seen.has(name)) return name;
    if (plainOperationName(name) === null) return 'other';
    if (this.#seen.size >= this.#max) return 'other';
    this.#seen.add(name);
    return name;
  }
}
