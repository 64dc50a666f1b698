import { GraphQLError } from 'graphql';

/** The error codes a client can act on; anything else is masked as INTERNAL_SERVER_ERROR. */
export type ClientErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'CONFLICT'
  | 'LIST_TOO_LONG';

/** An error whose message is safe to show a client, with a code in `extensions.code`. */
export function clientError(
  code: ClientErrorCode,
  message: string,
  extensions: Record<string, unknown> = {},
): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code } });
}

/** Invalid input: `field` names the argument or input field that is wrong. */
export function badUserInput(field: string, message: string): GraphQLError {
  return clientError('BAD_USER_INPUT', `${field}: ${message}`, { field });
}

/** CONFLICT naming the input field whose value someone else holds already (or changed meanwhile). */
export function conflict(field: string, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return clientError('CONFLICT', `${field}: ${message}`, { ...extensions, field });
}

const CLIENT_CODES = new Set<string>([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'CONFLICT',
  // A plain list longer than its declared @listSize (list-sizes.ts).
  'LIST_TOO_LONG',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  // A write quota (@kaz/limits, mutation-count.ts): HTTP 429 with Retry-After.
  'RATE_LIMITED',
  // The operation limits (@kaz/limits) and the gateway's signature.
  'DEPTH_LIMIT_EXCEEDED',
  'ALIAS_LIMIT_EXCEEDED',
  'TOKEN_LIMIT_EXCEEDED',
  'DIRECTIVE_LIMIT_EXCEEDED',
  'COST_LIMIT_EXCEEDED',
  'REQUEST_TIMEOUT',
  'RESPONSE_TOO_LARGE',
  'GATEWAY_SIGNATURE_REQUIRED',
  // A reference to another partner's record that its owner subgraph could not check (references.ts).
  'REFERENCE_OWNER_UNREACHABLE',
]);

/** True when the error carries a code a client may see as it is. */
export function isClientErrorCode(code: unknown): boolean {
  return typeof code === 'string' && CLIENT_CODES.has(code);
}
