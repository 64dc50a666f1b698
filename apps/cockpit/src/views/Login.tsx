/** Sign-in: the development principal picker, or the button that starts OpenID Connect at the issuer. */
import { useEffect, useState } from 'preact/hooks';
import { type DevPrincipal, devPrincipals, devSignIn, takeSignInProblem } from '../auth/session.ts';
import type { CockpitConfig } from '../config.ts';

function Problem(props: { message: string | undefined }) {
  if (!props.message) return null;
  return (
    <div
      class="kern-alert kern-alert--warning"
      role="alert"
      style={{ marginBlockEnd: 'var(--kern-metric-space-default)' }}
    >
      <div class="kern-alert__header">
        <span class="kern-title">Bitte erneut anmelden</span>
      </div>
      <div class="kern-alert__body">
        <p class="kern-body" data-testid="sign-in-problem">
          {props.message}
        </p>
      </div>
    </div>
  );
}

export function Login(props: { config: CockpitConfig }) {
  const { auth } = props.config;
  const [principals, setPrincipals] = useState<DevPrincipal[]>();
  // Why the person is here again (an expired or refused token, a failed sign-in), said once.
  const [problem] = useState(takeSignInProblem);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (auth.mode === 'dev') devPrincipals(auth).then(setPrincipals, (e: Error) => setError(e.message));
  }, [auth]);
  if (auth.mode === 'oidc') {
    const signIn = () => {
      setBusy(true);
      import('../auth/oidc.ts')
        .then(({ oidcSignIn }) => oidcSignIn(auth))
        .catch((e: Error) => {
          setBusy(false);
          setError(`Der Identitätsdienst ist nicht erreichbar (${e.message}).`);
        });
    };
    return (
      <section aria-labelledby="login-title">
        <h1 id="login-title" class="kern-heading-large">
          Anmelden
        </h1>
        <Problem message={problem} />
        <p class="kern-body">
          Die Anmeldung erfolgt beim Identitätsdienst Ihrer Organisation ({new URL(auth.issuer).host}). Danach kehren
          Sie hierher zurück und sehen, was Ihre Rolle lesen darf.
        </p>
        <button type="button" class="kern-btn kern-btn--primary" onClick={signIn} disabled={busy}>
          <span class="kern-label">Anmelden</span>
        </button>
        {error && (
          <p class="kern-body" role="alert">
            {error}
          </p>
        )}
      </section>
    );
  }
  return (
    <section aria-labelledby="login-title">
      <h1 id="login-title" class="kern-heading-large">
        Anmelden (Entwicklung)
      </h1>
      <Problem message={problem} />
      <p class="kern-body">
        Dieser Knoten verwendet den lokalen Entwicklungs-Aussteller: Wählen Sie, als wer Sie das Cockpit sehen möchten.
        Jede Rolle sieht nur, was ihr Token lesen darf. In Produktion meldet man sich über OpenID Connect an.
      </p>
      {error && (
        <p class="kern-body" role="alert">
          {error}
        </p>
      )}
      {principals && (
        <ul class="cockpit-principals">
          {principals.map((principal) => (
            <li>
              <button
                type="button"
                class="kern-btn kern-btn--secondary"
                data-principal={principal.id}
                onClick={() => devSignIn(auth, principal).catch((e: Error) => setError(e.message))}
              >
                <span class="kern-label">{principal.label}</span>
              </button>
              <span class="kern-body kern-body--small">{principal.description}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
