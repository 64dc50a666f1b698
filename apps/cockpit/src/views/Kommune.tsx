/**
 * Kommune (route #/kommune, #/kommune/<ARS>, #/kommune?suche=<Name>): the search by name, and the page
 * of one Kommune with everything the five partners know about it. Without an ARS and without a search
 * a Kommune's own principal (its token's `org` is its 12-digit ARS) sees its own page.
 */
import { useSession } from '../auth/session.ts';
import type { Route } from '../router.ts';
import { KommunePage } from './kommune/KommunePage.tsx';
import { KommuneSearch } from './kommune/KommuneSearch.tsx';

/** A 12-digit Amtlicher Regionalschlüssel. */
export const ARS_PATTERN = /^\d{12}$/;

export function Kommune(props: { route: Route }) {
  const session = useSession();
  const ars = props.route.params[0];
  const search = props.route.query.get('suche');
  if (ars) return <KommunePage ars={ars} />;
  if (search === null && session && ARS_PATTERN.test(session.org)) return <KommunePage ars={session.org} own />;
  return <KommuneSearch name={search ?? ''} />;
}
