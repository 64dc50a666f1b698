/**
 * Sicherheitsvorfälle per month and severity, and open/resolved totals (incidentStatistics,
 * incidentTotals): only the incidents the token may see under their TLP marking.
 */
import { BarChart } from '../../components/BarChart.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import type { CockpitOverviewQuery } from '../../gql/graphql.ts';
import { INCIDENT_SEVERITY } from '../../labels.ts';
import { formatMonth, monthsBetween } from './format.ts';
import { type Part, PartView } from './Withheld.tsx';

type MonthCount = NonNullable<CockpitOverviewQuery['incidentStatistics']>[number];
type Totals = NonNullable<CockpitOverviewQuery['incidentTotals']>;

const SEVERITY_ORDER = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'] as const;
const SEVERITY_COLORS = ['#5c7fa3', '#b07800', '#c24e00', '#8b0a0a'];

interface MonthRow {
  month: string;
  counts: Record<string, number>;
  total: number;
}

export function IncidentsSection(props: {
  statistics: Part<readonly MonthCount[]>;
  totals: Part<Totals>;
  from: string;
  to: string;
}) {
  return (
    <section aria-labelledby="vorfaelle" class="cockpit-section">
      <h2 id="vorfaelle" class="kern-heading-medium">
        Sicherheitsvorfälle
      </h2>
      <div class="kern-alert kern-alert--info" data-testid="tlp-note">
        <div class="kern-alert__body">
          <p class="kern-body">
            Gezählt werden nur die Vorfälle, die Ihr Token nach ihrer TLP-Kennzeichnung sehen darf (Traffic Light
            Protocol 2.0). Andere Rollen sehen andere Zahlen.
          </p>
        </div>
      </div>
      <PartView part={props.totals} what="Vorfallsummen">
        {(totals) => (
          <dl class="kern-description-list" data-testid="incident-totals">
            <div class="kern-description-list-item">
              <dt class="kern-description-list-item__key">in Bearbeitung</dt>
              <dd class="kern-description-list-item__value">{totals.open.toLocaleString('de-DE')}</dd>
            </div>
            <div class="kern-description-list-item">
              <dt class="kern-description-list-item__key">gelöst oder geschlossen</dt>
              <dd class="kern-description-list-item__value">{totals.resolved.toLocaleString('de-DE')}</dd>
            </div>
            <div class="kern-description-list-item">
              <dt class="kern-description-list-item__key">überfällige Meldungen an die LDA (72 Stunden)</dt>
              <dd class="kern-description-list-item__value">
                {totals.overdueLdaNotifications.toLocaleString('de-DE')}
              </dd>
            </div>
          </dl>
        )}
      </PartView>
      <h3 class="kern-heading-small">
        Nach Monat und Schweregrad ({formatMonth(props.from)} bis {formatMonth(props.to)})
      </h3>
      <PartView part={props.statistics} what="Vorfallstatistik">
        {(statistics) => {
          const rows: MonthRow[] = monthsBetween(props.from, props.to).map((month) => {
            const counts = Object.fromEntries(
              SEVERITY_ORDER.map((s) => [s, statistics.find((c) => c.month === month && c.severity === s)?.count ?? 0]),
            );
            return { month, counts, total: Object.values(counts).reduce((a, b) => a + b, 0) };
          });
          return (
            <div class="overview-split">
              <BarChart
                title="Sicherheitsvorfälle nach Monat und Schweregrad"
                unit="Vorfälle"
                filename="vorfaelle-nach-monat"
                orientation="vertical"
                series={{ order: SEVERITY_ORDER.map((s) => INCIDENT_SEVERITY[s]!), colors: SEVERITY_COLORS }}
                bars={rows.flatMap((r) =>
                  SEVERITY_ORDER.map((s) => ({
                    label: formatMonth(r.month),
                    series: INCIDENT_SEVERITY[s]!,
                    value: r.counts[s] ?? 0,
                  })),
                )}
                table={
                  <DataTable<MonthRow>
                    caption="Sicherheitsvorfälle nach Monat und Schweregrad"
                    filename="vorfaelle-nach-monat"
                    rows={rows}
                    columns={[
                      { header: 'Monat', value: (r) => r.month, render: (r) => formatMonth(r.month) },
                      ...SEVERITY_ORDER.map((s) => ({
                        header: INCIDENT_SEVERITY[s]!,
                        value: (r: MonthRow) => r.counts[s] ?? 0,
                        numeric: true,
                      })),
                      { header: 'zusammen', value: (r) => r.total, numeric: true },
                    ]}
                  />
                }
              />
            </div>
          );
        }}
      </PartView>
    </section>
  );
}
