/** An entry of schema/deprecations.json: a coordinate clients were told to stop using, and until when. */
export interface Deprecation {
  /** "Type.field", "Type.field.argument", "Enum.VALUE", "Input.field" or "Type". */
  coordinate: string;
  /** The day the deprecation was released (YYYY-MM-DD). */
  deprecatedOn: string;
  /** The last day clients may rely on the coordinate (YYYY-MM-DD); it may be removed from the day after. */
  removableAfter: string;
  /** Why, and what to use instead. */
  reason: string;
}

/** An entry of schema/approvals.json: a partner agreed to a change of one of its coordinates. */
export interface Approval {
  /** The coordinate changed ("Type.field", …); "Type" covers the type and everything in it. */
  coordinate: string;
  /** The partner id (schema/ownership.json) that approved. */
  approvedBy: string;
  /** Who of the partner approved (one of its approvers). */
  approver: string;
  /** The day of the approval (YYYY-MM-DD). */
  approvedOn: string;
  /** Where the approval is written down (ticket, minutes, mail). */
  reference: string;
}

/** schema/released/RELEASE.json: which release the baseline under schema/released/ is. */
export interface ReleaseInfo {
  release: string;
  /** The day of the release (YYYY-MM-DD). */
  releasedOn: string;
}

/** The shortest deprecation period the check accepts between `deprecatedOn` and `removableAfter`. */
export const MIN_DEPRECATION_DAYS = 90;

const DAY = /^\d{4}-\d\d-\d\d$/;

/** True for a real calendar day written YYYY-MM-DD. */
export function isDay(value: unknown): value is string {
  return typeof value === 'string' && DAY.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
}

/** Whole days from `from` to `to` (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

const COORDINATE = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*){0,2}$/;

/** The problems of the entries of schema/deprecations.json (shape, days, period); empty when all is well. */
export function deprecationProblems(entries: unknown): string[] {
  if (!Array.isArray(entries)) return ['schema/deprecations.json must hold a JSON array'];
  return entries.flatMap((entry: Partial<Deprecation>, index) => {
    const where = `schema/deprecations.json entry ${index + 1}`;
    if (typeof entry?.coordinate !== 'string' || !COORDINATE.test(entry.coordinate)) {
      return [`${where}: "coordinate" must be a schema coordinate such as "Project.title"`];
    }
    const problems: string[] = [];
    if (!isDay(entry.deprecatedOn))
      problems.push(`${where} (${entry.coordinate}): "deprecatedOn" must be a YYYY-MM-DD day`);
    if (!isDay(entry.removableAfter)) {
      problems.push(`${where} (${entry.coordinate}): "removableAfter" must be a YYYY-MM-DD day`);
    }
    if (typeof entry.reason !== 'string' || entry.reason.trim() === '') {
      problems.push(`${where} (${entry.coordinate}): "reason" must say why and what to use instead`);
    }
    if (
      isDay(entry.deprecatedOn) &&
      isDay(entry.removableAfter) &&
      daysBetween(entry.deprecatedOn, entry.removableAfter) < MIN_DEPRECATION_DAYS
    ) {
      problems.push(
        `${where} (${entry.coordinate}): the deprecation period from ${entry.deprecatedOn} to ${entry.removableAfter} is shorter than ${MIN_DEPRECATION_DAYS} days`,
      );
    }
    return problems;
  });
}

/** The problems of the entries of schema/approvals.json against the partners; empty when all is well. */
export function approvalProblems(
  entries: unknown,
  partners: Readonly<Record<string, { approvers: string[] }>>,
): string[] {
  if (!Array.isArray(entries)) return ['schema/approvals.json must hold a JSON array'];
  return entries.flatMap((entry: Partial<Approval>, index) => {
    const where = `schema/approvals.json entry ${index + 1}`;
    if (typeof entry?.coordinate !== 'string' || !COORDINATE.test(entry.coordinate)) {
      return [`${where}: "coordinate" must be a schema coordinate such as "Project.title"`];
    }
    const partner = typeof entry.approvedBy === 'string' ? partners[entry.approvedBy] : undefined;
    if (!partner || !Object.hasOwn(partners, entry.approvedBy as string)) {
      return [`${where} (${entry.coordinate}): "approvedBy" must be a partner id of schema/ownership.json`];
    }
    const problems: string[] = [];
    if (typeof entry.approver !== 'string' || !partner.approvers.includes(entry.approver)) {
      problems.push(
        `${where} (${entry.coordinate}): "approver" must be one of the approvers of ${entry.approvedBy}: ${partner.approvers.join(', ')}`,
      );
    }
    if (!isDay(entry.approvedOn))
      problems.push(`${where} (${entry.coordinate}): "approvedOn" must be a YYYY-MM-DD day`);
    if (typeof entry.reference !== 'string' || entry.reference.trim() === '') {
      problems.push(`${where} (${entry.coordinate}): "reference" must say where the approval is written down`);
    }
    return problems;
  });
}
