/** Sicherheitsvorfälle und LDA-Fristen (route #/sicherheit). */
import type { Route } from '../router.ts';

export function Security(_props: { route: Route }) {
  return <h1 class="kern-heading-large">Sicherheitsvorfälle und LDA-Fristen</h1>;
}
