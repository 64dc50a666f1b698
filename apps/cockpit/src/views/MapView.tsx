/** Brandenburg auf einen Blick (route #/karte). */
import type { Route } from '../router.ts';

export function MapView(_props: { route: Route }) {
  return <h1 class="kern-heading-large">Brandenburg auf einen Blick</h1>;
}
