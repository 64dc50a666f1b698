/**
 * The page of one Kommune: reference data with Landkreis and Amt linking onwards (CockpitKommune),
 * then each partner's sections from that partner's own operation, each a heading with a table (CSV)
 * or a description list. A partner that does not answer costs only its own sections (they say so, and
 * the partial-result note names it); a field the principal's role may not read (FORBIDDEN) shows
 * "nicht freigegeben für Ihre Rolle", never an empty table; sample records are marked "Beispieldaten".
 */
import type { ComponentChildren } from 'preact';
import { PartialNote } from '../../components/PartialNote.tsx';
import {
  CockpitKommuneContractsDocument,
  CockpitKommuneDocument,
  CockpitKommuneOrganisationsDocument,
  CockpitKommuneProjectsDocument,
  CockpitKommuneSecurityDocument,
} from '../../gql/graphql.ts';
import { isWithheld } from '../../graph/client.ts';
import { partnerOf } from '../../graph/partners.ts';
import { type OperationState, useOperation } from '../../graph/use-operation.ts';
import { MUNICIPALITY_KIND } from '../../labels.ts';
import { Certificates, Contracts, Licences, Procurements } from './ContractSections.tsx';
import { type Kommune, type KommunePart, withPart } from './kommune-data.ts';
import { label, Section } from './parts.tsx';
import { Dikom, Members, Ozg, Projects, ReferenceData } from './ReferenceSections.tsx';
import { SearchForm } from './SearchForm.tsx';
import { Contacts, Security } from './SecuritySections.tsx';

type PartState = OperationState<{ municipality?: KommunePart | null }>;

/**
 * A partner's sections once its operation answered: `render` with the merged data, or, while it
 * loads or when the partner did not answer, one section per title saying so.
 */
function Part(props: {
  state: PartState;
  base: Parameters<typeof withPart>[0];
  subgraph: string;
  titles: readonly [id: string, title: string][];
  render: (m: Kommune, withheld: (...path: string[]) => boolean) => ComponentChildren;
}) {
  const { state } = props;
  const part = state.status === 'done' ? state.data?.municipality : undefined;
  if (state.status === 'done' && part) {
    return <>{props.render(withPart(props.base, part), (...path) => isWithheld(state, 'municipality', ...path))}</>;
  }
  const text =
    state.status === 'loading'
      ? 'wird geladen …'
      : `Keine Antwort von ${partnerOf(props.subgraph)}; die übrigen Angaben sind vollständig.`;
  return (
    <>
      {props.titles.map(([id, title]) => (
        <Section id={id} title={title}>
          <p class="kern-body" role={state.status === 'loading' ? undefined : 'note'}>
            {text}
          </p>
        </Section>
      ))}
    </>
  );
}

export function KommunePage(props: { ars: string; own?: boolean }) {
  const variables = { ars: props.ars };
  const state = useOperation(CockpitKommuneDocument, variables);
  const organisations = useOperation(CockpitKommuneOrganisationsDocument, variables) as PartState;
  const projects = useOperation(CockpitKommuneProjectsDocument, variables) as PartState;
  const contracts = useOperation(CockpitKommuneContractsDocument, variables) as PartState;
  const security = useOperation(CockpitKommuneSecurityDocument, variables) as PartState;
  if (state.status === 'loading') return <p class="kern-body">Angaben zur Kommune werden geladen …</p>;
  if (state.status === 'failed') return <p role="alert">{state.message}</p>;
  const unavailable = [
    ...new Set(
      [state, organisations, projects, contracts, security].flatMap((s) => (s.status === 'done' ? s.unavailable : [])),
    ),
  ];
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
  return (
    <>
      <h1 class="kern-heading-large">{m.displayName}</h1>
      <p class="kern-body">
        {label(MUNICIPALITY_KIND, m.kind)} · ARS {m.ars}
        {props.own && ' · Ihre eigene Kommune'}
      </p>
      <PartialNote unavailable={unavailable} />
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
      <ReferenceData m={m as Kommune} />
      <Members m={m as Kommune} />
      <Part
        state={organisations}
        base={m}
        subgraph="organisations"
        titles={[['dikom', 'DIKOM-Mitgliedschaft']]}
        render={(k) => <Dikom m={k} />}
      />
      <Part
        state={projects}
        base={m}
        subgraph="projects"
        titles={[
          ['projekte', 'Projekte'],
          ['ozg', 'OZG-Umsetzung'],
        ]}
        render={(k) => (
          <>
            <Projects m={k} />
            <Ozg m={k} />
          </>
        )}
      />
      <Part
        state={contracts}
        base={m}
        subgraph="contracts"
        titles={[
          ['lizenzen', 'Lizenzen'],
          ['rahmenvertraege', 'Rahmenverträge'],
          ['vergabe', 'Vergabeverfahren'],
          ['zertifikate', 'Zertifikate'],
        ]}
        render={(k, withheld) => (
          <>
            <Licences m={k} withheld={withheld('licences')} />
            <Contracts m={k} />
            <Procurements m={k} />
            <Certificates m={k} withheld={withheld('certificates')} />
          </>
        )}
      />
      <Part
        state={organisations}
        base={m}
        subgraph="organisations"
        titles={[['kontakte', 'Kontakte nach Rolle']]}
        render={(k, withheld) => (
          <Contacts m={k} withheld={withheld('contacts')} amtWithheld={withheld('amt', 'contacts')} />
        )}
      />
      <Part
        state={security}
        base={m}
        subgraph="security"
        titles={[['sicherheit', 'Sicherheitslage']]}
        render={(k, withheld) => <Security m={k} conceptWithheld={withheld('securityPosture', 'concept')} />}
      />
    </>
  );
}
