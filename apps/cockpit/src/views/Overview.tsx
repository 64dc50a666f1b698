/**
 * Programmübersicht (route #/): the programme's figures for the signed-in principal — key figures on
 * top, then a section per topic, each with a chart and its table (CSV) or a table. Operations
 * CockpitOverview and CockpitOzgRollout; a part the principal's token may not read is shown as
 * "nicht freigegeben für Ihre Rolle", never as a zero.
 */
import './overview/overview.css';
import { useSession } from '../auth/session.ts';
import { PartialNote } from '../components/PartialNote.tsx';
import { CockpitOverviewDocument, CockpitOzgRolloutDocument } from '../gql/graphql.ts';
import type { GraphResult } from '../graph/client.ts';
import { useOperation } from '../graph/use-operation.ts';
import { href } from '../router.ts';
import { DeadlinesSection } from './overview/DeadlinesSection.tsx';
import { FundingSection } from './overview/FundingSection.tsx';
import { formatEuro, formatMillions, formatShare, overviewPeriod } from './overview/format.ts';
import { IncidentsSection } from './overview/IncidentsSection.tsx';
import { figure, KeyFigures } from './overview/KeyFigures.tsx';
import { LicencesSection } from './overview/LicencesSection.tsx';
import { OzgSection } from './overview/OzgSection.tsx';
import { ProjectsSection } from './overview/ProjectsSection.tsx';
import { partOf } from './overview/Withheld.tsx';

const NO_RESULT: GraphResult<never> = { data: null, errors: [], unavailable: [] };
const count = (n: number) => n.toLocaleString('de-DE');

export function Overview() {
  const { variables, currentYear } = overviewPeriod();
  const state = useOperation(CockpitOverviewDocument, variables);
  const ozgState = useOperation(CockpitOzgRolloutDocument, {});
  const session = useSession();
  if (state.status === 'loading' || ozgState.status === 'loading')
    return <p class="kern-body">Zahlen werden geladen …</p>;
  if (state.status === 'failed') return <p role="alert">{state.message}</p>;
  const ozg = ozgState.status === 'done' ? ozgState : NO_RESULT;
  const data = state.data;

  const projects = partOf(state, data?.projects?.totalCount, 'projects');
  const statistics = partOf(state, data?.projectStatistics, 'projectStatistics');
  const rollout = partOf(ozg, ozg.data?.ozgRolloutCoverage, 'ozgRolloutCoverage');
  const coverage = partOf(state, data?.projectStatistics?.ozgCoverage, 'projectStatistics');
  const funding = partOf(state, data?.programmeFunding, 'programmeFunding');
  const workOrders = partOf(state, data?.deadlines?.workOrders, 'deadlines', 'workOrders');
  const certificates = partOf(state, data?.deadlines?.certificates, 'deadlines', 'certificates');
  const licenceTotals = partOf(state, data?.licenceTotals, 'licenceTotals');
  const licenceStatistics = partOf(state, data?.licenceStatistics, 'licenceStatistics');
  const incidentStatistics = partOf(state, data?.incidentStatistics, 'incidentStatistics');
  const incidentTotals = partOf(state, data?.incidentTotals, 'incidentTotals');
  const unavailable = [...new Set([...state.unavailable, ...ozg.unavailable])];
  if (ozgState.status === 'failed') unavailable.push('Kaz (OZG-Rollout)');

  const phase = (name: string) =>
    statistics.kind === 'shown'
      ? (statistics.value.byPhase.find((p) => p.phase === name)?.projectCount ?? 0)
      : undefined;
  const ownKommune = session && /^\d{12}$/.test(session.org) ? session.org : undefined;

  return (
    <>
      <h1 class="kern-heading-large">Programmübersicht</h1>
      <p class="kern-body">
        Die Zahlen des Kaz-Programms, so weit Ihre Rolle sie sehen darf. Projekte, Verträge und Vorfälle sind
        Beispieldaten.
        {ownKommune && (
          <>
            {' '}
            Alles zu Ihrer eigenen Kommune:{' '}
            <a class="kern-link" href={href('kommune', ownKommune)}>
              Seite Ihrer Kommune
            </a>
            .
          </>
        )}
      </p>
      <PartialNote unavailable={unavailable} />
      <h2 class="kern-heading-medium">Kennzahlen</h2>
      <KeyFigures
        figures={[
          figure({
            id: 'projekte',
            label: 'Projekte',
            part: projects,
            value: count,
            detail: () =>
              phase('DONE') === undefined
                ? null
                : `davon ${phase('DONE')} abgeschlossen, ${phase('ROLLOUT')} im Rollout`,
          }),
          figure({
            id: 'ozg-online',
            label: 'OZG-Rollout: Anteil online',
            part: rollout,
            value: (rows) => formatShare(share(rows)),
            detail: (rows) => `${count(sum(rows, 'online'))} von ${count(total(rows))} Rollout-Einträgen online`,
          }),
          figure({
            id: 'landesmittel',
            label: `Landesmittel ${currentYear} (Soll)`,
            part: funding,
            value: (years) => {
              const year = years.find((y) => y.year === currentYear);
              return year ? formatMillions(year.landPlannedEur) : '–';
            },
            detail: (years) => {
              const year = years.find((y) => y.year === currentYear);
              return year
                ? `Ziel § 6: ${formatMillions(year.targetEur)} – ${year.plannedMeetsTarget ? 'erreicht' : 'nicht erreicht'}`
                : null;
            },
          }),
          figure({
            id: 'arbeitsauftraege',
            label: 'Arbeitsaufträge fällig',
            part: workOrders,
            value: (items) => count(items.length),
            detail: (items) => `davon ${count(items.filter((i) => i.overdue).length)} überfällig`,
          }),
          figure({
            id: 'zertifikate',
            label: 'Zertifikate laufen ab',
            part: certificates,
            value: (items) => count(items.length),
            detail: (items) => `davon ${count(items.filter((i) => i.overdue).length)} bereits abgelaufen`,
          }),
          figure({
            id: 'lizenzen',
            label: 'Lizenzplätze zugewiesen',
            part: licenceTotals,
            value: (t) => count(t.allocatedSeats),
            detail: (t) => `von ${count(t.seats)} Plätzen; ${formatEuro(t.annualCostEur)} im Jahr`,
          }),
          figure({
            id: 'vorfaelle',
            label: 'Sicherheitsvorfälle in Bearbeitung',
            part: incidentTotals,
            value: (t) => count(t.open),
            detail: (t) => `für Ihr Token sichtbar; ${count(t.overdueLdaNotifications)} LDA-Meldungen überfällig`,
          }),
        ]}
      />
      <ProjectsSection statistics={statistics} total={projects.kind === 'shown' ? projects.value : undefined} />
      <OzgSection rollout={rollout} coverage={coverage} />
      <FundingSection funding={funding} currentYear={currentYear} />
      <DeadlinesSection deadlines={data?.deadlines ?? undefined} workOrders={workOrders} certificates={certificates} />
      <LicencesSection totals={licenceTotals} byDistrict={licenceStatistics} />
      <IncidentsSection
        statistics={incidentStatistics}
        totals={incidentTotals}
        from={variables.incidentsFrom}
        to={variables.incidentsTo}
      />
    </>
  );
}

type Rollout = { planned: number; inProgress: number; online: number };
const sum = (rows: readonly Rollout[], key: keyof Rollout) => rows.reduce((a, r) => a + r[key], 0);
const total = (rows: readonly Rollout[]) => sum(rows, 'planned') + sum(rows, 'inProgress') + sum(rows, 'online');
const share = (rows: readonly Rollout[]) => (total(rows) === 0 ? 0 : sum(rows, 'online') / total(rows));
