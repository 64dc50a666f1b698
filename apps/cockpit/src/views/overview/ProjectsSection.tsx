/** Projekte nach Phase, Themenfeld und Landkreis (projectStatistics; public: read.project.overview). */
import { BarChart } from '../../components/BarChart.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import type { CockpitOverviewQuery } from '../../gql/graphql.ts';
import { PROJECT_PHASE } from '../../labels.ts';
import { DistrictLink } from './DistrictLink.tsx';
import { type Part, PartView } from './Withheld.tsx';

type Statistics = NonNullable<CockpitOverviewQuery['projectStatistics']>;
type DistrictRow = Statistics['byDistrict'][number];

export function ProjectsSection(props: { statistics: Part<Statistics>; total: number | undefined }) {
  return (
    <section aria-labelledby="projekte" class="cockpit-section">
      <h2 id="projekte" class="kern-heading-medium">
        Projekte ({props.total ?? '–'})
      </h2>
      <PartView part={props.statistics} what="Projektstatistik">
        {(statistics) => (
          <>
            <h3 class="kern-heading-small">Nach Phase</h3>
            <div class="overview-split">
              <BarChart
                title="Projekte nach Phase"
                unit="Projekte"
                filename="projekte-nach-phase"
                keepOrder
                bars={statistics.byPhase.map((p) => ({
                  label: PROJECT_PHASE[p.phase] ?? p.phase,
                  value: p.projectCount,
                }))}
                table={
                  <DataTable<Statistics['byPhase'][number]>
                    caption="Projekte nach Phase"
                    filename="projekte-nach-phase"
                    rows={statistics.byPhase}
                    columns={[
                      { header: 'Phase', value: (p) => PROJECT_PHASE[p.phase] ?? p.phase },
                      { header: 'Projekte', value: (p) => p.projectCount, numeric: true },
                    ]}
                  />
                }
              />
            </div>
            <h3 class="kern-heading-small">Nach Themenfeld</h3>
            <p class="kern-body kern-body--small">
              Themenfelder des OZG-Umsetzungskatalogs; ein Projekt mit Leistungen mehrerer Themenfelder zählt in jedem.
            </p>
            <div class="overview-split">
              <BarChart
                title="Projekte nach Themenfeld"
                unit="Projekte"
                filename="projekte-nach-themenfeld"
                bars={statistics.byThemenfeld.map((t) => ({ label: t.themenfeld, value: t.projectCount }))}
                table={
                  <DataTable<Statistics['byThemenfeld'][number]>
                    caption="Projekte nach Themenfeld"
                    filename="projekte-nach-themenfeld"
                    rows={statistics.byThemenfeld}
                    columns={[
                      { header: 'Themenfeld', value: (t) => t.themenfeld },
                      { header: 'Projekte', value: (t) => t.projectCount, numeric: true },
                    ]}
                  />
                }
              />
            </div>
            <h3 class="kern-heading-small">Nach Landkreis und kreisfreier Stadt</h3>
            <p class="kern-body kern-body--small">
              Projekte mit mindestens einer beteiligten Kommune im Kreis; Kreise ohne beteiligte Kommune fehlen.
            </p>
            <div class="overview-split">
              <BarChart
                title="Projekte nach Landkreis"
                unit="Projekte"
                filename="projekte-nach-landkreis"
                bars={statistics.byDistrict.map((d) => ({ label: d.district.name, value: d.projectCount }))}
                table={
                  <DataTable<DistrictRow>
                    caption="Projekte nach Landkreis"
                    filename="projekte-nach-landkreis"
                    rows={statistics.byDistrict}
                    columns={[
                      {
                        header: 'Landkreis / kreisfreie Stadt',
                        value: (d) => d.district.name,
                        render: (d) => <DistrictLink district={d.district} />,
                      },
                      { header: 'Projekte', value: (d) => d.projectCount, numeric: true },
                      { header: 'Beteiligte Kommunen', value: (d) => d.participatingKommunen, numeric: true },
                    ]}
                  />
                }
              />
            </div>
          </>
        )}
      </PartView>
    </section>
  );
}
