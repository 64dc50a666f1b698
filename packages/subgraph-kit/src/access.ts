import { hasScope, type Principal, type Scope } from '@kaz/auth';
import { clientError } from './errors.ts';

/**
 * The principal, or UNAUTHENTICATED when the request has none. For fields and mutations that need
 * a token at all.
 */
export function requirePrincipal(principal: Principal | null): Principal {
  if (!principal) throw clientError('UNAUTHENTICATED', 'this needs a token: send "Authorization: Bearer <token>"');
  return principal;
}

/**
 * The principal when it carries `scope`: UNAUTHENTICATED without a token, FORBIDDEN without the scope.
 * The message names the scope, so that a partner knows what to ask its token issuer for.
 */
export function requireScope(principal: Principal | null, scope: Scope): Principal {
  const known = requirePrincipal(principal);
  if (!hasScope(known, scope)) throw clientError('FORBIDDEN', `this needs the scope ${scope}`, { scope });
  return known;
}

/** FORBIDDEN with a reason (a rule that depends on the data, e.g. "only your own Kommune"). */
export function forbidden(reason: string) {
  return clientError('FORBIDDEN', reason);
}
