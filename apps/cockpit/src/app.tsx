/**
 * The cockpit's shell: KERN header, skip link, navigation, the signed-in principal, and the view of
 * the current hash route. German UI text throughout (BITV 2.0: the page language is de).
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { signOut, useSession } from './auth/session.ts';
import { type CockpitConfig, cockpitConfig } from './config.ts';
import { href, useRoute } from './router.ts';
import { Kommune } from './views/Kommune.tsx';
import { Login } from './views/Login.tsx';
import { MapView } from './views/MapView.tsx';
import { Overview } from './views/Overview.tsx';
import { Security } from './views/Security.tsx';

/** The views in navigation order: route segment, menu label, page title. */
export const VIEWS = [
  { view: '', label: 'Programmübersicht', title: 'Programmübersicht' },
  { view: 'karte', label: 'Karte', title: 'Brandenburg auf einen Blick' },
  { view: 'kommune', label: 'Kommune', title: 'Kommune' },
  { view: 'sicherheit', label: 'Sicherheit und Datenschutz', title: 'Sicherheitsvorfälle und LDA-Fristen' },
] as const;

function Page(props: { children: ComponentChildren }) {
  return (
    <main id="inhalt" class="kern-container cockpit-main" tabIndex={-1}>
      {props.children}
    </main>
  );
}

export function App() {
  const [config, setConfig] = useState<CockpitConfig>();
  const [error, setError] = useState<string>();
  const session = useSession();
  const route = useRoute();
  useEffect(() => {
    cockpitConfig()
      .then(async (loaded) => {
        if (loaded.auth.mode === 'oidc') {
          const { completeOidcSignIn } = await import('./auth/oidc.ts');
          await completeOidcSignIn(loaded.auth);
        }
        setConfig(loaded);
      })
      .catch((e: Error) => setError(e.message));
  }, []);
  const current = VIEWS.find((v) => v.view === route.view) ?? VIEWS[0];
  useEffect(() => {
    document.title = `${current.title} – Programm-Cockpit Kaz`;
  }, [current]);

  let content: ComponentChildren;
  if (error) content = <p role="alert">Das Cockpit konnte nicht starten: {error}</p>;
  else if (!config) content = <p class="kern-body">Cockpit wird geladen …</p>;
  else if (!session) content = <Login config={config} />;
  else if (route.view === 'karte') content = <MapView route={route} />;
  else if (route.view === 'kommune') content = <Kommune route={route} />;
  else if (route.view === 'sicherheit') content = <Security route={route} />;
  else content = <Overview />;

  return (
    <>
      {/* A button, not a link to #inhalt: the hash is the cockpit's route. */}
      <button type="button" class="cockpit-skip kern-btn kern-btn--secondary" onClick={skipToContent}>
        <span class="kern-label">Zum Inhalt springen</span>
      </button>
      <header class="cockpit-header">
        <div class="kern-container cockpit-header__bar">
          <div>
            <p class="cockpit-header__org kern-body kern-body--small">
              Kommunales Anwendungszentrum (Kaz) · Land Brandenburg
            </p>
            <p class="cockpit-header__title kern-heading-small">Programm-Cockpit</p>
          </div>
          {session && (
            <div class="cockpit-header__session">
              <span class="kern-body kern-body--small" data-testid="principal">
                Angemeldet als <strong>{session.label}</strong>
              </span>
              <button type="button" class="kern-btn kern-btn--tertiary" onClick={() => void signOut()}>
                <span class="kern-label">Abmelden</span>
              </button>
            </div>
          )}
        </div>
        {session && (
          <nav aria-label="Hauptnavigation" class="kern-container cockpit-nav cockpit-noprint">
            <ul>
              {VIEWS.map((v) => (
                <li>
                  <a class="kern-link" href={href(v.view)} aria-current={v === current ? 'page' : undefined}>
                    {v.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </header>
      <Page>{content}</Page>
      <footer class="kern-container cockpit-footer kern-body kern-body--small">
        Daten aus dem Kaz-Föderationsknoten; jede Zahl zeigt nur, was Ihr Token lesen darf. Beispieldaten sind als
        solche gekennzeichnet.
      </footer>
    </>
  );
}

function skipToContent(event: Event) {
  event.preventDefault();
  document.getElementById('inhalt')?.focus();
}
