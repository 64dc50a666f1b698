/** Kommune (route #/kommune). */
import type { Route } from '../router.ts';

export function Kommune(_props: { route: Route }) {
  return <h1 class="kern-heading-large">Kommune</h1>;
}
