/**
 * The page of one Kommune (operation CockpitKommune): reference data with Landkreis and Amt linking
 * onwards, then one section per partner's slice, each a heading with a table (CSV) or a description
 * list. A field the principal's role may not read (FORBIDDEN) shows "nicht freigegeben für Ihre Rolle",
 * never an empty table; sample records are marked "Beispieldaten".
 */
import { PartialNote } from '../../components/PartialNote.tsx';
import { CockpitKommuneDocument } from '../../gql/graphql.ts';
import { isWithheld } from '../../graph/client.ts';
import { useOperation } from '../../graph/use-operation.ts';
import { MUNICIPALITY_KIND } from '../../labels.ts';
import { Certificates, Contracts, Licences, Procurements } from './ContractSections.tsx';
import { label } from './parts.tsx';
import { Dikom, Members, Ozg, Projects, ReferenceData } from './ReferenceSections.tsx';
import { SearchForm } from './SearchForm.tsx';
import { Contacts, Security } from './SecuritySections.tsx';

export function KommunePage(props: { ars: string; own?: boolean }) {
  const state = useOperation(CockpitKommuneDocument, { ars: props.ars });
  if (state.status === 'loading') return <p class="kern-body">Angaben zur Kommune werden geladen …</p>;
  if (state.status === 'failed') return <p role="alert">{state.message}</p>;
  const m = state.data?.municipality;
  if (!m) {
    return (
      <>
        <h1 class="kern-heading-large">Kommune nicht gefunden</h1>
        <PartialNote unavailable={state.unavailable} />
        <p class="kern-body">Zum Regionalschlüssel {props.ars} kennt der Graph keine Kommune.</p>
        <SearchForm name="" id="kommune-suche" />
      </>
    );
  }
  const withheld = (...path: string[]) => isWithheld(state, 'municipality', ...path);
  return (
    <>
      <h1 class="kern-heading-large">{m.displayName}</h1>
      <p class="kern-body">
        {label(MUNICIPALITY_KIND, m.kind)} · ARS {m.ars}
        {props.own && ' · Ihre eigene Kommune'}
      </p>
      <PartialNote unavailable={state.unavailable} />
      <div class="kern-alert kern-alert--info cockpit-intro" role="note">
        <div class="kern-alert__body">
          <p class="kern-body">
            Die Stammdaten stammen aus dem amtlichen Gemeindeverzeichnis. Projekte, Verträge, Lizenzen, Zertifikate,
            Vorfälle und Sicherheitsangaben sind in diesem Knoten großteils erfundene Beispieldaten; solche Einträge
            sind mit <span class="cockpit-sample">Beispieldaten</span> gekennzeichnet.
          </p>
        </div>
      </div>
      <SearchForm name="" id="kommune-suche" label="Andere Kommune suchen (Name)" />
      <ReferenceData m={m} />
      <Members m={m} />
      <Dikom m={m} />
      <Projects m={m} />
      <Ozg m={m} />
      <Licences m={m} withheld={withheld('licences')} />
      <Contracts m={m} />
      <Procurements m={m} />
      <Certificates m={m} withheld={withheld('certificates')} />
      <Contacts m={m} withheld={withheld('contacts')} amtWithheld={withheld('amt', 'contacts')} />
      <Security m={m} conceptWithheld={withheld('securityPosture', 'concept')} />
    </>
  );
}
