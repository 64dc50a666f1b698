/**
 * Landesmittel against the concept's target (Umsetzungskonzept Kaz, §6: at least 1 Mio. Euro Land money
 * a year) and the money per funding source, per budget year (programmeFunding; Kaz and ministries).
 */
import { BarChart } from '../../components/BarChart.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import type { CockpitOverviewQuery } from '../../gql/graphql.ts';
import { FUNDING_SOURCE } from '../../labels.ts';
import { formatEuro } from './format.ts';
import { type Part, PartView } from './Withheld.tsx';

type FundingYear = NonNullable<CockpitOverviewQuery['programmeFunding']>[number];

const SOURCE_ORDER = ['LAND', 'BUND', 'KOMMUNEN', 'EU'] as const;
/** Short names for the table's column headers (the chart's legend keeps the full label). */
const SHORT_SOURCE: Record<string, string> = { LAND: 'Land', BUND: 'Bund', KOMMUNEN: 'Kommunen', EU: 'EU' };
const SOURCE_COLORS = ['#005ca9', '#7a4fa3', '#b05a00', '#2e7d32'];
const TARGET_SERIES = ['Ziel (§ 6)', 'Land: Soll', 'Land: Ist'];
const TARGET_COLORS = ['#6b7785', '#005ca9', '#2e7d32'];

const yesNo = (value: boolean | null | undefined) =>
  value === null || value === undefined ? null : value ? 'ja' : 'nein';
const millions = (eur: number) => eur / 1_000_000;
/** What was spent; "noch nicht erfasst" while the year's accounts are open, "–" where nothing was planned. */
function spent(line: { plannedEur: number; spentEur?: number | null } | undefined): string {
  if (!line) return '–';
  if (line.spentEur !== null && line.spentEur !== undefined) return formatEuro(line.spentEur);
  return line.plannedEur === 0 ? '–' : 'nicht erfasst';
}

export function FundingSection(props: { funding: Part<readonly FundingYear[]>; currentYear: number }) {
  return (
    <section aria-labelledby="finanzierung" class="cockpit-section">
      <h2 id="finanzierung" class="kern-heading-medium">
        Finanzierung: Landesmittel und Quellen
      </h2>
      <p class="kern-body">
        Das Umsetzungskonzept Kaz (§ 6) sieht mindestens 1 Mio. Euro Landesmittel im Jahr vor. Soll: geplante Mittel der
        Projekte; Ist: verausgabte Mittel, sobald das Haushaltsjahr abgerechnet ist. Jahre nach {props.currentYear} sind
        Planung.
      </p>
      <PartView part={props.funding} what="Programmfinanzierung" who="die Kaz und die Ministerien (Ressorts)">
        {(funding) => (
          <>
            <h3 class="kern-heading-small">Landesmittel gegen das Ziel</h3>
            <BarChart
              title="Landesmittel je Haushaltsjahr gegen das Ziel"
              unit="Mio. Euro"
              filename="landesmittel-gegen-ziel"
              orientation="vertical"
              grouped
              series={{ order: TARGET_SERIES, colors: TARGET_COLORS }}
              bars={funding.flatMap((y) => [
                { label: String(y.year), series: TARGET_SERIES[0]!, value: millions(y.targetEur) },
                { label: String(y.year), series: TARGET_SERIES[1]!, value: millions(y.landPlannedEur) },
                ...(y.landSpentEur === null || y.landSpentEur === undefined
                  ? []
                  : [{ label: String(y.year), series: TARGET_SERIES[2]!, value: millions(y.landSpentEur) }]),
              ])}
              table={
                <DataTable<FundingYear>
                  caption="Landesmittel je Haushaltsjahr gegen das Ziel"
                  filename="landesmittel-gegen-ziel"
                  rows={funding}
                  columns={[
                    { header: 'Haushaltsjahr', value: (y) => y.year, render: (y) => String(y.year) },
                    {
                      header: 'Ziel (Euro)',
                      value: (y) => y.targetEur,
                      render: (y) => formatEuro(y.targetEur),
                      numeric: true,
                    },
                    {
                      header: 'Land Soll (Euro)',
                      value: (y) => y.landPlannedEur,
                      render: (y) => formatEuro(y.landPlannedEur),
                      numeric: true,
                    },
                    {
                      header: 'Land Ist (Euro)',
                      value: (y) => y.landSpentEur,
                      render: (y) => spent({ plannedEur: y.landPlannedEur, spentEur: y.landSpentEur }),
                      numeric: true,
                    },
                    { header: 'Soll erreicht Ziel', value: (y) => yesNo(y.plannedMeetsTarget) },
                    {
                      header: 'Ist erreicht Ziel',
                      value: (y) => yesNo(y.spentMeetsTarget),
                      render: (y) => yesNo(y.spentMeetsTarget) ?? 'noch offen',
                    },
                    { header: 'Projekte mit Landesmitteln', value: (y) => y.landProjectCount, numeric: true },
                  ]}
                />
              }
            />
            <h3 class="kern-heading-small">Mittel nach Quelle</h3>
            <BarChart
              title="Geplante Mittel (Soll) je Haushaltsjahr nach Quelle"
              unit="Mio. Euro"
              filename="mittel-nach-quelle"
              orientation="vertical"
              series={{ order: SOURCE_ORDER.map((s) => FUNDING_SOURCE[s]!), colors: SOURCE_COLORS }}
              bars={funding.flatMap((y) =>
                SOURCE_ORDER.map((source) => ({
                  label: String(y.year),
                  series: FUNDING_SOURCE[source]!,
                  value: millions(y.bySource.find((s) => s.source === source)?.plannedEur ?? 0),
                })),
              )}
              table={
                <DataTable<FundingYear>
                  caption="Mittel je Haushaltsjahr nach Quelle (Euro)"
                  filename="mittel-nach-quelle"
                  rows={funding}
                  columns={[
                    { header: 'Haushaltsjahr', value: (y) => y.year, render: (y) => String(y.year) },
                    ...SOURCE_ORDER.flatMap((source) => {
                      const of = (y: FundingYear) => y.bySource.find((s) => s.source === source);
                      const label = SHORT_SOURCE[source]!;
                      return [
                        {
                          header: `${label} Soll`,
                          value: (y: FundingYear) => of(y)?.plannedEur,
                          render: (y: FundingYear) => formatEuro(of(y)?.plannedEur),
                          numeric: true,
                        },
                        {
                          header: `${label} Ist`,
                          value: (y: FundingYear) => of(y)?.spentEur,
                          render: (y: FundingYear) => spent(of(y)),
                          numeric: true,
                        },
                      ];
                    }),
                  ]}
                />
              }
            />
          </>
        )}
      </PartView>
    </section>
  );
}
