import { addDays, type OzgServiceRecord, readOzgServices, SampleRandom, sampleProjectIds } from '@kaz/reference-data';
import type { Insertable } from 'kysely';
import type { ProjectLeadMinistryTable } from '../src/db/lead-ministry.ts';
import type { DpiaStatus, ProjectKind, ProjectPhase, ProjectTable } from '../src/db/project.ts';
import type {
  BudgetLineTable,
  FundingSource,
  MilestoneTable,
  ProjectMunicipalityTable,
  ProjectOzgServiceTable,
  ResultTransferTable,
} from '../src/db/project-detail.ts';
import { type HomePlace, readPlaces } from './places.ts';
import { templateOfKind } from './project-templates.ts';
import { eGovernmentLead } from './sample-lead-ministries.ts';
import { withSpending } from './sample-spending.ts';

/** The day the sample data describes: phases, reached milestones and transfers are as of this date. */
export const SAMPLE_AS_OF = '2025-11-30';

/** Fixed seed of the sample projects (the date of the Umsetzungskonzept Kaz, 10.03.2021). */
const SEED = 20210310;

// The e-government ministry of a day (MIK, from 1 February 2025 the MdJD) and the handover of the
// projects then running: seed/sample-lead-ministries.ts.
export { digitalMinistryOn } from './sample-lead-ministries.ts';

// Which Ressort plausibly has the fachliche Federführung for a Themenfeld; `digital` stands for
// the e-government ministry of the day.
const MINISTRIES_BY_THEMENFELD: Record<string, string[]> = {
  'Arbeit & Ruhestand': ['mwaek', 'mgs'],
  'Bauen & Wohnen': ['mil'],
  Bildung: ['mbjs', 'mwfk'],
  'Ein- & Auswanderung': ['mik'],
  'Engagement & Hobby': ['mik', 'mleuv'],
  'Familie & Kind': ['mbjs', 'mgs'],
  'Forschung & Förderung': ['mwfk', 'mwaek'],
  Gesundheit: ['mgs'],
  'Mobilität & Reisen': ['mil'],
  Querschnitt: ['digital'],
  'Recht & Ordnung': ['mik', 'mdjd'],
  'Steuern & Zoll': ['mdfe'],
  Umwelt: ['mleuv'],
  'Unternehmensführung & -entwicklung': ['mwaek'],
};

const BASIC_COMPONENTS = [
  'Anbindung an das Nutzerkonto (BundID)',
  'ePayment-Anbindung (ePayBL)',
  'Formularserver und Antragsmanagement',
  'Elektronischer Rückkanal und Bescheidpostfach',
  'E-Akte-Anbindung',
  'XÖV-Schnittstellen für Fachverfahren',
];

const INFRASTRUCTURES = [
  'Anschluss an das Landesverwaltungsnetz',
  'Migration in das kommunale Rechenzentrum',
  'Sichere Behördenkommunikation (OSCI/Governikus)',
  'Breitbandanbindung der Bürgerbüros',
  'Kommunalportal – Betrieb und Mandantenanbindung',
];

/** A sample project with everything that hangs off it. */
export interface SampleProject {
  project: Insertable<ProjectTable> & { id: string; start_date: string; phase: ProjectPhase; kind: ProjectKind };
  municipalities: Insertable<ProjectMunicipalityTable>[];
  ozgServices: Insertable<ProjectOzgServiceTable>[];
  milestones: Insertable<MilestoneTable>[];
  budgetLines: Insertable<BudgetLineTable>[];
  resultTransfers: Insertable<ResultTransferTable>[];
  /** The ended periods of its Federführung (the MIK's, for e-government projects handed over to the MdJD). */
  leadMinistryPeriods: Insertable<ProjectLeadMinistryTable>[];
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

function pickKind(rng: SampleRandom): ProjectKind {
  const roll = rng.next();
  if (roll < 0.4) return 'OZG_IMPLEMENTATION';
  if (roll < 0.6) return 'EFA_REUSE';
  if (roll < 0.75) return 'PROCESS_DIGITISATION';
  if (roll < 0.87) return 'BASIC_COMPONENT';
  return 'INFRASTRUCTURE';
}

// Taxes other than the Gemeindesteuern are collected by the Finanzämter, not by the Kommunen.
const FEDERAL_OR_STATE_TAX = /(?<!Grund|Gewerbe|Hunde|Zweitwohnung|Vergnügung)steuer/i;

/**
 * Whether the Kommunen carry out (Vollzug) a service, judged by its LeiKa-Typen: 5 and 6 always;
 * 2/3 (federal law, executed by Land or Kommune) except for taxes of the Finanzämter.
 */
function isMunicipal(service: OzgServiceRecord): boolean {
  if (FEDERAL_OR_STATE_TAX.test(service.name)) return false;
  const types = service.typ.split(';');
  if (types.includes('5') || types.includes('6')) return true;
  return types.includes('2/3') && service.themenfeld !== 'Steuern & Zoll';
}

function phaseOf(progress: number): ProjectPhase {
  if (progress < 0) return 'PLANNED';
  if (progress < 0.4) return 'IN_PROGRESS';
  if (progress < 0.7) return 'PILOT';
  if (progress < 1) return 'ROLLOUT';
  return 'DONE';
}

/**
 * The Themenfelder whose services handle data that needs a Datenschutz-Folgenabschätzung (DSFA, Art. 35
 * DSGVO) when processed at scale: health and social data, data about children, criminal and residence matters.
 */
const HIGH_RISK_THEMENFELDER = new Set([
  'Gesundheit',
  'Familie & Kind',
  'Arbeit & Ruhestand',
  'Recht & Ordnung',
  'Ein- & Auswanderung',
]);

/**
 * A sample project's data protection (SAMPLE DATA, derived without drawing from the random sequence,
 * so that every other sample value stays as it was): the projects that put a service online or digitise
 * its back office process personal data; those of a high-risk Themenfeld need a DSFA, which is completed
 * two weeks before the pilot (the first processing of real data), under way until then, and not yet
 * started while the project is PLANNED.
 */
function dataProtectionOf(
  kind: ProjectKind,
  phase: ProjectPhase,
  themenfeld: string,
  pilotDate: string,
): Pick<ProjectTable, 'dpia_completed_on'> & { processes_personal_data: boolean; dpia_status: DpiaStatus } {
  const personal = kind === 'OZG_IMPLEMENTATION' || kind === 'EFA_REUSE' || kind === 'PROCESS_DIGITISATION';
  if (!personal || !HIGH_RISK_THEMENFELDER.has(themenfeld)) {
    return { processes_personal_data: personal, dpia_status: 'NOT_REQUIRED', dpia_completed_on: null };
  }
  if (phase === 'PILOT' || phase === 'ROLLOUT' || phase === 'DONE') {
    return { processes_personal_data: true, dpia_status: 'COMPLETED', dpia_completed_on: addDays(pilotDate, -14) };
  }
  return {
    processes_personal_data: true,
    dpia_status: phase === 'PLANNED' ? 'REQUIRED' : 'IN_PROGRESS',
    dpia_completed_on: null,
  };
}

function titleOf(rng: SampleRandom, kind: ProjectKind, service: OzgServiceRecord, home: HomePlace): string {
  const name = `„${service.name}“`;
  switch (kind) {
    case 'OZG_IMPLEMENTATION':
      return rng.pick([`Online-Antrag ${name} ${home.where}`, `Digitale Leistung ${name} ${home.where}`]);
    case 'EFA_REUSE':
      return rng.pick([`EfA-Nachnutzung ${name} ${home.where}`, `Anschluss an den EfA-Dienst ${name} ${home.where}`]);
    case 'PROCESS_DIGITISATION':
      return rng.pick([
        `Medienbruchfreie Sachbearbeitung ${name} – Pilot ${home.where}`,
        `Ende-zu-Ende-Digitalisierung ${name} ${home.where}`,
      ]);
    case 'BASIC_COMPONENT':
      return `${rng.pick(BASIC_COMPONENTS)} für ${name} ${home.where}`;
    case 'INFRASTRUCTURE':
      return `${rng.pick(INFRASTRUCTURES)} ${home.where}`;
  }
}

function summaryOf(kind: ProjectKind, service: OzgServiceRecord, kommunen: number): string {
  const leistung = `der OZG-Leistung „${service.name}“ (OZG-ID ${service.ozg_id}, Themenfeld ${service.themenfeld})`;
  switch (kind) {
    case 'OZG_IMPLEMENTATION':
      return `Umsetzung ${leistung} als Online-Dienst gemeinsam mit ${kommunen} Kommunen.`;
    case 'EFA_REUSE':
      return `Nachnutzung des Einer-für-Alle-Dienstes ${leistung} durch ${kommunen} Kommunen.`;
    case 'PROCESS_DIGITISATION':
      return `Digitalisierung der Sachbearbeitung hinter ${leistung} in ${kommunen} Kommunen, ohne Medienbruch bis zum Bescheid.`;
    case 'BASIC_COMPONENT':
      return `Anbindung von ${kommunen} Kommunen an eine Basiskomponente, zuerst für ${leistung}.`;
    case 'INFRASTRUCTURE':
      return `Technische Infrastruktur für ${kommunen} Kommunen als Grundlage u. a. ${leistung}.`;
  }
}

/** The standard milestones of the kind's Muster-Projektstruktur (seed/project-templates.ts), each with its share of the duration. */
function milestonePlan(kind: ProjectKind): [fraction: number, title: string][] {
  return templateOfKind(kind).milestones.map(([atPercent, title]) => [atPercent / 100, title]);
}

function budgetLines(rng: SampleRandom, id: string, kind: ProjectKind, fromYear: number, toYear: number) {
  const lines: Insertable<BudgetLineTable>[] = [];
  const scale = kind === 'INFRASTRUCTURE' ? 2 : 1;
  for (let year = fromYear; year <= toYear; year++) {
    const sources: FundingSource[] = [];
    if (rng.next() < 0.85) sources.push('LAND');
    if (rng.next() < (kind === 'EFA_REUSE' ? 0.7 : 0.3)) sources.push('BUND');
    if (rng.next() < 0.5) sources.push('KOMMUNEN');
    if (rng.next() < 0.1) sources.push('EU');
    if (sources.length === 0) sources.push('LAND');
    for (const source of sources) {
      lines.push({ project_id: id, year, source, amount_eur: rng.int(10, 160) * 2500 * scale, is_sample: true });
    }
  }
  return lines;
}

/**
 * The 60 sample projects (SAMPLE DATA, deterministic): ids from `sampleProjectIds()`, based in all
 * 14 Landkreise and 4 kreisfreie Städte in turn, each with 2–15 participating Kommunen, 1–6
 * OZG-Leistungen, milestones, a budget by year and funding source and, once in rollout, result
 * transfers to other Kommunen. Phases and reached milestones are as of SAMPLE_AS_OF.
 */
export function sampleProjects(): SampleProject[] {
  const rng = new SampleRandom(SEED);
  const places = readPlaces();
  const services = readOzgServices();
  const municipal = services.filter(isMunicipal);
  const usedPrimaries = new Set<string>();
  const titles = new Set<string>();

  return sampleProjectIds().map((id, index) => {
    const year = Number(id.slice(4, 8));
    const home = places.homes[(index * 7) % places.homes.length] as HomePlace;
    const kind = pickKind(rng);

    const primary = rng.pick(municipal.filter((service) => !usedPrimaries.has(service.ozg_id)));
    usedPrimaries.add(primary.ozg_id);
    const sameLage = services.filter(
      (service) => service.lebenslage === primary.lebenslage && service.ozg_id !== primary.ozg_id,
    );
    const others =
      kind === 'BASIC_COMPONENT' || kind === 'INFRASTRUCTURE'
        ? rng.sample(
            municipal.filter((service) => service.ozg_id !== primary.ozg_id),
            rng.int(0, 5),
          )
        : rng.sample(sameLage, rng.int(0, 5));
    const projectServices = [primary, ...others];

    // The home Kommune takes part, with Gemeinden of its Landkreis; joint projects (EfA,
    // components, infrastructure) and projects of a kreisfreie Stadt draw partners from anywhere.
    const size = rng.int(2, 15);
    const crossDistrict = kind !== 'OZG_IMPLEMENTATION' && kind !== 'PROCESS_DIGITISATION';
    const local = rng.sample(home.gemeinden, crossDistrict ? Math.ceil((size - 1) / 2) : size - 1);
    const remote = rng.sample(
      places.all.filter((ars) => ars !== home.ars && !local.includes(ars)),
      size - 1 - local.length,
    );
    const participants = [home.ars, ...local, ...remote].sort();

    let title = titleOf(rng, kind, primary, home);
    if (titles.has(title)) title = `${title} (${id})`;
    titles.add(title);

    // Projects commissioned in the last year may start only in the next one (PLANNED today).
    const startDate = rng.date(`${year}-01-15`, year === 2025 ? '2026-09-30' : `${year}-12-15`);
    const duration = rng.int(540, 1460);
    const endDate = addDays(startDate, duration);
    const progress = daysBetween(startDate, SAMPLE_AS_OF) / duration;
    const stopped = progress > 0.2 && rng.next() < 0.07;
    const reachedUpTo = stopped ? 0.1 + rng.next() * (Math.min(progress, 1) - 0.15) : progress;
    const phase: ProjectPhase = stopped ? 'STOPPED' : phaseOf(progress);

    const themenfeldMinistry = rng.pick(MINISTRIES_BY_THEMENFELD[primary.themenfeld] ?? ['digital']);
    let leadMinistry: string | null =
      kind === 'BASIC_COMPONENT' || kind === 'INFRASTRUCTURE' ? 'digital' : themenfeldMinistry;
    if (kind === 'INFRASTRUCTURE' && rng.next() < 0.5) leadMinistry = null;
    if (kind === 'BASIC_COMPONENT' && rng.next() < 0.15) leadMinistry = 'stk';
    const eGovernment = leadMinistry === 'digital';

    const milestones = milestonePlan(kind)
      .filter(([fraction]) => fraction === 0 || fraction >= 0.4 || rng.next() < 0.6)
      .map(([fraction, milestoneTitle], position): Insertable<MilestoneTable> => {
        const dueOn = addDays(startDate, Math.round(fraction * duration));
        const reached = fraction <= reachedUpTo && dueOn <= SAMPLE_AS_OF;
        const reachedOn = reached ? addDays(dueOn, fraction === 0 ? 0 : rng.int(-10, 40)) : null;
        return {
          project_id: id,
          position: position + 1,
          title: milestoneTitle,
          due_on: dueOn,
          reached_on: reachedOn && reachedOn > SAMPLE_AS_OF ? SAMPLE_AS_OF : reachedOn,
          is_sample: true,
        };
      });

    const lastBudgetDate = stopped ? addDays(startDate, Math.round(reachedUpTo * duration)) : endDate;
    const budget = budgetLines(rng, id, kind, year, Number(lastBudgetDate.slice(0, 4))).map(withSpending);
    const lead = eGovernment ? eGovernmentLead(id, startDate, lastBudgetDate) : null;
    if (lead) leadMinistry = lead.lead;

    const transferCount = phase === 'DONE' ? rng.int(2, 10) : phase === 'ROLLOUT' ? rng.int(0, 6) : 0;
    const rolloutDate = addDays(startDate, Math.round(0.7 * duration));
    const transfers = rng
      .sample(
        places.all.filter((ars) => !participants.includes(ars)),
        transferCount,
      )
      .map(
        (ars): Insertable<ResultTransferTable> => ({
          project_id: id,
          ars,
          since: rng.date(rolloutDate, SAMPLE_AS_OF),
          is_sample: true,
        }),
      );

    return {
      project: {
        id,
        title,
        summary: summaryOf(kind, primary, participants.length),
        kind,
        phase,
        lead_ministry_id: leadMinistry,
        coordinator_id: 'kaz',
        start_date: startDate,
        end_date: endDate,
        ...dataProtectionOf(kind, phase, primary.themenfeld, addDays(startDate, Math.round(0.4 * duration))),
        is_sample: true,
      },
      municipalities: participants.map((ars) => ({ project_id: id, ars, is_sample: true })),
      ozgServices: projectServices.map((service) => ({
        project_id: id,
        ozg_service_id: service.ozg_id,
        is_sample: true,
      })),
      milestones,
      budgetLines: budget,
      resultTransfers: transfers,
      leadMinistryPeriods: lead?.endedPeriods ?? [],
    };
  });
}
