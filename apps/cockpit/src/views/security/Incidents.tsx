/** The incidents the principal may see (operation CockpitSecurityIncidents), with the filter form. */
import { DataTable } from '../../components/DataTable.tsx';
import { PartialNote } from '../../components/PartialNote.tsx';
import { TlpLabel, tlpText } from '../../components/TlpLabel.tsx';
import { CockpitSecurityIncidentsDocument, type CockpitSecurityIncidentsQuery } from '../../gql/graphql.ts';
import { isWithheld } from '../../graph/client.ts';
import { useOperation } from '../../graph/use-operation.ts';
import { INCIDENT_SEVERITY, INCIDENT_STATUS } from '../../labels.ts';
import type { Route } from '../../router.ts';
import { formatDateTime, KommuneLink, label, SampleMark, Section, Withheld } from '../kommune/parts.tsx';
import { filterHash, incidentFilter } from './filter.ts';

type Incident = NonNullable<CockpitSecurityIncidentsQuery['incidents']>['nodes'][number];
type Kreis = NonNullable<CockpitSecurityIncidentsQuery['kreise']>['nodes'][number];

/** Where the LDA notification of an incident stands, in words. */
export function ldaState(i: {
  personalDataInvolved: boolean;
  ldaNotificationRequired: boolean;
  ldaNotifiedAt?: string | null;
  ldaNotificationDueAt?: string | null;
  ldaNotificationOverdue: boolean;
}): string {
  if (!i.personalDataInvolved) return 'nein';
  if (i.ldaNotifiedAt) return `ja: gemeldet am ${formatDateTime(i.ldaNotifiedAt)}`;
  if (!i.ldaNotificationRequired) return 'ja: Meldung nicht erforderlich (kein Risiko)';
  if (i.ldaNotificationOverdue) return `ja: ÜBERFÄLLIG seit ${formatDateTime(i.ldaNotificationDueAt)}`;
  return `ja: fällig bis ${formatDateTime(i.ldaNotificationDueAt)}`;
}

export function Incidents(props: { route: Route }) {
  const filter = incidentFilter(props.route.query);
  const state = useOperation(CockpitSecurityIncidentsDocument, { filter });
  const result = state.status === 'done' ? state : undefined;
  const incidents = result?.data?.incidents;
  const kreise = result?.data?.kreise?.nodes ?? [];
  return (
    <Section id="vorfaelle" title={incidents ? `Sicherheitsvorfälle (${incidents.totalCount})` : 'Sicherheitsvorfälle'}>
      <FilterForm key={props.route.query.toString()} query={props.route.query} kreise={kreise} />
      {state.status === 'loading' && <p class="kern-body">Vorfälle werden geladen …</p>}
      {state.status === 'failed' && <p role="alert">{state.message}</p>}
      {result && <PartialNote unavailable={result.unavailable} />}
      {result && isWithheld(result, 'incidents') && <Withheld what="Sicherheitsvorfälle" />}
      {incidents && (
        <>
          <TlpSummary incidents={incidents.nodes} />
          <div class="cockpit-ids">
            <DataTable
              caption="Sicherheitsvorfälle, neueste zuerst"
              filename="sicherheitsvorfaelle"
              rows={incidents.nodes}
              empty="Keine Vorfälle, die Sie sehen dürfen, passen zu diesem Filter."
              columns={[
                { header: 'Kennung', value: (i) => i.id },
                {
                  header: 'Titel',
                  // The mark of sample data stands in the title cell (and the CSV): a column of its own made
                  // the table wider than the page.
                  value: (i) => (i.isSample ? `${i.title} (Beispieldaten)` : i.title),
                  render: (i) => (
                    <>
                      {i.title} <SampleMark isSample={i.isSample} showReal={false} />
                    </>
                  ),
                },
                { header: 'TLP', value: (i) => tlpText(i.tlp), render: (i) => <TlpLabel tlp={i.tlp} /> },
                { header: 'Schweregrad', value: (i) => label(INCIDENT_SEVERITY, i.severity) },
                { header: 'Status', value: (i) => label(INCIDENT_STATUS, i.status) },
                { header: 'Erkannt', value: (i) => formatDateTime(i.detectedAt) },
                {
                  header: 'Betroffene Kommunen',
                  value: (i) => i.affectedMunicipalities.map((m) => m.displayName).join('; '),
                  render: (i) => <Affected incident={i} />,
                },
                { header: 'Personenbezogene Daten: LDA-Meldung', value: (i) => ldaState(i) },
              ]}
            />
          </div>
          {incidents.pageInfo.hasNextPage && (
            <p class="kern-body">
              Gezeigt werden die neuesten {incidents.nodes.length} von {incidents.totalCount} Vorfällen; grenzen Sie die
              Auswahl mit dem Filter ein.
            </p>
          )}
        </>
      )}
    </Section>
  );
}

function Affected(props: { incident: Incident }) {
  const list = props.incident.affectedMunicipalities;
  return (
    <ul class="cockpit-linklist">
      {list.map((m) => (
        <li>
          <KommuneLink ars={m.ars}>{m.displayName}</KommuneLink>
        </li>
      ))}
    </ul>
  );
}

const TLP_ORDER = ['CLEAR', 'GREEN', 'AMBER', 'AMBER_STRICT', 'RED'];

/** How many of the shown incidents carry each marking: a quick check of what this token reaches. */
function TlpSummary(props: { incidents: readonly Incident[] }) {
  const counts = TLP_ORDER.map((tlp) => [tlp, props.incidents.filter((i) => i.tlp === tlp).length] as const).filter(
    ([, n]) => n > 0,
  );
  if (counts.length === 0) return null;
  return (
    <p class="kern-body" data-testid="tlp-summary">
      Nach Markierung:{' '}
      {counts.map(([tlp, n], index) => (
        <>
          {index > 0 && ', '}
          <TlpLabel tlp={tlp} /> {n}
        </>
      ))}
    </p>
  );
}

function FilterForm(props: { query: URLSearchParams; kreise: readonly Kreis[] }) {
  const { query } = props;
  const kreis = query.get('landkreis')
    ? `landkreis:${query.get('landkreis')}`
    : query.get('stadt')
      ? `stadt:${query.get('stadt')}`
      : '';
  const submit = (event: Event) => {
    event.preventDefault();
    location.hash = filterHash(new FormData(event.currentTarget as HTMLFormElement));
  };
  const landkreise = props.kreise.filter((k) => k.kind === 'LANDKREIS');
  const staedte = props.kreise.filter((k) => k.kind === 'KREISFREIE_STADT');
  return (
    <form class="cockpit-filters" aria-label="Vorfälle filtern" onSubmit={submit}>
      <div class="kern-form-input">
        <label class="kern-label" for="filter-schwere">
          Schweregrad
        </label>
        <div class="kern-form-input__select-wrapper">
          <select id="filter-schwere" name="schwere" class="kern-form-input__select" value={query.get('schwere') ?? ''}>
            <option value="">alle</option>
            {Object.entries(INCIDENT_SEVERITY).map(([value, text]) => (
              <option value={value}>{text}</option>
            ))}
          </select>
        </div>
      </div>
      <div class="kern-form-input">
        <label class="kern-label" for="filter-status">
          Status
        </label>
        <div class="kern-form-input__select-wrapper">
          <select id="filter-status" name="status" class="kern-form-input__select" value={query.get('status') ?? ''}>
            <option value="">alle</option>
            <option value="offen">offen (gemeldet, bewertet, eingedämmt)</option>
            {Object.entries(INCIDENT_STATUS).map(([value, text]) => (
              <option value={value}>{text}</option>
            ))}
          </select>
        </div>
      </div>
      <div class="kern-form-input">
        <label class="kern-label" for="filter-kreis">
          Landkreis oder kreisfreie Stadt
        </label>
        <div class="kern-form-input__select-wrapper">
          <select id="filter-kreis" name="kreis" class="kern-form-input__select" value={kreis}>
            <option value="">ganz Brandenburg</option>
            <optgroup label="Landkreise">
              {landkreise.map((k) => (
                <option value={`landkreis:${k.ars}`}>{k.name}</option>
              ))}
            </optgroup>
            <optgroup label="Kreisfreie Städte">
              {staedte.map((k) => (
                <option value={`stadt:${k.ars}`}>{k.name}</option>
              ))}
            </optgroup>
          </select>
        </div>
      </div>
      <div class="kern-form-check">
        <input
          id="filter-personenbezogen"
          name="personenbezogen"
          type="checkbox"
          class="kern-form-check__checkbox"
          checked={query.get('personenbezogen') === 'ja'}
        />
        <label class="kern-label" for="filter-personenbezogen">
          nur mit personenbezogenen Daten
        </label>
      </div>
      <div class="cockpit-filters__actions">
        <button type="submit" class="kern-btn kern-btn--primary">
          <span class="kern-label">Filter anwenden</span>
        </button>
        <a class="kern-link" href="#/sicherheit">
          Filter zurücksetzen
        </a>
      </div>
    </form>
  );
}
