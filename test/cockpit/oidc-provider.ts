/**
 * A real OpenID Connect provider on loopback for the cockpit's sign-in tests: panva's oidc-provider
 * (MIT; it prints that it wants Node.js 22 LTS, but runs on Node 20.19+, which these tests use)
 * with one public client (no secret, PKCE required), a small login form of its own (user name = a
 * dev principal's id, one password for all), and access tokens for the hub as JWTs (RFC 8707
 * resource indicator = the hub's audience) carrying `org` and the principal's `scope` — what
 * docs/access-control.md asks of a token. The hub verifies them against the provider's JWKS URL.
 *
 * The provider answers as soon as it listens (the issuer URL is needed to start the hub), but it is
 * built on its first request, so that the client's redirect URIs — the cockpit's index.html, whose
 * port is known only once the hub listens — can be added before (`allowRedirect`).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEV_PRINCIPALS, devIssuerFromKey, generateDevKey } from '@kaz/auth';
import { createTestIssuer, type TestIssuer } from '@kaz/auth/testing';
import Provider, { type Configuration, errors } from 'oidc-provider';
import type { Page } from 'playwright-core';

/** The one password of every test account. */
export const TEST_PASSWORD = 'kaz-cockpit-test';

/** The scopes the hub knows (docs/access-control.md): what the resource server offers. */
const HUB_SCOPES = [
  'projects:write',
  'contracts:write',
  'workorders:write',
  'organisations:write',
  'security:read',
  'security:write',
  'dikom:write',
  'audit:read',
];

export interface TestOidcProvider {
  /** The issuer URL (http://127.0.0.1:<port>), also the `iss` of its tokens. */
  issuer: string;
  /** The audience (resource indicator) of its access tokens for the hub. */
  audience: string;
  /** The public client's id. */
  clientId: string;
  /** What the cockpit asks for: OpenID scopes and every hub scope (each user gets only their own). */
  scope: string;
  /**
   * For `startTestHub({ issuer })`: the hub accepts this provider's tokens (`auth`: its JWKS URL,
   * issuer and audience), and `sign` makes tokens equal to the provider's (same key, issuer, audience,
   * claims) for the direct queries a test compares with.
   */
  testIssuer: TestIssuer;
  /** A token of the provider's key, issuer and audience that expired an hour ago. */
  expired(principalId: string): Promise<string>;
  /** Lets the client come back to this redirect URI (call before the first request). */
  allowRedirect(uri: string): void;
  /** The authorization requests the provider saw (their full URLs), in order. */
  authorizationRequests: URL[];
  stop(): Promise<void>;
}

function principal(id: string) {
  const found = DEV_PRINCIPALS.find((p) => p.id === id);
  if (!found) throw new Error(`no dev principal ${id}`);
  return found;
}

/** Starts the provider on a free loopback port. */
export async function startTestOidcProvider(
  options: { audience?: string; clientId?: string } = {},
): Promise<TestOidcProvider> {
  const audience = options.audience ?? 'urn:kaz-hub:cockpit-test';
  const clientId = options.clientId ?? 'kaz-cockpit';
  const key = await generateDevKey();
  const redirectUris: string[] = [];
  const authorizationRequests: URL[] = [];
  let provider: Provider | undefined;
  const server = createServer((req, res) => {
    provider ??= createProvider(issuer, { key, audience, clientId, redirectUris });
    if (req.url?.startsWith('/auth')) authorizationRequests.push(new URL(req.url, issuer));
    if (req.url?.startsWith('/interaction/')) {
      interaction(provider, req, res).catch((error: Error) => {
        res.statusCode = 500;
        res.end(error.message);
      });
      return;
    }
    provider.callback()(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const signer = await devIssuerFromKey(key, issuer, audience);
  const testIssuer: TestIssuer = {
    ...(await createTestIssuer()),
    auth: { jwksUrl: `${issuer}/jwks`, issuer, audience },
    sign: signer.sign,
  };
  return {
    issuer,
    audience,
    clientId,
    scope: `openid profile ${HUB_SCOPES.join(' ')}`,
    testIssuer,
    expired: (id) => {
      const { org, scopes } = principal(id);
      return signer.sign({ org, scopes, subject: id, ttl: '-1h' });
    },
    allowRedirect: (uri) => {
      if (provider) throw new Error('allowRedirect must come before the first request to the provider');
      redirectUris.push(uri);
    },
    authorizationRequests,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function createProvider(
  issuer: string,
  settings: {
    key: Awaited<ReturnType<typeof generateDevKey>>;
    audience: string;
    clientId: string;
    redirectUris: string[];
  },
): Provider {
  const configuration: Configuration = {
    jwks: { keys: [settings.key] },
    clients: [
      {
        client_id: settings.clientId,
        token_endpoint_auth_method: 'none',
        grant_types: ['authorization_code'],
        response_types: ['code'],
        redirect_uris: settings.redirectUris,
        post_logout_redirect_uris: settings.redirectUris,
        id_token_signed_response_alg: 'ES256',
      },
    ],
    // A public client needs PKCE anyway; this makes it explicit for every client.
    pkce: { required: () => true },
    claims: { openid: ['sub'], profile: ['name'] },
    // The id token carries `name` (the cockpit shows it), as Keycloak's does.
    conformIdTokenClaims: false,
    findAccount: (_ctx, id) => {
      const { label } = principal(id);
      return { accountId: id, claims: () => ({ sub: id, name: label }) };
    },
    extraTokenClaims: (_ctx, token) =>
      'accountId' in token && typeof token.accountId === 'string' ? { org: principal(token.accountId).org } : undefined,
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    ttl: { AccessToken: 3600, AuthorizationCode: 60, Grant: 3600, IdToken: 3600, Interaction: 600, Session: 3600 },
    // Cross-origin calls (discovery, token) from the origins of the client's redirect URIs only.
    clientBasedCORS: (_ctx, origin, client) =>
      client.redirectUris?.some((uri) => new URL(uri).origin === origin) ?? false,
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: (ctx, form) => {
          ctx.body = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Abmelden</title></head>
<body><main><h1>Beim Test-Identitätsdienst abmelden?</h1>${form}
<button type="submit" form="op.logoutForm" name="logout" value="yes">Ja, abmelden</button>
</main></body></html>`;
        },
      },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => settings.audience,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, indicator) => {
          if (indicator !== settings.audience) throw new errors.InvalidTarget();
          return {
            scope: HUB_SCOPES.join(' '),
            accessTokenFormat: 'jwt',
            accessTokenTTL: 3600,
            jwt: { sign: { alg: 'ES256' } },
          };
        },
      },
    },
  };
  return new Provider(issuer, configuration);
}

/**
 * The login form: GET shows it, POST checks user name and password and then finishes login and
 * consent at once — the grant holds exactly the account's own hub scopes and rejects the others the
 * client asked for (an identity provider decides what a user holds, not the client).
 */
async function interaction(provider: Provider, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const details = await provider.interactionDetails(req, res);
  if (req.method === 'GET') {
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(loginPage(details.uid, false));
    return;
  }
  const form = new URLSearchParams(await body(req));
  const account = DEV_PRINCIPALS.find((p) => p.id === form.get('login'));
  if (!account || form.get('password') !== TEST_PASSWORD) {
    res.statusCode = 401;
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(loginPage(details.uid, true));
    return;
  }
  const clientId = String(details.params.client_id);
  const grant = details.grantId
    ? ((await provider.Grant.find(details.grantId)) ?? new provider.Grant({ accountId: account.id, clientId }))
    : new provider.Grant({ accountId: account.id, clientId });
  grant.addOIDCScope('openid profile');
  const requested = String(details.params.scope ?? '').split(' ');
  const resource = String(details.params.resource ?? '');
  if (resource) {
    const own = requested.filter((scope) => account.scopes.includes(scope));
    const others = requested.filter((scope) => HUB_SCOPES.includes(scope) && !account.scopes.includes(scope));
    if (own.length) grant.addResourceScope(resource, own);
    if (others.length) grant.rejectResourceScope(resource, others);
  }
  await provider.interactionFinished(
    req,
    res,
    { login: { accountId: account.id }, consent: { grantId: await grant.save() } },
    { mergeWithLastSubmission: false },
  );
}

function loginPage(uid: string, failed: boolean): string {
  return `<!doctype html>
<html lang="de"><head><meta charset="utf-8"><title>Anmeldung beim Test-Identitätsdienst</title></head>
<body><main><h1>Test-Identitätsdienst</h1>
${failed ? '<p role="alert">Benutzername oder Passwort falsch.</p>' : ''}
<form method="post" action="/interaction/${uid}/login">
<label>Benutzername <input name="login" autocomplete="username" required></label>
<label>Passwort <input name="password" type="password" autocomplete="current-password" required></label>
<button type="submit">Einloggen</button>
</form></main></body></html>`;
}

function body(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      text += chunk;
    });
    req.on('end', () => resolve(text));
    req.on('error', reject);
  });
}

/**
 * In a cockpit page showing the OpenID Connect sign-in: clicks "Anmelden", logs in at the provider's
 * form as the dev principal `principalId` and waits until the cockpit's header names the user.
 */
export async function signInAtProvider(page: Page, principalId: string): Promise<void> {
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await page.getByLabel('Benutzername').fill(principalId);
  await page.getByLabel('Passwort').fill(TEST_PASSWORD);
  await page.getByRole('button', { name: 'Einloggen' }).click();
  await page.getByTestId('principal').waitFor();
}
