/**
 * Hash routing (`#/karte`, `#/kommune/120650136136`): the cockpit is static files, served under any
 * prefix, and a hash route needs no server rewrite rule.
 */
import { useEffect, useState } from 'preact/hooks';

export interface Route {
  /** The first path segment, '' for the overview. */
  view: string;
  /** The remaining segments, decoded. */
  params: string[];
  /** Query parameters after `?` in the hash. */
  query: URLSearchParams;
}

export function parseRoute(hash: string): Route {
  const [path = '', search = ''] = hash.replace(/^#\/?/, '').split('?');
  const [view = '', ...params] = path.split('/').filter(Boolean).map(decodeURIComponent);
  return { view, params, query: new URLSearchParams(search) };
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const update = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', update);
    return () => removeEventListener('hashchange', update);
  }, []);
  return route;
}

/** The href of a route. */
export function href(view: string, ...params: string[]): string {
  return `#/${[view, ...params].filter(Boolean).map(encodeURIComponent).join('/')}`;
}
