import type { GraphQLFormattedError } from 'graphql';
import { isClientErrorCode } from './errors.ts';

/** Passes client errors through and replaces everything else by a generic message. */
export function maskError(
  formatted: GraphQLFormattedError,
  error: unknown,
  logError: (error: unknown) => void,
): GraphQLFormattedError {
  if (isClientErrorCode(formatted.extensions?.code)) return formatted;
  // PostgreSQL refuses text it cannot store (NUL, 22021; untranslatable, 22P05): the input's fault,
  // wherever it came from (an argument literal the request checks could not see, say).
  const sqlState = (error as { originalError?: { code?: unknown } } | null)?.originalError?.code;
  if (sqlState === '22021' || sqlState === '22P05') {
    return {
      message: 'The input contains a character that cannot be stored (such as NUL).',
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: 'BAD_USER_INPUT' },
    };
  }
  logError(error);
  return {
    message: 'Internal server error',
    ...(formatted.path ? { path: formatted.path } : {}),
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
