/**
 * The cockpit's run-time settings, read from `config.json` next to index.html, so that one build
 * serves every deployment: the hub writes it when it serves the cockpit (/cockpit/config.json), an
 * operator who serves the static files elsewhere puts one beside them (docs/cockpit.md).
 */
export interface CockpitConfig {
  /** The graph's GraphQL endpoint, absolute or relative to the cockpit's own address. */
  graphqlUrl: string;
  /**
   * How people sign in: `dev`, the principal picker of a hub that runs the local development issuer
   * (never in production); `oidc`, OpenID Connect (authorization code with PKCE) at `issuer`.
   */
  auth:
    | { mode: 'dev'; devLoginUrl: string }
    | { mode: 'oidc'; issuer: string; clientId: string; scope: string; audience?: string | undefined };
}

let loaded: Promise<CockpitConfig> | undefined;

/** The settings, fetched once. */
export function cockpitConfig(): Promise<CockpitConfig> {
  loaded ??= fetch(new URL('config.json', document.baseURI), { cache: 'no-store' }).then(async (response) => {
    if (!response.ok) throw new Error(`config.json: HTTP ${response.status}`);
    return (await response.json()) as CockpitConfig;
  });
  return loaded;
}

/** An address of the config, absolute against the cockpit's own. */
export function resolveUrl(url: string): string {
  return new URL(url, document.baseURI).href;
}
