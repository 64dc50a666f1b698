import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { GraphQLError as GraphQLErrorType, GraphQLFieldResolver, GraphQLObjectType, GraphQLSchema } from 'graphql';

// The CommonJS build of graphql, as in operation-cost.ts: the errors must be instances of the build
// Apollo loads.
const { GraphQLError } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

/** Hard limits that hold whatever an operation's estimated cost says; 0 turns one off. */
export interface HardLimits {
  /** The longest one request may take, in ms (REQUEST_TIMEOUT, HTTP 504). */
  requestTimeoutMs: number;
  /** The largest answer, in bytes of JSON (RESPONSE_TOO_LARGE, HTTP 413). */
  maxResponseBytes: number;
}

/** The `extensions.code` of each hard limit's error. */
export const HARD_LIMIT_CODES = {
  timeout: 'REQUEST_TIMEOUT',
  size: 'RESPONSE_TOO_LARGE',
} as const;

/** Why a request's work was stopped. */
export type StopReason = 'timeout' | 'size' | 'gone';

/**
 * The hard limits of one request. Its `signal` aborts when the time is up, when the answer (or the
 * subgraph answers it is built from: `count`) grows beyond the limit, or when the client went away;
 * everything the request starts (subgraph fetches, resolvers) stops on it.
 */
export class RequestGuard {
  readonly #controller = new AbortController();
  readonly #timer: NodeJS.Timeout | undefined;
  readonly #started = performance.now();
  #bytes = 0;
  #reason: StopReason | undefined;

  constructor(readonly limits: Readonly<HardLimits>) {
    if (limits.requestTimeoutMs > 0) {
      this.#timer = setTimeout(() => this.stop('timeout'), limits.requestTimeoutMs);
      this.#timer.unref();
    }
  }

  /** Aborts when the request's work must stop (see the class). */
  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  /** Why the work stopped, or undefined while it may go on. */
  get reason(): StopReason | undefined {
    return this.#reason;
  }

  /** Stops the request's work (the first reason wins). */
  stop(reason: StopReason): void {
    if (this.#reason) return;
    this.#reason = reason;
    clearTimeout(this.#timer);
    this.#controller.abort(this.error() ?? new Error('the client went away'));
  }

  /**
   * Counts bytes of the subgraph answers the answer is built from; stops the request when they pass
   * `maxResponseBytes` (the answer would be about as large).
   */
  count(bytes: number): void {
    this.#bytes += bytes;
    this.checkSize(this.#bytes);
  }

  /** Stops the request when an answer of `bytes` is larger than `maxResponseBytes`. */
  checkSize(bytes: number): void {
    if (this.limits.maxResponseBytes > 0 && bytes > this.limits.maxResponseBytes) this.stop('size');
  }

  /**
   * Throws the request's error when its work was stopped: the check before starting more work. Reads
   * the clock too: work that never yields to the event loop (an in-process database answers in
   * microtasks) would not let the timer fire in time.
   */
  throwIfStopped(): void {
    this.checkTime();
    const error = this.error();
    if (error) throw error;
    if (this.#reason) throw new Error('the client went away');
  }

  /** Stops the request when its time is up. */
  checkTime(): void {
    const limit = this.limits.requestTimeoutMs;
    if (limit > 0 && performance.now() - this.#started > limit) this.stop('timeout');
  }

  /** Ends the clock (the answer is sent). */
  dispose(): void {
    clearTimeout(this.#timer);
  }

  /** The client's error for a limit that stopped the request, or undefined. */
  error(): GraphQLErrorType | undefined {
    if (this.#reason === 'timeout') {
      return new GraphQLError(
        `The request took longer than ${this.limits.requestTimeoutMs / 1000} s and was stopped; ask for less at once.`,
        {
          extensions: { code: HARD_LIMIT_CODES.timeout, limitMs: this.limits.requestTimeoutMs, http: { status: 504 } },
        },
      );
    }
    if (this.#reason === 'size') {
      return new GraphQLError(
        `The answer grew beyond ${this.limits.maxResponseBytes} bytes and was stopped; ask for less at once (smaller pages).`,
        {
          extensions: {
            code: HARD_LIMIT_CODES.size,
            limitBytes: this.limits.maxResponseBytes,
            http: { status: 413 },
          },
        },
      );
    }
    return undefined;
  }
}

/**
 * The Apollo plugin of the hard limits. `guardOf` finds the request's guard in its context (made by
 * the HTTP layer, which also answers when the time is up). The answer of a stopped request, or one
 * whose JSON is larger than `maxResponseBytes`, is replaced by the limit's error alone (no partial
 * data). That every resolver first checks the guard is `guardFieldResolvers`' part: an executing
 * server (a subgraph) calls it on its schema.
 */
export function hardLimitsPlugin<Context extends BaseContext>(
  guardOf: (context: Context) => RequestGuard | undefined,
): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          const guard = guardOf(contextValue);
          if (!guard || response.body.kind !== 'single') return;
          guard.checkTime();
          if (!guard.reason && guard.limits.maxResponseBytes > 0) {
            // The answer's JSON as Apollo will send it (see stringifyResult), kept so it is made once.
            const { errors, data, extensions } = response.body.singleResult;
            const json = `${JSON.stringify({ errors, data, extensions })}\n`;
            if (data) serialised.set(data, { errors, extensions, json });
            guard.checkSize(Buffer.byteLength(json) - 1);
          }
          guard.dispose();
          const error = guard.error();
          if (!error) return;
          const status = (error.extensions.http as { status: number }).status;
          const { http: _http, ...extensions } = error.extensions;
          response.body.singleResult = { errors: [{ message: error.message, extensions }] };
          response.http.status = status;
        },
      };
    },
  };
}

// The JSON hardLimitsPlugin made of an answer for its size check, by the answer's `data` object.
const serialised = new WeakMap<object, { errors: unknown; extensions: unknown; json: string }>();

/**
 * Apollo Server's `stringifyResult`: the JSON of a GraphQL answer (errors, data, extensions, then a
 * newline), exactly as Apollo's default writes it. When `hardLimitsPlugin` already made that JSON for
 * its size check, the same string, instead of serialising the answer a second time (a tenth of a
 * subgraph's CPU time for a list of 60 kB). Only for a server whose plugins change no answer after
 * `hardLimitsPlugin` has seen it (it comes last).
 */
export function stringifyResult(result: {
  errors?: readonly unknown[] | undefined;
  data?: Record<string, unknown> | null | undefined;
  extensions?: Record<string, unknown> | undefined;
}): string {
  const kept = result.data ? serialised.get(result.data) : undefined;
  if (kept && kept.errors === result.errors && kept.extensions === result.extensions) return kept.json;
  return `${JSON.stringify(result)}\n`;
}

const GUARDED = Symbol('kaz guarded field resolvers');

/**
 * Makes every field resolver of `schema` that does work (of its object types; introspection's are
 * graphql's own; not those that read a property of their parent) check the request's guard first
 * (`RequestGuard.throwIfStopped`), so that a stopped request starts no more work; a context without
 * a guard (`guardOf` answers undefined) runs as before. Changes the schema's fields in place, once per
 * schema: a second call does nothing.
 *
 * A resolver wrapper of our own rather than Apollo's `willResolveField` hook: once any plugin has that
 * hook, Apollo wraps every field with its plugin dispatch, several calls and objects per field
 * resolved (a list of 479 Kommunen with 6 fields each: 2,874 of them), a tenth of a subgraph's CPU
 * time on such lists.
 */
export function guardFieldResolvers<Context>(
  schema: GraphQLSchema,
  guardOf: (context: Context) => RequestGuard | undefined,
): void {
  const marked = schema as GraphQLSchema & { [GUARDED]?: true };
  if (marked[GUARDED]) return;
  Object.defineProperty(marked, GUARDED, { value: true });
  for (const type of Object.values(schema.getTypeMap())) {
    // By its tag, not `isObjectType`: graphql's CommonJS and ES module builds are both loaded, and
    // the schema's types may come from the other one.
    if (type.name.startsWith('__') || Object.prototype.toString.call(type) !== '[object GraphQLObjectType]') continue;
    for (const field of Object.values((type as GraphQLObjectType).getFields())) {
      const resolve = field.resolve as GraphQLFieldResolver<unknown, Context> | undefined;
      // A field that reads a property of its parent starts no work: graphql's default resolver, or
      // Pothos' `t.expose…` (marked `pothosExposedField`). Unwrapped, it stays a plain property read
      // (graphql-jit compiles such a field to one: see the subgraph kit's compiledExecution).
      if (!resolve || field.extensions?.pothosExposedField !== undefined) continue;
      field.resolve = (source, args, context, info) => {
        guardOf(context)?.throwIfStopped();
        return resolve(source, args, context, info);
      };
    }
  }
}

/** The request guard of a request that went through `requestGuardMiddleware`. */
export function requestGuardOf(res: { locals: Record<string, unknown> }): RequestGuard | undefined {
  const guard = res.locals[GUARD];
  return guard instanceof RequestGuard ? guard : undefined;
}

const GUARD = 'kazRequestGuard';

/**
 * Express middleware that gives every request a `RequestGuard` with these limits (find it with
 * `requestGuardOf(res)`); a client that goes away before its answer stops the request's work too.
 */
export function requestGuardMiddleware(limits: Readonly<HardLimits>) {
  return (
    _req: IncomingMessage,
    res: ServerResponse & { locals: Record<string, unknown> },
    next: (error?: unknown) => void,
  ): void => {
    const guard = new RequestGuard(limits);
    res.locals[GUARD] = guard;
    res.on('close', () => {
      if (!res.writableFinished) guard.stop('gone');
      guard.dispose();
    });
    next();
  };
}
