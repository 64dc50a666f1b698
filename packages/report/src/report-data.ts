import { readFileSync } from 'node:fs';

/** The operation the report runs, exactly as registered in the trusted-documents manifest. */
export const REPORT_OPERATION_PATH = new URL('../../../schema/operations/13-programme-report.graphql', import.meta.url);

/** The first and last year a report can be asked for. */
export const REPORT_YEARS = { first: 2000, last: 2100 } as const;

/** The concept's target (Umsetzungskonzept Kaz §6): at least 1 Mio. Euro Land money for the programme a year. */
export const LAND_FUNDING_TARGET_EUR = 1_000_000;

/** Input the report cannot work with (a malformed year); its message is safe to show. */
export class ReportInputError extends Error {
  override readonly name = 'ReportInputError';
}

/** The graph could not be asked (not reachable, refused the token, answered without data). */
export class ReportSourceError extends Error {
  override readonly name = 'ReportSourceError';
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

export interface PhaseCount {
  phase: string;
  projectCount: number;
}
export interface ThemenfeldCount {
  themenfeld: string;
  projectCount: number;
}
export interface DistrictRef {
  id: string;
  name: string;
}
export interface DistrictCount {
  district: DistrictRef;
  projectCount: number;
  participatingKommunen: number;
}
export interface DistrictCoverage {
  district: DistrictRef;
  ozgServiceCount: number;
  kommunenCount: number;
}
export interface BudgetSum {
  year: number;
  source: string;
  amountEur: number;
}
export interface WorkOrderRow {
  id: string;
  title: string;
  issuedOn: string;
  dueDate: string;
  status: string;
  isSample: boolean;
}
export interface DecisionRow {
  id: string;
  reference: string;
  decidedOn: string;
  title: string;
  isSample: boolean;
}
export interface CertificateRow {
  id: string;
  commonName: string;
  issuer: string;
  validTo: string;
  holder: DistrictRef | null;
  isSample: boolean;
}
export interface IncidentCount {
  month: string;
  severity: string;
  count: number;
}

/** What the graph answered for the report, each part null where the token may not see it. */
export interface ReportData {
  year: number;
  /** When the figures were read (ISO timestamp). */
  readAt: string;
  projectCount: number | null;
  byPhase: PhaseCount[] | null;
  byThemenfeld: ThemenfeldCount[] | null;
  byDistrict: DistrictCount[] | null;
  ozgCoverage: DistrictCoverage[] | null;
  budget: BudgetSum[] | null;
  licenceTotals: { seats: number; allocatedSeats: number; annualCostEur: number } | null;
  certificatesExpiring: CertificateRow[] | null;
  incidents: IncidentCount[] | null;
  incidentTotals: { open: number; resolved: number; overdueLdaNotifications: number } | null;
  /** All work orders the token sees (every page), any year; the report picks those of its year. */
  workOrders: WorkOrderRow[] | null;
  /** All IT-Rat decisions (every page), any year; the report picks those of its year. */
  decisions: DecisionRow[] | null;
  /** The graph's errors on single paths (e.g. FORBIDDEN), as "path: code". */
  withheld: string[];
}

interface Page<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: T[];
}

interface OperationData {
  projects: { totalCount: number } | null;
  projectStatistics: {
    byPhase: PhaseCount[];
    byThemenfeld: ThemenfeldCount[];
    byDistrict: DistrictCount[];
    ozgCoverage: DistrictCoverage[];
    budgetByYearAndSource: BudgetSum[] | null;
  } | null;
  licenceTotals: ReportData['licenceTotals'];
  certificates: { totalCount: number; nodes: CertificateRow[] } | null;
  incidentStatistics: IncidentCount[] | null;
  incidentTotals: ReportData['incidentTotals'];
  workOrders: Page<WorkOrderRow> | null;
  decisions: Page<DecisionRow> | null;
}

interface GraphQLAnswer {
  data?: OperationData | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } }[];
}

/**
 * The report year from user input: a whole number from 2000 to 2100 (a number or its decimal text).
 * Throws ReportInputError otherwise.
 */
export function parseReportYear(value: unknown): number {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  if (!/^\d{4}$/.test(text))
    throw new ReportInputError(`year must be a four-digit year such as 2025, not ${JSON.stringify(value ?? null)}`);
  const year = Number(text);
  if (year < REPORT_YEARS.first || year > REPORT_YEARS.last) {
    throw new ReportInputError(`year must lie between ${REPORT_YEARS.first} and ${REPORT_YEARS.last}, not ${year}`);
  }
  return year;
}

/** The operation's variables for a year: its months, and certificates with validTo from 1 January to 31 December. */
export function reportVariables(year: number): Record<string, string | number> {
  const days = Math.round((Date.UTC(year, 11, 31) - Date.UTC(year, 0, 1)) / 86_400_000);
  return { from: `${year}-01`, to: `${year}-12`, asOf: `${year}-01-01`, expiringWithinDays: days };
}

export interface ReadReportOptions {
  /** The gateway's GraphQL endpoint. */
  graphqlUrl: string;
  /** The caller's Authorization header (`Bearer …`), sent on unchanged. */
  authorization: string;
  year: number;
  /** Bounds the whole read (default 60 s). */
  signal?: AbortSignal | undefined;
}

/**
 * Reads the report's figures from the graph: runs the ProgrammeReport operation through the gateway
 * with the caller's token, then again with the cursors while work orders or decisions have more pages
 * (no statement per row: every page is one request). Fields the token may not see come back null and
 * are listed in `withheld`. Throws ReportSourceError when the gateway cannot be reached, refuses the
 * request (HTTP status kept) or answers without data.
 */
export async function readReportData(options: ReadReportOptions): Promise<ReportData> {
  const query = readFileSync(REPORT_OPERATION_PATH, 'utf8');
  const variables: Record<string, string | number | null> = reportVariables(options.year);
  const withheld = new Set<string>();
  const first = await runOperation(options, query, variables, withheld);
  const workOrders = first.workOrders ? [...first.workOrders.nodes] : null;
  const decisions = first.decisions ? [...first.decisions.nodes] : null;
  let workOrderPage = first.workOrders?.pageInfo;
  let decisionPage = first.decisions?.pageInfo;
  while (workOrderPage?.hasNextPage || decisionPage?.hasNextPage) {
    const next = await runOperation(
      options,
      query,
      {
        ...variables,
        workOrdersAfter: workOrderPage?.endCursor ?? null,
        decisionsAfter: decisionPage?.endCursor ?? null,
      },
      withheld,
    );
    if (workOrderPage?.hasNextPage) {
      workOrders?.push(...(next.workOrders?.nodes ?? []));
      workOrderPage = next.workOrders?.pageInfo;
    }
    if (decisionPage?.hasNextPage) {
      decisions?.push(...(next.decisions?.nodes ?? []));
      decisionPage = next.decisions?.pageInfo;
    }
  }
  const statistics = first.projectStatistics;
  return {
    year: options.year,
    readAt: new Date().toISOString(),
    projectCount: first.projects?.totalCount ?? null,
    byPhase: statistics?.byPhase ?? null,
    byThemenfeld: statistics?.byThemenfeld ?? null,
    byDistrict: statistics?.byDistrict ?? null,
    ozgCoverage: statistics?.ozgCoverage ?? null,
    budget: statistics?.budgetByYearAndSource ?? null,
    licenceTotals: first.licenceTotals,
    certificatesExpiring: first.certificates?.nodes ?? null,
    incidents: first.incidentStatistics,
    incidentTotals: first.incidentTotals,
    workOrders,
    decisions,
    withheld: [...withheld].sort(),
  };
}

async function runOperation(
  options: ReadReportOptions,
  query: string,
  variables: Record<string, unknown>,
  withheld: Set<string>,
): Promise<OperationData> {
  let response: Response;
  try {
    response = await fetch(options.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: options.authorization },
      body: JSON.stringify({ query, variables, operationName: 'ProgrammeReport' }),
      signal: options.signal ?? AbortSignal.timeout(60_000),
    });
  } catch (error) {
    throw new ReportSourceError(`the graph at ${options.graphqlUrl} cannot be reached: ${(error as Error).message}`);
  }
  let answer: GraphQLAnswer;
  try {
    answer = (await response.json()) as GraphQLAnswer;
  } catch {
    throw new ReportSourceError(
      `the graph at ${options.graphqlUrl} answered HTTP ${response.status} without JSON`,
      response.status,
    );
  }
  if (!response.ok || !answer.data) {
    const reasons = (answer.errors ?? []).map((error) => error.message).join('; ');
    throw new ReportSourceError(
      `the graph refused the report's operation (HTTP ${response.status}): ${reasons}`,
      response.status,
    );
  }
  for (const error of answer.errors ?? []) {
    withheld.add(
      `${(error.path ?? []).filter((part) => typeof part === 'string').join('.')}: ${error.extensions?.code ?? 'ERROR'}`,
    );
  }
  return answer.data;
}
