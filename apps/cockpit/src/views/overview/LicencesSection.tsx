/** Lizenzen: seats and annual costs in all and per Landkreis (licenceTotals, licenceStatistics; the Kaz only). */
import { BarChart } from '../../components/BarChart.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import type { CockpitOverviewQuery } from '../../gql/graphql.ts';
import { DistrictLink } from './DistrictLink.tsx';
import { formatEuro } from './format.ts';
import { type Part, PartView, WithheldNote } from './Withheld.tsx';

const WHO = 'die Kaz (Lizenzmanagement)';

type Totals = NonNullable<CockpitOverviewQuery['licenceTotals']>;
type DistrictRow = NonNullable<CockpitOverviewQuery['licenceStatistics']>[number];

export function LicencesSection(props: { totals: Part<Totals>; byDistrict: Part<readonly DistrictRow[]> }) {
  return (
    <section aria-labelledby="lizenzen" class="cockpit-section">
      <h2 id="lizenzen" class="kern-heading-medium">
        Lizenzen: Plätze und Kosten
      </h2>
      {props.totals.kind === 'withheld' && props.byDistrict.kind === 'withheld' ? (
        <WithheldNote what="Lizenzen (Summen und nach Landkreis)" who={WHO} />
      ) : (
        <LicenceFigures {...props} />
      )}
    </section>
  );
}

function LicenceFigures(props: { totals: Part<Totals>; byDistrict: Part<readonly DistrictRow[]> }) {
  return (
    <>
      <PartView part={props.totals} what="Lizenzsummen" who={WHO}>
        {(totals) => (
          <dl class="kern-description-list" data-testid="licence-totals">
            <div class="kern-description-list-item">
              <dt class="kern-description-list-item__key">Plätze aller Lizenzen</dt>
              <dd class="kern-description-list-item__value">{totals.seats.toLocaleString('de-DE')}</dd>
            </div>
            <div class="kern-description-list-item">
              <dt class="kern-description-list-item__key">davon Kommunen zugewiesen</dt>
              <dd class="kern-description-list-item__value">{totals.allocatedSeats.toLocaleString('de-DE')}</dd>
            </div>
            <div class="kern-description-list-item">
              <dt class="kern-description-list-item__key">Jahreskosten (netto)</dt>
              <dd class="kern-description-list-item__value">{formatEuro(totals.annualCostEur)}</dd>
            </div>
          </dl>
        )}
      </PartView>
      <h3 class="kern-heading-small">Nach Landkreis und kreisfreier Stadt</h3>
      <PartView part={props.byDistrict} what="Lizenzen nach Landkreis" who={WHO}>
        {(rows) => (
          <>
            <p class="kern-body kern-body--small">
              Anteil eines Kreises an den Jahreskosten: je Zuweisung Jahreskosten × zugewiesene Plätze ÷ Plätze der
              Lizenz (netto).
            </p>
            <div class="overview-split">
              <BarChart
                title="Jahreskosten der Lizenzen nach Landkreis"
                unit="Euro im Jahr"
                filename="lizenzen-nach-landkreis"
                bars={rows.map((r) => ({ label: r.district.name, value: r.annualCostEur }))}
                table={
                  <DataTable<DistrictRow>
                    caption="Lizenzen nach Landkreis"
                    filename="lizenzen-nach-landkreis"
                    rows={rows}
                    columns={[
                      {
                        header: 'Landkreis / kreisfreie Stadt',
                        value: (r) => r.district.name,
                        render: (r) => <DistrictLink district={r.district} />,
                      },
                      { header: 'Lizenzen', value: (r) => r.licenceCount, numeric: true },
                      { header: 'Zugewiesene Plätze', value: (r) => r.allocatedSeats, numeric: true },
                      {
                        header: 'Jahreskosten (Euro)',
                        value: (r) => r.annualCostEur,
                        render: (r) => formatEuro(r.annualCostEur),
                        numeric: true,
                      },
                    ]}
                  />
                }
              />
            </div>
          </>
        )}
      </PartView>
    </>
  );
}
