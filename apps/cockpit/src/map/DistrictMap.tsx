/**
 * One district zoomed in (route #/karte/<ars>, operation CockpitDistrict): a Landkreis's Gemeinden
 * grouped by their Amt (Verbandsgemeinde, Mitverwaltung) and the amtsfreie ones, as tiles coloured by
 * the chosen figure, each a link to the Kommune's page, with the same figures in a table; a
 * kreisfreie Stadt shows the city itself.
 */
import { type Column, DataTable } from '../components/DataTable.tsx';
import { PartialNote } from '../components/PartialNote.tsx';
import { CockpitDistrictDocument, type CockpitDistrictQuery } from '../gql/graphql.ts';
import { type GraphResult, isWithheld } from '../graph/client.ts';
import { useOperation } from '../graph/use-operation.ts';
import { MAP_GEMEINDE_FIGURE } from '../labels.ts';
import { href } from '../router.ts';
import { FigureSelect } from './FigureSelect.tsx';
import { chooseFigure, type Figure, type FigureValue, figureCell, figureCsv, formatCount, WITHHELD } from './figure.ts';
import { Legend } from './Legend.tsx';
import { classesFor, Tile } from './Tile.tsx';

type Data = CockpitDistrictQuery;

/** One Gemeinde (or the kreisfreie Stadt) with its group and every figure. */
interface GemeindeRow {
  ars: string;
  name: string;
  /** The Amt (Verbandsgemeinde, Mitverwaltung) that runs its administration; null when amtsfrei. */
  amt: { ars: string; displayName: string } | null;
  population: FigureValue;
  projects: FigureValue;
  licences: FigureValue;
  openIncidents: FigureValue;
}

const figure = (key: string, header: string, value: (row: GemeindeRow) => FigureValue): Figure<GemeindeRow> => ({
  key,
  label: MAP_GEMEINDE_FIGURE[key]!,
  header,
  value,
  integer: true,
  format: formatCount,
});

/** The figures in the order of the select; the first is the default. */
export const GEMEINDE_FIGURES: readonly Figure<GemeindeRow>[] = [
  figure('projekte', 'Projekte', (r) => r.projects),
  figure('lizenzen', 'Lizenzen', (r) => r.licences),
  figure('vorfaelle', 'offene Vorfälle', (r) => r.openIncidents),
  figure('einwohner', 'Einwohner', (r) => r.population),
];

type Node = NonNullable<Data['municipalities']>['nodes'][number] | NonNullable<Data['district']>;

function row(result: GraphResult<Data>, node: Node, path: (string | number)[]): GemeindeRow {
  return {
    ars: node.ars,
    name: node.name,
    amt: 'amt' in node && node.amt ? { ars: node.amt.ars, displayName: node.amt.displayName } : null,
    population: node.population ?? null,
    projects: node.projects.totalCount,
    licences: isWithheld(result, ...path, 'licences') ? WITHHELD : (node.licences?.totalCount ?? null),
    openIncidents: isWithheld(result, ...path, 'securityPosture')
      ? WITHHELD
      : (node.securityPosture?.openIncidentCount ?? null),
  };
}

/** The groups in the order of their first Gemeinde (by ARS): the amtsfreie Gemeinden, then each Amt. */
function groups(rows: readonly GemeindeRow[]) {
  const byKey = new Map<string, { amt: GemeindeRow['amt']; rows: GemeindeRow[] }>();
  for (const r of rows) {
    const key = r.amt?.ars ?? '';
    const group = byKey.get(key) ?? { amt: r.amt, rows: [] };
    group.rows.push(r);
    byKey.set(key, group);
  }
  return [...byKey.values()].sort((a, b) => (a.amt ? 1 : 0) - (b.amt ? 1 : 0));
}

/** The Gemeinde figure that stands for a Land figure the Gemeinden do not have (licence seats and cost: licences). */
const GEMEINDE_FIGURE_FOR: Readonly<Record<string, string>> = { lizenzplaetze: 'lizenzen', lizenzkosten: 'lizenzen' };

export function DistrictMap(props: { ars: string; figureKey: string | null }) {
  const state = useOperation(CockpitDistrictDocument, { districtArs: props.ars });
  const chosen = chooseFigure(GEMEINDE_FIGURES, GEMEINDE_FIGURE_FOR[props.figureKey ?? ''] ?? props.figureKey);
  const back = (
    <p class="kern-body cockpit-noprint">
      {/* Back with the figure the Land map was coloured by, when it came from there. */}
      <a class="kern-link" href={`${href('karte')}?wert=${encodeURIComponent(props.figureKey ?? chosen.key)}`}>
        Zurück zur Karte des Landes Brandenburg
      </a>
    </p>
  );
  if (state.status !== 'done')
    return (
      <>
        <h1 class="kern-heading-large">Brandenburg auf einen Blick</h1>
        {back}
        {state.status === 'loading' ? (
          <p class="kern-body">Zahlen werden geladen …</p>
        ) : (
          <p role="alert">{state.message}</p>
        )}
      </>
    );
  const district = state.data?.district;
  if (!district || (district.kind !== 'LANDKREIS' && district.kind !== 'KREISFREIE_STADT'))
    return (
      <>
        <h1 class="kern-heading-large">Brandenburg auf einen Blick</h1>
        {back}
        <PartialNote unavailable={state.unavailable} />
        <p class="kern-body" role="alert">
          Zum Regionalschlüssel {props.ars} gibt es keinen Landkreis und keine kreisfreie Stadt.
        </p>
      </>
    );
  const city = district.kind === 'KREISFREIE_STADT';
  const rows = city
    ? [row(state, district, ['district'])]
    : (state.data?.municipalities?.nodes ?? []).map((n, i) => row(state, n, ['municipalities', 'nodes', i]));
  const values = rows.map((r) => chosen.value(r));
  const classes = classesFor(chosen, values);
  const allWithheld = values.length > 0 && values.every((v) => v === WITHHELD);
  const tile = (r: GemeindeRow) => (
    <li>
      <Tile
        ars={r.ars}
        name={r.name}
        href={href('kommune', r.ars)}
        action="Seite der Kommune öffnen"
        figure={chosen}
        value={chosen.value(r)}
        classes={classes}
      />
    </li>
  );
  const columns: Column<GemeindeRow>[] = [
    {
      header: 'Gemeinde',
      value: (r) => r.name,
      render: (r) => (
        <a class="kern-link" href={href('kommune', r.ars)}>
          {r.name}
        </a>
      ),
    },
    { header: 'ARS', value: (r) => r.ars },
    { header: 'Amt', value: (r) => r.amt?.displayName ?? (city ? 'kreisfrei' : 'amtsfrei') },
    ...GEMEINDE_FIGURES.map(
      (f): Column<GemeindeRow> => ({
        header: f.header,
        value: (r) => figureCsv(f.value(r)),
        render: (r) => figureCell(f, f.value(r)),
        numeric: true,
      }),
    ),
  ];
  return (
    <>
      <h1 class="kern-heading-large">Brandenburg auf einen Blick: {district.displayName}</h1>
      {back}
      <PartialNote unavailable={state.unavailable} />
      <p class="kern-body">
        {city
          ? 'Eine kreisfreie Stadt gehört zu keinem Landkreis und hat keine Gemeinden: hier steht die Stadt selbst.'
          : `${district.displayName}: ${rows.length} Gemeinden, nach Amt gruppiert. Jede Kachel führt zur Seite der Gemeinde.`}{' '}
        <a class="kern-link" href={href('kommune', district.ars)}>
          Seite der Kommune „{district.displayName}“
        </a>
      </p>
      <FigureSelect figures={GEMEINDE_FIGURES} chosen={chosen} base={href('karte', district.ars)} />
      <section aria-labelledby="map-title">
        <h2 id="map-title" class="kern-heading-medium">
          {city ? 'Die Stadt' : 'Gemeinden'}: {chosen.label}
        </h2>
        {allWithheld && (
          <p class="kern-body" data-testid="map-withheld">
            {chosen.label}: nicht freigegeben für Ihre Rolle.
          </p>
        )}
        {city ? (
          <ul class="map-tiles" aria-label={`${district.displayName}: ${chosen.label}`}>
            {rows.map(tile)}
          </ul>
        ) : (
          groups(rows).map((group) => {
            const title = group.amt ? group.amt.displayName : 'Amtsfreie Gemeinden';
            const id = `map-group-${group.amt?.ars ?? 'amtsfrei'}`;
            return (
              <section aria-labelledby={id} class="map-group" data-group={group.amt?.ars ?? 'amtsfrei'}>
                <h3 id={id} class="kern-heading-small">
                  {group.amt ? (
                    <a class="kern-link" href={href('kommune', group.amt.ars)}>
                      {title}
                    </a>
                  ) : (
                    title
                  )}{' '}
                  <span class="kern-body kern-body--small">({group.rows.length} Gemeinden)</span>
                </h3>
                <ul class="map-tiles" aria-label={`${title}: ${chosen.label}`}>
                  {group.rows.map(tile)}
                </ul>
              </section>
            );
          })
        )}
        <Legend figure={chosen} classes={classes} />
        <p class="kern-body kern-body--small map-note">
          {city
            ? 'Die Stadt selbst als eine Kachel.'
            : 'Kacheln ohne Lage: die Gemeinden stehen nach Amt gruppiert und innerhalb der Gruppe nach Regionalschlüssel, nicht nach ihrer Lage im Kreis.'}{' '}
          Namen, Ämter und Regionalschlüssel aus den Referenzdaten des Graphen (Gemeindeverzeichnis GV100AD des
          Statistischen Bundesamts, Gebietsstand 30.11.2023).
        </p>
      </section>
      <section aria-labelledby="map-table-title">
        <h2 id="map-table-title" class="kern-heading-medium">
          Kennzahlen als Tabelle
        </h2>
        {rows.some((r) => GEMEINDE_FIGURES.some((f) => f.value(r) === WITHHELD)) && (
          <p class="kern-body kern-body--small">„nicht freigegeben“: diese Zahl darf Ihre Rolle nicht sehen.</p>
        )}
        <DataTable
          caption={city ? `Kennzahlen: ${district.displayName}` : `Kennzahlen der Gemeinden: ${district.displayName}`}
          columns={columns}
          rows={rows}
          filename={`karte-${district.ars}`}
        />
      </section>
    </>
  );
}
