import { addDays } from '@kaz/reference-data';
import type { Insertable } from 'kysely';
import type { ProjectLeadMinistryTable } from '../src/db/lead-ministry.ts';

/**
 * The day e-government passed from the MIK to the MdJD: 1 February 2025 (source: organisation
 * reference data, packages/reference-data/data/brandenburg-organisations.csv, rows "mik" and "mdjd", after the
 * MdJD's press release of 09.02.2025 and the Organisationserlass of the Kabinett Woidke IV).
 */
export const E_GOVERNMENT_HANDOVER = '2025-02-01';

/** The e-government ministry of the day: MIK before the handover, MdJD from it on. */
export function digitalMinistryOn(date: string): string {
  return date < E_GOVERNMENT_HANDOVER ? 'mik' : 'mdjd';
}

/**
 * The Federführung of a sample e-government project (SAMPLE DATA): one that started under the MIK
 * and still ran on 1 February 2025 (its last day `lastDay` not before) passed to the MdJD that day,
 * so the MdJD leads it now and the MIK's period is an ended one; any other keeps the ministry of its
 * start and has no ended period.
 */
export function eGovernmentLead(
  projectId: string,
  startDate: string,
  lastDay: string,
): { lead: string; endedPeriods: Insertable<ProjectLeadMinistryTable>[] } {
  const first = digitalMinistryOn(startDate);
  if (first === 'mdjd' || lastDay < E_GOVERNMENT_HANDOVER) return { lead: first, endedPeriods: [] };
  return {
    lead: 'mdjd',
    endedPeriods: [
      {
        project_id: projectId,
        ministry_id: 'mik',
        from_date: startDate,
        to_date: addDays(E_GOVERNMENT_HANDOVER, -1),
        is_sample: true,
      },
    ],
  };
}
