/**
 * `pnpm token --org <organisation key or ARS> [--scope "a b"] [--ttl 1h] [--subject name]`
 * prints a token of the local development issuer that a hub started with `pnpm start` accepts.
 * Refused in production mode. Use `pnpm -s token …` to get the token alone, e.g.
 *   TOKEN=$(pnpm -s token --org kaz --scope "projects:write")
 */
import { parseArgs } from 'node:util';
import { DEFAULT_DEV_ISSUER_DIR, isProduction, loadOrCreateDevIssuer, SCOPES } from '@kaz/auth';
import { kommuneArsSet, organisationKeySet } from '@kaz/reference-data';

function fail(message: string): never {
  console.error(`pnpm token: ${message}`);
  process.exit(2);
}

const { values } = parseArgs({
  options: {
    org: { type: 'string' },
    scope: { type: 'string', default: '' },
    ttl: { type: 'string', default: '1h' },
    subject: { type: 'string' },
  },
});

if (isProduction(process.env)) fail('the local development issuer is refused in production mode');
if (!values.org) fail('--org is required: an organisation key (kaz, mdjd, zit_bb, …) or a Kommune ARS (12 digits)');

if (!organisationKeySet().has(values.org) && !kommuneArsSet().has(values.org))
  fail(`unknown organisation or Kommune: ${values.org}`);

const scopes = values.scope.split(/\s+/).filter(Boolean);
const unknownScopes = scopes.filter((scope) => !(scope in SCOPES));
if (unknownScopes.length > 0) {
  fail(`unknown scope ${unknownScopes.join(', ')}; known: ${Object.keys(SCOPES).join(', ')}`);
}
if (!/^\d+\s*(s|sec|m|min|h|hr|d|day|w|week)s?$/.test(values.ttl)) fail('--ttl is a time span such as 30m, 1h, 7d');

const issuer = await loadOrCreateDevIssuer(process.env.DEV_ISSUER_DIR || DEFAULT_DEV_ISSUER_DIR);
console.log(await issuer.sign({ org: values.org, scopes, ttl: values.ttl, subject: values.subject }));
