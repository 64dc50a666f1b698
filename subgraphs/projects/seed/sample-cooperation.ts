import type { Insertable } from 'kysely';
import type {
  ProjectGroupMemberTable,
  ProjectGroupTable,
  ProjectParticipantTable,
  ReusableResultTable,
  ReuseRequestTable,
} from '../src/db/cooperation.ts';
import { readPlaces } from './places.ts';
import { SAMPLE_AS_OF, type SampleProject } from './sample-projects.ts';

// SAMPLE DATA (made up, isSample: true): who takes part in the sample projects beyond the Kaz and
// the lead ministry, one mixed project group per project in pilot or rollout, and the results of
// finished projects offered for reuse, some of them (those of even-numbered
// projects) wished for by a Kommune outside the project. Derived from the sample projects without random numbers, so
// that the sample projects themselves stay as they are.

/** The sample participants, groups, members and reusable results of `projects`. */
export function sampleCooperation(projects: readonly SampleProject[]) {
  const participants: Insertable<ProjectParticipantTable>[] = [];
  const groups: Insertable<ProjectGroupTable>[] = [];
  const members: Insertable<ProjectGroupMemberTable>[] = [];
  const results: Insertable<ReusableResultTable>[] = [];
  const requests: Insertable<ReuseRequestTable>[] = [];
  const places = readPlaces().all;
  projects.forEach(({ project, municipalities, resultTransfers }, index) => {
    const add = (organisation_id: string, role: ProjectParticipantTable['role']) =>
      participants.push({ project_id: project.id, organisation_id, role, is_sample: true });
    // DIKOM (the Zweckverband of the Gemeinden) operates shared components and infrastructure and
    // takes part in every third of the other projects; the ZIT-BB operates infrastructure.
    if (project.kind === 'BASIC_COMPONENT' || project.kind === 'INFRASTRUCTURE') add('dikom', 'OPERATOR');
    else if (index % 3 === 0) add('dikom', 'PARTICIPANT');
    if (project.kind === 'INFRASTRUCTURE') add('zit_bb', 'PARTICIPANT');
    if (project.kind === 'EFA_REUSE') add('stgb_bb', 'SPONSOR');

    if (project.phase === 'PILOT' || project.phase === 'ROLLOUT') {
      const id = `PG-0000-0000-${String(index + 1).padStart(4, '0')}`;
      groups.push({
        id,
        project_id: project.id,
        name: 'Gemischte Projektgruppe (BEISPIEL)',
        purpose: 'Fachliche Begleitung durch Ressort, LDA und kommunale Praktiker (BEISPIELDATEN).',
        is_sample: true,
      });
      const practitioners = municipalities.slice(0, 2).map((m) => ({ organisation_id: null, ars: m.ars as string }));
      [
        { organisation_id: 'kaz', ars: null, role: 'CHAIR' as const },
        ...(project.lead_ministry_id
          ? [{ organisation_id: project.lead_ministry_id, ars: null, role: 'MEMBER' as const }]
          : []),
        { organisation_id: 'lda', ars: null, role: 'ADVISORY' as const },
        ...practitioners.map((p) => ({ ...p, role: 'MEMBER' as const })),
      ].forEach((member, position) => {
        members.push({ group_id: id, position: position + 1, ...member, is_sample: true });
      });
    }

    if (project.phase === 'DONE' || project.phase === 'ROLLOUT') {
      results.push({
        id: `NE-0000-0000-${String(index + 1).padStart(4, '0')}`,
        project_id: project.id,
        title: `Ergebnispaket: ${project.title} (BEISPIEL)`,
        description:
          'Konfiguration, Prozessmodell und Schulungsunterlagen aus dem Projekt, zur Nachnutzung durch weitere Kommunen (BEISPIELDATEN).',
        licence: project.kind === 'EFA_REUSE' ? 'Nachnutzungsvereinbarung' : 'EUPL-1.2',
        terms:
          project.kind === 'EFA_REUSE'
            ? 'Beitritt zur EfA-Nachnutzungsvereinbarung; anteilige Betriebskosten (BEISPIEL).'
            : 'Kostenfrei; die nachnutzende Kommune trägt Anpassung und Einführung selbst (BEISPIEL).',
        contact_mailbox: 'nachnutzung@kaz.example',
        available_since: project.end_date && project.end_date <= SAMPLE_AS_OF ? project.end_date : SAMPLE_AS_OF,
        is_sample: true,
      });
      const involved = new Set([...municipalities, ...resultTransfers].map((row) => row.ars));
      const outsider = places.find(
        (_ars, i) => i >= (index * 37) % places.length && !involved.has(places[i] as string),
      );
      if (index % 2 === 0 && outsider) {
        requests.push({
          result_id: results.at(-1)?.id as string,
          ars: outsider,
          requested_on: SAMPLE_AS_OF,
          note: 'Interesse an der Nachnutzung, Einführung im kommenden Jahr geplant (BEISPIEL).',
          is_sample: true,
        });
      }
    }
  });
  return { participants, groups, members, results, requests };
}
