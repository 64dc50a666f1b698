/** Kommune suchen: the Kommunen whose name contains the text, as a list of links to their pages. */
import { PartialNote } from '../../components/PartialNote.tsx';
import { CockpitKommuneSearchDocument } from '../../gql/graphql.ts';
import { useOperation } from '../../graph/use-operation.ts';
import { MUNICIPALITY_KIND } from '../../labels.ts';
import { KommuneLink, label } from './parts.tsx';
import { SearchForm } from './SearchForm.tsx';

export function KommuneSearch(props: { name: string }) {
  return (
    <>
      <h1 class="kern-heading-large">Kommune suchen</h1>
      <p class="kern-body">
        Suchen Sie eine Kommune Brandenburgs nach ihrem Namen (Landkreis, kreisfreie Stadt, Amt oder Gemeinde). Ihre
        Seite zeigt, was die fünf Partner über sie wissen.
      </p>
      <SearchForm key={props.name} name={props.name} id="kommune-suche" />
      {props.name.trim() && <Results name={props.name.trim()} />}
    </>
  );
}

function Results(props: { name: string }) {
  const state = useOperation(CockpitKommuneSearchDocument, { name: props.name });
  if (state.status === 'loading') return <p class="kern-body">Suche läuft …</p>;
  if (state.status === 'failed') return <p role="alert">{state.message}</p>;
  const found = state.data?.municipalities;
  return (
    <section aria-labelledby="treffer" class="cockpit-section">
      <PartialNote unavailable={state.unavailable} />
      <h2 id="treffer" class="kern-heading-medium" aria-live="polite">
        {found ? `${found.totalCount} Treffer für „${props.name}“` : `Keine Antwort für „${props.name}“`}
      </h2>
      {found && found.nodes.length === 0 && <p class="kern-body">Keine Kommune trägt diesen Namen.</p>}
      {found && found.nodes.length > 0 && (
        <ul class="cockpit-results" data-testid="search-results">
          {found.nodes.map((m) => (
            <li>
              <KommuneLink ars={m.ars}>{m.displayName}</KommuneLink>{' '}
              <span class="kern-body kern-body--small">
                (
                {[label(MUNICIPALITY_KIND, m.kind), m.amt?.displayName, m.district?.displayName, `ARS ${m.ars}`]
                  .filter(Boolean)
                  .join(', ')}
                )
              </span>
            </li>
          ))}
        </ul>
      )}
      {found && found.totalCount > found.nodes.length && (
        <p class="kern-body">
          Gezeigt werden die ersten {found.nodes.length} von {found.totalCount}; bitte genauer suchen.
        </p>
      )}
    </section>
  );
}
