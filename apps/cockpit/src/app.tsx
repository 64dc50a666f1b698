/**
 * The cockpit's shell: KERN header, skip link, navigation, the signed-in principal, and the view of
 * the current hash route. German UI text throughout (BITV 2.0: the page language is de).
 */
import { type ComponentChildren, type FunctionComponent, h } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { signOut, useSession } from './auth/session.ts';
import { type CockpitConfig, cockpitConfig } from './config.ts';
import { href, type Route, useRoute } from './router.ts';
import { Login } from './views/Login.tsx';

/** The views in navigation order: route segment, menu label, page title. */
export const VIEWS = [
  { view: '', label: 'Programmübersicht', title: 'Programmübersicht' },
  { view: 'karte', label: 'Karte', title: 'Brandenburg auf einen Blick' },
  { view: 'kommune', label: 'Kommune', title: 'Kommune' },
  { view: 'sicherheit', label: 'Sicherheit und Datenschutz', title: 'Sicherheitsvorfälle und LDA-Fristen' },
] as const;

type ViewComponent = FunctionComponent<{ route: Route }>;

/**
 * Each view is its own chunk, loaded when first shown: the sign-in page needs neither Observable Plot
 * nor the views (the bundle-size budget, scripts/cockpit-measure.ts), and a view brings only its parts.
 */
const VIEW_MODULES: Record<string, () => Promise<ViewComponent>> = {
  '': () => import('./views/Overview.tsx').then((m) => m.Overview as ViewComponent),
  karte: () => import('./views/MapView.tsx').then((m) => m.MapView),
  kommune: () => import('./views/Kommune.tsx').then((m) => m.Kommune),
  sicherheit: () => import('./views/Security.tsx').then((m) => m.Security),
};
const loadedViews = new Map<string, ViewComponent>();

/** The view of the route, once its chunk is loaded (then the other views' chunks, when the browser is idle). */
function LazyView(props: { view: string; route: Route }) {
  const { view, route } = props;
  const [, setLoaded] = useState(0);
  const [error, setError] = useState<string>();
  const component = loadedViews.get(view);
  useEffect(() => {
    if (component) return;
    const load = VIEW_MODULES[view] ?? VIEW_MODULES['']!;
    load()
      .then((loaded) => {
        loadedViews.set(view, loaded);
        setLoaded((n) => n + 1);
        prefetchViews();
      })
      .catch((e: Error) => setError(e.message));
  }, [view, component]);
  if (error) return <p role="alert">Die Ansicht konnte nicht geladen werden: {error}</p>;
  if (!component)
    return (
      <p class="kern-body" aria-busy="true">
        Ansicht wird geladen …
      </p>
    );
  return h(component, { route });
}

function prefetchViews() {
  const idle = window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 200));
  idle(() => {
    for (const [view, load] of Object.entries(VIEW_MODULES)) {
      if (!loadedViews.has(view))
        load().then(
          (loaded) => loadedViews.set(view, loaded),
          () => undefined,
        );
    }
  });
}

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
    // WCAG 2.4.2: the title names what the page shows (the sign-in page while signed out).
    document.title = `${session ? current.title : 'Anmelden'} – Programm-Cockpit Kaz`;
  }, [current, session]);

  let content: ComponentChildren;
  if (error) content = <p role="alert">Das Cockpit konnte nicht starten: {error}</p>;
  else if (!config) content = <p class="kern-body">Cockpit wird geladen …</p>;
  else if (!session) content = <Login config={config} />;
  else content = <LazyView key={current.view} view={current.view} route={route} />;

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
