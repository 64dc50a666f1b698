/**
 * A small closed-loop load generator for the fault tests: `workers` loops that each send one
 * request, wait for its answer and send the next, until stopped. Every answer is recorded with the
 * phase it was sent in, so a test can count outcomes before, during and after a fault.
 */

/** One answer the load generator got. */
export interface Sample {
  kind: string;
  phase: string;
  status: number;
  ms: number;
  /** When the answer came (performance.now()). */
  at: number;
  body: { data?: any; errors?: { message: string; path?: unknown[]; extensions?: Record<string, unknown> }[] } | null;
}

/** One kind of request in the mix. */
export interface RequestKind {
  kind: string;
  url: string;
  init: () => RequestInit;
}

export interface LoadRun {
  samples: Sample[];
  /** Labels the requests sent from now on. */
  setPhase(phase: string): void;
  /** Stops sending and waits for the answers in flight. */
  stop(): Promise<Sample[]>;
}

/** Sends one request and records its answer (status 0 when the connection failed). */
async function measure(url: string, init: RequestInit, kind: string, phase: string, into: Sample[]): Promise<void> {
  const started = performance.now();
  try {
    const response = await fetch(url, init);
    const text = await response.text();
    let body: Sample['body'] = null;
    try {
      body = JSON.parse(text);
    } catch {}
    const at = performance.now();
    into.push({ kind, phase, status: response.status, ms: at - started, at, body });
  } catch {
    const at = performance.now();
    into.push({ kind, phase, status: 0, ms: at - started, at, body: null });
  }
}

/** Starts `workers` loops per request kind. Connection failures are recorded with status 0. */
export function startLoad(kinds: readonly RequestKind[], workers: number): LoadRun {
  const samples: Sample[] = [];
  let phase = 'start';
  let running = true;
  const loop = async (kind: RequestKind) => {
    while (running) await measure(kind.url, kind.init(), kind.kind, phase, samples);
  };
  const loops = kinds.flatMap((kind) => Array.from({ length: workers }, () => loop(kind)));
  return {
    samples,
    setPhase: (next) => {
      phase = next;
    },
    stop: async () => {
      running = false;
      await Promise.all(loops);
      return samples;
    },
  };
}

/** The q-quantile (0..1) of the latencies, in ms. */
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Sends requests of `kind` at a fixed rate, whether or not earlier ones were answered (an open loop:
 * a client that does not slow down when the server does). `next()` picks each request.
 */
export function startPaced(url: string, next: () => RequestInit, perSecond: number, kind = 'paced'): LoadRun {
  const samples: Sample[] = [];
  let phase = 'start';
  const pending = new Set<Promise<void>>();
  const send = () => {
    const request = measure(url, next(), kind, phase, samples).finally(() => pending.delete(request));
    pending.add(request);
  };
  const timer = setInterval(send, 1000 / perSecond);
  return {
    samples,
    setPhase: (value) => {
      phase = value;
    },
    stop: async () => {
      clearInterval(timer);
      await Promise.all(pending);
      return samples;
    },
  };
}
