/** The type of the Kommune page's data (operation CockpitKommune). */
import type { CockpitKommuneQuery } from '../../gql/graphql.ts';

/** The answer of CockpitKommune for one Kommune. */
export type Kommune = NonNullable<CockpitKommuneQuery['municipality']>;
