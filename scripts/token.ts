/**
 * `pnpm token:mint --org <organisation key or ARS> [--scope "a b" | --scope all] [--ttl 1h] [--subject name]`
 * prints a token of the local development issuer that a hub started with `pnpm start` accepts.
 * Refused in production mode. Use `pnpm -s token:mint …` to get the token alone, e.g.
 *   TOKEN=$(pnpm -s token:mint --org kaz --scope "projects:write")
 * The script is not called `token`: `pnpm token` is answered by npm's built-in `token` command.
 */
import { parseArgs } from 'node:util';
import { DEFAULT_DEV_ISSUER_DIR, isProduction, loadOrCreateDevIssuer, SCOPES } from '@kaz/auth';
import { kommuneArsSet, organisationKeySet } from '@kaz/reference-data';

const USAGE = `Usage: pnpm -s token:mint --org <organisation key or ARS> [--scope "a b"] [--ttl 1h] [--subject name]

Prints a token of the local development issuer that a hub started with \`pnpm start\` accepts.

  --org       an organisation key (kaz, mdjd, zit_bb, lda, …) or a Kommune's 12-digit ARS
  --scope     space-separated scopes: ${Object.keys(SCOPES).join(', ')};
              "all" for every one of them (the token that shows everything, for trying things out)
  --ttl       lifetime, e.g. 30m, 1h, 7d (default 1h)
  --subject   the token's sub claim (default: dev-user@<org>)
  --help      this text

Examples:
  TOKEN=$(pnpm -s token:mint --org kaz --scope all)        # sees and may change everything
  TOKEN=$(pnpm -s token:mint --org 120735306225)           # the Gemeinde Gramzow, by its ARS`;

function fail(message: string): never {
  console.error(`pnpm token:mint: ${message}\n\n${USAGE}`);
  process.exit(2);
}

function parseCommandLine() {
  try {
    return parseArgs({
      options: {
        org: { type: 'string' },
        scope: { type: 'string', default: '' },
        ttl: { type: 'string', default: '1h' },
        subject: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }).values;
  } catch (error) {
    // parseArgs throws for unknown options and stray arguments; its message says which.
    return fail((error as Error).message);
  }
}

const values = parseCommandLine();
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

if (isProduction(process.env)) fail('the local development issuer is refused in production mode');
if (!values.org) fail('--org is required: an organisation key (kaz, mdjd, zit_bb, …) or a Kommune ARS (12 digits)');

if (!organisationKeySet().has(values.org) && !kommuneArsSet().has(values.org))
  fail(`unknown organisation or Kommune: ${values.org}`);

const requested = values.scope.split(/\s+/).filter(Boolean);
const scopes = requested.includes('all') ? Object.keys(SCOPES) : requested;
const unknownScopes = scopes.filter((scope) => !(scope in SCOPES));
if (unknownScopes.length > 0) {
  fail(`unknown scope ${unknownScopes.join(', ')}; known: ${Object.keys(SCOPES).join(', ')}`);
}
if (!/^\d+\s*(s|sec|m|min|h|hr|d|day|w|week)s?$/.test(values.ttl)) fail('--ttl is a time span such as 30m, 1h, 7d');

const issuer = await loadOrCreateDevIssuer(process.env.DEV_ISSUER_DIR || DEFAULT_DEV_ISSUER_DIR);
console.log(await issuer.sign({ org: values.org, scopes, ttl: values.ttl, subject: values.subject }));
