/**
 * OZG-Abdeckung per Landkreis and kreisfreie Stadt: the rollout records planned, in progress and online
 * (ozgRolloutCoverage, public) and the OZG-Leistungen the projects there work on (projectStatistics.ozgCoverage).
 */
import { BarChart } from '../../components/BarChart.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import type { CockpitOverviewQuery, CockpitOzgRolloutQuery } from '../../gql/graphql.ts';
import { OZG_ROLLOUT_STATUS } from '../../labels.ts';
import { DistrictLink } from './DistrictLink.tsx';
import { formatShare } from './format.ts';
import { type Part, PartView } from './Withheld.tsx';

type Rollout = CockpitOzgRolloutQuery['ozgRolloutCoverage'][number];
type Coverage = NonNullable<CockpitOverviewQuery['projectStatistics']>['ozgCoverage'];

const STATUS_ORDER = ['PLANNED', 'IN_PROGRESS', 'ONLINE'] as const;
/** Grey, amber, green: the status is also named in the legend and the table. */
const STATUS_COLORS = ['#6b7785', '#b07800', '#2e7d32'];

function counts(row: Rollout): Record<(typeof STATUS_ORDER)[number], number> {
  return { PLANNED: row.planned, IN_PROGRESS: row.inProgress, ONLINE: row.online };
}

export function OzgSection(props: { rollout: Part<readonly Rollout[]>; coverage: Part<Coverage> }) {
  const coverage = props.coverage.kind === 'shown' ? props.coverage.value : undefined;
  const servicesIn = (ars: string) =>
    coverage ? (coverage.find((c) => c.district.ars === ars)?.ozgServiceCount ?? 0) : null;
  return (
    <section aria-labelledby="ozg" class="cockpit-section">
      <h2 id="ozg" class="kern-heading-medium">
        OZG-Abdeckung nach Landkreis
      </h2>
      <p class="kern-body">
        Wie weit die Kommunen jedes Landkreises (eine kreisfreie Stadt zählt für sich) ihre OZG-Leistungen online
        anbieten: Rollout-Einträge je Stand, dazu die OZG-Leistungen, an denen Projekte mit Kommunen des Kreises
        arbeiten.
      </p>
      <PartView part={props.rollout} what="OZG-Rollout">
        {(rollout) => (
          <BarChart
            title="OZG-Rollout nach Landkreis und Stand"
            unit="Rollout-Einträge"
            filename="ozg-rollout-nach-landkreis"
            series={{ order: STATUS_ORDER.map((s) => OZG_ROLLOUT_STATUS[s]!), colors: STATUS_COLORS }}
            bars={rollout.flatMap((row) =>
              STATUS_ORDER.map((status) => ({
                label: row.landkreis?.name ?? '–',
                series: OZG_ROLLOUT_STATUS[status]!,
                value: counts(row)[status],
              })),
            )}
            table={
              <DataTable<Rollout>
                caption="OZG-Rollout nach Landkreis und Stand"
                filename="ozg-rollout-nach-landkreis"
                rows={rollout}
                columns={[
                  {
                    header: 'Landkreis / kreisfreie Stadt',
                    value: (r) => r.landkreis?.name ?? '–',
                    render: (r) => (r.landkreis ? <DistrictLink district={r.landkreis} /> : '–'),
                  },
                  { header: 'Kommunen mit Rollout', value: (r) => r.kommunen, numeric: true },
                  { header: 'geplant', value: (r) => r.planned, numeric: true },
                  { header: 'in Umsetzung', value: (r) => r.inProgress, numeric: true },
                  { header: 'online', value: (r) => r.online, numeric: true },
                  {
                    header: 'Anteil online',
                    value: (r) => r.onlineShare,
                    render: (r) => formatShare(r.onlineShare),
                    numeric: true,
                  },
                  {
                    header: 'OZG-Leistungen in Projekten',
                    value: (r) => (r.landkreis ? servicesIn(r.landkreis.ars) : null),
                    numeric: true,
                  },
                ]}
              />
            }
          />
        )}
      </PartView>
    </section>
  );
}
