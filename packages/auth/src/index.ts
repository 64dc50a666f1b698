export { authConfigFromEnv, DEFAULT_DEV_ISSUER_DIR, isProduction } from './config.ts';
export {
  DEV_AUDIENCE,
  DEV_ISSUER,
  type DevIssuer,
  devIssuerFromKey,
  generateDevKey,
  loadOrCreateDevIssuer,
  type TokenRequest,
} from './dev-issuer.ts';
export { DEV_PRINCIPALS, type DevPrincipalDefinition } from './dev-principals.ts';
export {
  GATEWAY_SIGNATURE_HEADER,
  GatewaySigner,
  SIGNATURE_VALIDITY_MS,
} from './gateway-signature.ts';
export {
  hasScope,
  isKnownOrg,
  isValidOrg,
  type Principal,
  principalFromClaims,
  SCOPES,
  type Scope,
  TokenError,
} from './principal.ts';
export { type AuthConfig, createTokenVerifier, DEFAULT_CLOCK_SKEW_SECONDS, type TokenVerifier } from './verifier.ts';
