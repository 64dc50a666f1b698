/**
 * The Land map (route #/karte): the 14 Landkreise and 4 kreisfreie Städte as tiles of the schematic
 * grid (tile-grid.ts), coloured by the chosen figure (operation CockpitMap), each a link to the
 * district zoomed in, and the same figures in a table under it.
 */
import { type Column, DataTable } from '../components/DataTable.tsx';
import { PartialNote } from '../components/PartialNote.tsx';
import { CockpitMapDocument, type CockpitMapQuery } from '../gql/graphql.ts';
import { type GraphResult, isWithheld } from '../graph/client.ts';
import { useOperation } from '../graph/use-operation.ts';
import { MAP_LAND_FIGURE } from '../labels.ts';
import { href } from '../router.ts';
import { FigureSelect } from './FigureSelect.tsx';
import {
  chooseFigure,
  type Figure,
  type FigureValue,
  figureCell,
  figureCsv,
  formatCount,
  formatEuro,
  formatPercent,
  WITHHELD,
} from './figure.ts';
import { Legend } from './Legend.tsx';
import { classesFor, Tile } from './Tile.tsx';
import { BERLIN_CELL, DISTRICT_CELLS } from './tile-grid.ts';

type Data = CockpitMapQuery;

/** One district with every figure the map can show. */
interface DistrictRow {
  ars: string;
  name: string;
  displayName: string;
  population: FigureValue;
  projects: FigureValue;
  kommunen: FigureValue;
  ozgServices: FigureValue;
  onlineShare: FigureValue;
  allocatedSeats: FigureValue;
  annualCostEur: FigureValue;
}

const integerFigure = (key: string, header: string, value: (row: DistrictRow) => FigureValue): Figure<DistrictRow> => ({
  key,
  label: MAP_LAND_FIGURE[key]!,
  header,
  value,
  integer: true,
  format: formatCount,
});

/** The figures in the order of the select; the first is the default. */
export const LAND_FIGURES: readonly Figure<DistrictRow>[] = [
  integerFigure('projekte', 'Projekte', (r) => r.projects),
  integerFigure('kommunen', 'Kommunen beteiligt', (r) => r.kommunen),
  integerFigure('ozg', 'OZG-Leistungen', (r) => r.ozgServices),
  {
    key: 'online',
    label: MAP_LAND_FIGURE.online!,
    header: 'OZG online',
    value: (r) => r.onlineShare,
    integer: false,
    max: 1,
    format: formatPercent,
  },
  integerFigure('einwohner', 'Einwohner', (r) => r.population),
  integerFigure('lizenzplaetze', 'Lizenzplätze', (r) => r.allocatedSeats),
  {
    key: 'lizenzkosten',
    label: MAP_LAND_FIGURE.lizenzkosten!,
    header: 'Lizenzkosten/Jahr',
    value: (r) => r.annualCostEur,
    integer: false,
    format: formatEuro,
  },
];

/**
 * A statistic's value for a district: its entry, 0 when the statistic does not list the district
 * (the graph leaves out districts without any), null when the statistic itself is missing (its
 * partner did not answer), WITHHELD when it was refused.
 */
function lookup<Entry>(
  list: readonly Entry[] | null | undefined,
  withheld: boolean,
  find: (entry: Entry) => boolean,
  value: (entry: Entry) => number,
  absent: number | null = 0,
): FigureValue {
  if (withheld) return WITHHELD;
  if (!list) return null;
  const entry = list.find(find);
  return entry ? value(entry) : absent;
}

function districtRows(result: GraphResult<Data>): DistrictRow[] {
  const data = result.data;
  const stats = data?.projectStatistics;
  const licencesWithheld = isWithheld(result, 'licenceStatistics');
  const statsWithheld = isWithheld(result, 'projectStatistics');
  return (data?.districts?.nodes ?? []).map((d): DistrictRow => {
    const same = (district: { ars: string } | null | undefined) => district?.ars === d.ars;
    return {
      ars: d.ars,
      name: d.name,
      displayName: d.displayName,
      population: d.population ?? null,
      projects: lookup(
        stats?.byDistrict,
        statsWithheld,
        (e) => same(e.district),
        (e) => e.projectCount,
      ),
      kommunen: lookup(
        stats?.byDistrict,
        statsWithheld,
        (e) => same(e.district),
        (e) => e.participatingKommunen,
      ),
      ozgServices: lookup(
        stats?.ozgCoverage,
        statsWithheld,
        (e) => same(e.district),
        (e) => e.ozgServiceCount,
      ),
      // A district without rollout records has no share: "–", not 0 %.
      onlineShare: lookup(
        data?.ozgRolloutCoverage,
        false,
        (e) => same(e.landkreis),
        (e) => e.onlineShare,
        null,
      ),
      allocatedSeats: lookup(
        data?.licenceStatistics,
        licencesWithheld,
        (e) => same(e.district),
        (e) => e.allocatedSeats,
      ),
      annualCostEur: lookup(
        data?.licenceStatistics,
        licencesWithheld,
        (e) => same(e.district),
        (e) => e.annualCostEur,
      ),
    };
  });
}

/**
 * The rows in the order of their cells, row by row from the north-west: the tiles' order in the page,
 * so that keyboard focus and a screen reader follow the map as it is seen (a district without a cell
 * comes last).
 */
function inReadingOrder(rows: readonly DistrictRow[]): DistrictRow[] {
  const position = (r: DistrictRow) => {
    const cell = DISTRICT_CELLS[r.ars];
    return cell ? cell.row * 100 + cell.column : Number.MAX_SAFE_INTEGER;
  };
  return [...rows].sort((a, b) => position(a) - position(b));
}

export function LandMap(props: { figureKey: string | null }) {
  const state = useOperation(CockpitMapDocument, {});
  const figure = chooseFigure(LAND_FIGURES, props.figureKey);
  const intro = (
    <>
      <h1 class="kern-heading-large">Brandenburg auf einen Blick</h1>
      <p class="kern-body">
        Die 14 Landkreise und 4 kreisfreien Städte, eingefärbt nach einer Kennzahl Ihrer Wahl. Jede Kachel führt zu den
        Ämtern und Gemeinden des Kreises.
      </p>
    </>
  );
  if (state.status === 'loading')
    return (
      <>
        {intro}
        <p class="kern-body">Zahlen werden geladen …</p>
      </>
    );
  if (state.status === 'failed')
    return (
      <>
        {intro}
        <p role="alert">{state.message}</p>
      </>
    );
  const rows = districtRows(state);
  const values = rows.map((r) => figure.value(r));
  const classes = classesFor(figure, values);
  const allWithheld = values.length > 0 && values.every((v) => v === WITHHELD);
  const columns: Column<DistrictRow>[] = [
    {
      header: 'Landkreis / kreisfreie Stadt',
      value: (r) => r.displayName,
      render: (r) => (
        <a class="kern-link" href={`${href('karte', r.ars)}?wert=${figure.key}`}>
          {r.displayName}
        </a>
      ),
    },
    { header: 'ARS', value: (r) => r.ars },
    ...LAND_FIGURES.map(
      (f): Column<DistrictRow> => ({
        header: f.header,
        value: (r) => figureCsv(f.value(r)),
        render: (r) => figureCell(f, f.value(r)),
        numeric: true,
      }),
    ),
  ];
  return (
    <>
      {intro}
      <PartialNote unavailable={state.unavailable} />
      <FigureSelect figures={LAND_FIGURES} chosen={figure} base={href('karte')} />
      <section aria-labelledby="map-title">
        <h2 id="map-title" class="kern-heading-medium">
          Karte: {figure.label}
        </h2>
        {allWithheld && (
          <p class="kern-body" data-testid="map-withheld">
            {figure.label}: nicht freigegeben für Ihre Rolle.
          </p>
        )}
        <ul class="map-grid" aria-label={`Schematische Karte der Landkreise und kreisfreien Städte: ${figure.label}`}>
          {inReadingOrder(rows).map((r) => {
            const cell = DISTRICT_CELLS[r.ars];
            return (
              <li style={cell ? { '--map-row': cell.row, '--map-column': cell.column } : undefined}>
                <Tile
                  ars={r.ars}
                  name={r.name}
                  href={`${href('karte', r.ars)}?wert=${figure.key}`}
                  action="Ämter und Gemeinden anzeigen"
                  figure={figure}
                  value={figure.value(r)}
                  classes={classes}
                />
              </li>
            );
          })}
          <li
            class="map-berlin"
            aria-hidden="true"
            style={{ '--map-row': BERLIN_CELL.row, '--map-column': BERLIN_CELL.column }}
          >
            Berlin
          </li>
        </ul>
        <Legend figure={figure} classes={classes} />
        <p class="kern-body kern-body--small map-note">
          Schematische Karte: jede Kachel steht für einen Landkreis oder eine kreisfreie Stadt und liegt ungefähr dort,
          wo der Kreis im Land liegt (eigene Anordnung nach der Lage der Kreissitze, ohne Grenzen und Flächen; Berlin
          nur zur Orientierung). Namen und Regionalschlüssel stammen aus den Referenzdaten des Graphen
          (Gemeindeverzeichnis GV100AD des Statistischen Bundesamts, Gebietsstand 30.11.2023; siehe
          packages/reference-data/data/SOURCES.md). Es werden keine Kartendaten aus dem Internet geladen.
        </p>
      </section>
      <section aria-labelledby="map-table-title">
        <h2 id="map-table-title" class="kern-heading-medium">
          Kennzahlen als Tabelle
        </h2>
        {rows.some((r) => LAND_FIGURES.some((f) => f.value(r) === WITHHELD)) && (
          <p class="kern-body kern-body--small">„nicht freigegeben“: diese Zahl darf Ihre Rolle nicht sehen.</p>
        )}
        <DataTable
          caption="Kennzahlen der Landkreise und kreisfreien Städte"
          columns={columns}
          rows={rows}
          filename="karte-landkreise"
        />
      </section>
    </>
  );
}
