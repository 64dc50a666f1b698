/**
 * The Kommune page's data: one operation per partner (CockpitKommune for the reference data, then
 * organisations, projects, contracts, security), so that a partner that does not answer costs only
 * its own sections. `Kommune` is what the sections read: the reference data with one partner's part
 * merged in (a section reads only its own partner's fields).
 */
import type {
  CockpitKommuneContractsQuery,
  CockpitKommuneOrganisationsQuery,
  CockpitKommuneProjectsQuery,
  CockpitKommuneQuery,
  CockpitKommuneSecurityQuery,
} from '../../gql/graphql.ts';

type Base = NonNullable<CockpitKommuneQuery['municipality']>;
type Organisations = NonNullable<CockpitKommuneOrganisationsQuery['municipality']>;
type Projects = NonNullable<CockpitKommuneProjectsQuery['municipality']>;
type Contracts = NonNullable<CockpitKommuneContractsQuery['municipality']>;
type Security = NonNullable<CockpitKommuneSecurityQuery['municipality']>;

/** A partner's part of the page. */
export type KommunePart = Organisations | Projects | Contracts | Security;

/** Everything the sections read. */
export type Kommune = Omit<Base, 'amt'> &
  Omit<Organisations, 'amt'> &
  Projects &
  Contracts &
  Security & {
    amt: (NonNullable<Base['amt']> & { contacts?: NonNullable<Organisations['amt']>['contacts'] }) | null | undefined;
  };

/**
 * The reference data with one partner's part merged in (the Amt's contacts into the Amt). The
 * result is typed as the whole `Kommune`: only the sections of that partner are given it, and they
 * read only that partner's fields.
 */
export function withPart(base: Base, part: KommunePart): Kommune {
  const partAmt = 'amt' in part ? part.amt : undefined;
  const amt = base.amt && partAmt ? { ...base.amt, contacts: partAmt.contacts } : base.amt;
  return { ...base, ...part, amt } as Kommune;
}
