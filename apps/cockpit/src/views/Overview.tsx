/** Programmübersicht: the programme's figures for the signed-in principal (operation CockpitOverview). */
import { BarChart } from '../components/BarChart.tsx';
import { PartialNote } from '../components/PartialNote.tsx';
import { CockpitOverviewDocument } from '../gql/graphql.ts';
import { useOperation } from '../graph/use-operation.ts';

const PHASES: Record<string, string> = {
  PLANNED: 'geplant',
  IN_PROGRESS: 'in Umsetzung',
  PILOT: 'Pilotierung',
  ROLLOUT: 'Rollout (Übertragung)',
  COMPLETED: 'abgeschlossen',
  CANCELLED: 'eingestellt',
};

export function Overview() {
  const year = new Date().getFullYear();
  const state = useOperation(CockpitOverviewDocument, { fromYear: 2021, toYear: year });
  if (state.status === 'loading') return <p class="kern-body">Zahlen werden geladen …</p>;
  if (state.status === 'failed') return <p role="alert">{state.message}</p>;
  const data = state.data;
  return (
    <>
      <h1 class="kern-heading-large">Programmübersicht</h1>
      <PartialNote unavailable={state.unavailable} />
      <section aria-labelledby="projekte">
        <h2 id="projekte" class="kern-heading-medium">
          Projekte ({data?.projects?.totalCount ?? '–'})
        </h2>
        <BarChart
          title="Projekte nach Phase"
          unit="Projekte"
          filename="projekte-nach-phase"
          bars={(data?.projectStatistics?.byPhase ?? []).map((p) => ({
            label: PHASES[p.phase] ?? p.phase,
            value: p.projectCount,
          }))}
        />
      </section>
    </>
  );
}
