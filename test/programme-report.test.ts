import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createGateway, documentHash, type RunningGateway } from '@kaz/gateway';
import { chromiumPath, REPORT_OPERATION_PATH } from '@kaz/report';
import { parseHTML } from 'linkedom';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from './support/hub.ts';

// The programme report for the IT-Rat (docs/report.md), made through a real gateway with real tokens:
// its HTML is parsed and each figure compared with what a direct GraphQL query through the same
// gateway answers; its PDF is parsed for the key figures; the endpoint refuses everyone but the Kaz.

const YEAR = 2025;
const POTSDAM = '120540000000';
// A decision of the report year whose title would run as script if the report did not escape it.
const HOSTILE_TITLE = `<script>document.title="pwned"</script> Standards & "Muster" <img src=x onerror=alert(1)>`;

let hub: TestHub;
let trusted: RunningGateway;
let kazToken: string;
let reportHtml: string;
let page: Document;

const execFileAsync = promisify(execFile);
const repositoryRoot = new URL('../', import.meta.url).pathname;

/** A German figure as the report prints it ("1.234.568 €", "12") as a number. */
function germanNumber(text: string | null | undefined): number {
  const digits = (text ?? '').replace(/[^\d,-]/g, '').replace(',', '.');
  if (digits === '') throw new Error(`no number in ${JSON.stringify(text)}`);
  return Number(digits);
}

function report(path: string, token?: string, base = hub.url) {
  return fetch(new URL(path, base), { headers: token ? { authorization: `Bearer ${token}` } : {} });
}

function cell(selector: string): string {
  const element = page.querySelector(selector);
  if (!element) throw new Error(`the report has no ${selector}`);
  return element.textContent ?? '';
}

interface BudgetLine {
  year: number;
  source: string;
  amountEur: number;
}

interface ProjectBudgetPage {
  projects: { pageInfo: { hasNextPage: boolean; endCursor: string }; nodes: { budget: BudgetLine[] }[] };
}

/** Every budget line of every project, read page by page straight from the projects list. */
async function budgetLinesOfAllProjects(): Promise<BudgetLine[]> {
  const lines: BudgetLine[] = [];
  let after: string | null = null;
  for (;;) {
    const result: { data?: ProjectBudgetPage | null; errors?: unknown } = await hub.query<ProjectBudgetPage>(
      'query ($after: String) { projects(first: 100, after: $after) { pageInfo { hasNextPage endCursor } nodes { budget { year source amountEur } } } }',
      { after },
      { authorization: `Bearer ${kazToken}` },
    );
    expect(result.errors).toBeUndefined();
    lines.push(...(result.data?.projects.nodes ?? []).flatMap((project) => project.budget));
    if (!result.data?.projects.pageInfo.hasNextPage) return lines;
    after = result.data.projects.pageInfo.endCursor;
  }
}

beforeAll(async () => {
  hub = await startTestHub();
  kazToken = await hub.issuer.sign({ org: 'kaz', scopes: ['projects:write', 'contracts:write'] });
  const office = await hub.issuer.sign({ org: 'mdjd', scopes: ['workorders:write', 'organisations:write'] });
  const recorded = await hub.query(
    'mutation ($input: RecordDecisionInput!) { recordDecision(input: $input) { id title } }',
    {
      input: {
        committeeId: 'it-rat',
        reference: 'Beschluss 2025/99',
        decidedOn: '2025-06-30',
        title: HOSTILE_TITLE,
        text: 'Prüfbeschluss des Tests: der Bericht muss den Betreff als Text zeigen.',
      },
    },
    { authorization: `Bearer ${office}` },
  );
  expect(recorded.errors).toBeUndefined();
  const response = await report(`/reports/programme?year=${YEAR}&format=html`, kazToken);
  expect(response.status).toBe(200);
  reportHtml = await response.text();
  page = parseHTML(reportHtml).document;
  const manifest = JSON.parse(readFileSync(new URL('../schema/persisted-operations.json', import.meta.url), 'utf8'));
  trusted = await createGateway({
    auth: hub.issuer.auth,
    supergraphSdl: readFileSync(new URL('../schema/supergraph.graphql', import.meta.url), 'utf8'),
    subgraphUrls: Object.fromEntries(Object.entries(hub.subgraphs).map(([name, subgraph]) => [name, subgraph.url])),
    port: 0,
    trustedDocuments: manifest,
  });
}, 400_000);

afterAll(async () => {
  await trusted?.stop();
  await hub?.stop();
});

describe('the programme report as HTML', () => {
  it('is a German document with the year in its title, served without script and with a strict CSP', async () => {
    const response = await report(`/reports/programme?year=${YEAR}`, kazToken);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(page.documentElement.getAttribute('lang')).toBe('de');
    expect(page.querySelector('h1')?.textContent).toBe(`Programmbericht ${YEAR}`);
    expect(page.querySelectorAll('script')).toHaveLength(0);
    expect(reportHtml).not.toMatch(/\b(?:src|href)\s*=\s*["']?(?:https?:)?\/\//i);
  });

  it('counts the projects per phase as a direct query per phase does', async () => {
    const phases = ['PLANNED', 'IN_PROGRESS', 'PILOT', 'ROLLOUT', 'DONE', 'STOPPED'];
    const direct = await hub.query<Record<string, { totalCount: number }>>(
      `{ all: projects(first: 0) { totalCount } ${phases.map((phase) => `${phase}: projects(first: 0, filter: { phases: [${phase}] }) { totalCount }`).join(' ')} }`,
      {},
      { authorization: `Bearer ${kazToken}` },
    );
    expect(direct.errors).toBeUndefined();
    for (const phase of phases) {
      expect(germanNumber(cell(`#tab-phasen tr[data-key="${phase}"] td`)), phase).toBe(
        direct.data?.[phase]?.totalCount,
      );
    }
    const total = direct.data?.all?.totalCount ?? 0;
    expect(total).toBeGreaterThan(0);
    expect(germanNumber(cell('#tab-phasen td[data-key="total"]'))).toBe(total);
    expect(germanNumber(cell('#kennzahlen li[data-key="projects"] .figure'))).toBe(total);
  });

  it('sums the budgets per year and source as the budget lines of all projects add up, with the §6 verdict', async () => {
    const lines = await budgetLinesOfAllProjects();
    const years = [...new Set(lines.map((line) => line.year))].sort();
    expect(years).toContain(YEAR);
    const sum = (year: number, source?: string) =>
      lines
        .filter((line) => line.year === year && (source === undefined || line.source === source))
        .reduce((total, line) => total + line.amountEur, 0);
    const rows = [...page.querySelectorAll('#tab-finanzierung tbody tr')].map((row) =>
      Number(row.getAttribute('data-key')),
    );
    expect(rows).toEqual(years);
    for (const year of years) {
      const row = `#tab-finanzierung tr[data-key="${year}"]`;
      expect(germanNumber(cell(`${row} td[data-source="total"]`)), `${year}`).toBe(Math.round(sum(year)));
      for (const source of ['LAND', 'BUND', 'KOMMUNEN', 'EU']) {
        if (page.querySelector(`${row} td[data-source="${source}"]`)) {
          expect(germanNumber(cell(`${row} td[data-source="${source}"]`)), `${year} ${source}`).toBe(
            Math.round(sum(year, source)),
          );
        }
      }
      const met = sum(year, 'LAND') >= 1_000_000;
      expect(cell(`${row} td:last-child`)).toBe(met ? 'erreicht' : 'nicht erreicht');
    }
    expect(germanNumber(cell('#kennzahlen li[data-key="land"] .figure'))).toBe(Math.round(sum(YEAR, 'LAND')));
    expect(cell('#finanzierung .verdict')).toContain(
      sum(YEAR, 'LAND') >= 1_000_000 ? 'ist erreicht' : 'nicht erreicht',
    );
  });

  it('lists the IT-Rat decisions of the year and the work orders due in it, as the lists through the gateway hold them', async () => {
    const direct = await hub.query<{
      decisions: { nodes: { id: string; decidedOn: string }[] };
      workOrders: { nodes: { id: string; dueDate: string; status: string }[] };
    }>(
      '{ decisions(committeeId: "it-rat", first: 500) { nodes { id decidedOn } } workOrders(first: 500) { nodes { id dueDate status } } }',
      {},
      { authorization: `Bearer ${kazToken}` },
    );
    expect(direct.errors).toBeUndefined();
    const decisions = direct.data?.decisions.nodes.filter((decision) => decision.decidedOn.startsWith(`${YEAR}`)) ?? [];
    const shownDecisions = [...page.querySelectorAll('#tab-beschluesse tbody tr[data-key]')].map((row) =>
      row.getAttribute('data-key'),
    );
    expect(shownDecisions.sort()).toEqual(decisions.map((decision) => decision.id).sort());
    expect(decisions.length).toBeGreaterThan(0);
    expect(germanNumber(cell('#kennzahlen li[data-key="decisions"] .figure'))).toBe(decisions.length);
    const due = direct.data?.workOrders.nodes.filter((order) => order.dueDate.startsWith(`${YEAR}`)) ?? [];
    const shownOrders = [...page.querySelectorAll('#tab-auftraege tbody tr[data-key]')].map((row) =>
      row.getAttribute('data-key'),
    );
    expect(shownOrders.sort()).toEqual(due.map((order) => order.id).sort());
    const done = due.filter((order) => order.status === 'DONE').length;
    expect(cell('#kennzahlen li[data-key="orders"] .figure')).toBe(`${done} / ${due.length}`);
  });

  it('counts the incidents per month and severity as incidentStatistics answers for the same token', async () => {
    const direct = await hub.query<{ incidentStatistics: { month: string; severity: string; count: number }[] }>(
      `{ incidentStatistics(from: "${YEAR}-01", to: "${YEAR}-12") { month severity count } }`,
      {},
      { authorization: `Bearer ${kazToken}` },
    );
    expect(direct.errors).toBeUndefined();
    const statistics = direct.data?.incidentStatistics ?? [];
    for (let month = 1; month <= 12; month++) {
      const key = `${YEAR}-${String(month).padStart(2, '0')}`;
      const expected = statistics.filter((entry) => entry.month === key).reduce((sum, entry) => sum + entry.count, 0);
      expect(germanNumber(cell(`#tab-vorfaelle tr[data-key="${key}"] td[data-severity="total"]`)), key).toBe(expected);
    }
  });

  it('gives every chart a title, a description and a table with its figures', () => {
    const charts = [...page.querySelectorAll('svg')];
    expect(charts.length).toBeGreaterThanOrEqual(4);
    for (const chart of charts) {
      expect(chart.getAttribute('role')).toBe('img');
      const [titleId, descId] = (chart.getAttribute('aria-labelledby') ?? '').split(' ');
      expect(page.getElementById(titleId as string)?.textContent?.length).toBeGreaterThan(5);
      expect(page.getElementById(descId as string)?.textContent?.length).toBeGreaterThan(20);
      const figure = chart.closest('figure');
      expect(figure?.nextElementSibling?.tagName).toBe('TABLE');
    }
  });

  it('shows a hostile decision title as text: no script, no element from it', () => {
    const row = [...page.querySelectorAll('#tab-beschluesse tbody tr')].find((tr) =>
      tr.textContent?.includes('Beschluss 2025/99'),
    );
    expect(row?.querySelector('td:last-child')?.textContent).toBe(HOSTILE_TITLE);
    expect(page.querySelectorAll('script, img')).toHaveLength(0);
    expect(reportHtml).toContain('&lt;script&gt;document.title=&quot;pwned&quot;&lt;/script&gt;');
  });
});

describe('the programme report as PDF', () => {
  it('is rendered by Chromium and holds the key figures (fails when Chromium is missing: CI installs it)', async () => {
    expect(existsSync(chromiumPath()), `Chromium at ${chromiumPath()} (apt-get install -y chromium)`).toBe(true);
    const response = await report(`/reports/programme?year=${YEAR}&format=pdf`, kazToken);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const pdf = await getDocument({ data: new Uint8Array(await response.arrayBuffer()) }).promise;
    expect(pdf.numPages).toBeGreaterThanOrEqual(3);
    const pages: string[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const content = await (await pdf.getPage(number)).getTextContent();
      pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
    }
    const text = pages.join('\n').replace(/\s+/g, ' ');
    expect(text).toContain(`Programmbericht ${YEAR}`);
    expect(text).toContain(`Seite 1 von ${pdf.numPages}`);
    for (const key of ['projects', 'land', 'decisions']) {
      expect(text, key).toContain(cell(`#kennzahlen li[data-key="${key}"] .figure`).replace(/\s+/g, ' '));
    }
    expect(text).toContain('Beschluss 2025/99');
  }, 60_000);
});

describe('the PDF without Chromium', () => {
  it('is answered 503 CHROMIUM_MISSING by the endpoint, with how to install it', async () => {
    const before = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = '/nonexistent/chromium';
    try {
      const response = await report(`/reports/programme?year=${YEAR}&format=pdf`, kazToken);
      expect(response.status).toBe(503);
      const body = (await response.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('CHROMIUM_MISSING');
      expect(body.error.message).toContain('apt-get install -y chromium');
    } finally {
      if (before === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = before;
    }
  });
});

describe('pnpm report', () => {
  it('writes the HTML and the PDF of the year from a running hub', async () => {
    const out = mkdtempSync(join(tmpdir(), 'programme-report-'));
    try {
      const { stdout } = await execFileAsync(
        'pnpm',
        ['-s', 'report', '--year', `${YEAR}`, '--out', out, '--url', hub.url, '--token', kazToken],
        { cwd: repositoryRoot },
      );
      expect(stdout).toContain(`programmbericht-${YEAR}.pdf`);
      const written = parseHTML(readFileSync(join(out, `programmbericht-${YEAR}.html`), 'utf8')).document;
      expect(written.querySelector('#tab-phasen td[data-key="total"]')?.textContent).toBe(
        cell('#tab-phasen td[data-key="total"]'),
      );
      expect(
        readFileSync(join(out, `programmbericht-${YEAR}.pdf`))
          .subarray(0, 5)
          .toString(),
      ).toBe('%PDF-');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 90_000);

  it('without Chromium still writes the HTML, says how to install Chromium and exits with 1', async () => {
    const out = mkdtempSync(join(tmpdir(), 'programme-report-'));
    try {
      const failed = await execFileAsync(
        'pnpm',
        ['-s', 'report', '--year', `${YEAR}`, '--out', out, '--url', hub.url, '--token', kazToken],
        { cwd: repositoryRoot, env: { ...process.env, CHROMIUM_PATH: join(out, 'no-chromium') } },
      ).catch((error: { code: number; stderr: string }) => error);
      expect(failed).toMatchObject({ code: 1 });
      expect((failed as { stderr: string }).stderr).toContain('apt-get install -y chromium');
      expect(existsSync(join(out, `programmbericht-${YEAR}.html`))).toBe(true);
      expect(existsSync(join(out, `programmbericht-${YEAR}.pdf`))).toBe(false);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 90_000);

  it('refuses a malformed year before asking anything', async () => {
    const failed = await execFileAsync('pnpm', ['-s', 'report', '--year', '20x5'], { cwd: repositoryRoot }).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect(failed).toMatchObject({ code: 2 });
    expect((failed as { stderr: string }).stderr).toContain('four-digit year');
  });
});

describe('who may have the report made', () => {
  it('refuses a request without a token or with a token that does not verify (401)', async () => {
    const none = await report(`/reports/programme?year=${YEAR}`);
    expect(none.status).toBe(401);
    expect(await none.json()).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
    const forged = await report(
      `/reports/programme?year=${YEAR}`,
      await hub.issuer.forged({ org: 'kaz', scopes: ['projects:write'] }),
    );
    expect(forged.status).toBe(401);
  });

  it.each([
    ['a ministry', { org: 'mdjd', scopes: ['workorders:write', 'organisations:write'] }],
    ['a Kommune', { org: POTSDAM, scopes: [] }],
    ['CERT-Brandenburg', { org: 'zit_bb', scopes: ['security:read', 'security:write'] }],
    ['the Kaz without its projects scope', { org: 'kaz', scopes: ['contracts:write'] }],
  ])('refuses %s (403)', async (_who, request) => {
    const response = await report(`/reports/programme?year=${YEAR}`, await hub.issuer.sign(request));
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ error: { code: 'FORBIDDEN' } });
  });

  it('answers a malformed year or format with 400', async () => {
    for (const query of ['year=25', 'year=2025abc', 'year=2025&format=docx', '']) {
      const response = await report(`/reports/programme?${query}`, kazToken);
      expect(response.status, query).toBe(400);
      expect(await response.json()).toMatchObject({ error: { code: 'BAD_USER_INPUT' } });
    }
  });
});

describe('with trusted documents only', () => {
  it('the report operation is in the manifest, so the report is made where other operations are refused', async () => {
    const manifest = JSON.parse(readFileSync(new URL('../schema/persisted-operations.json', import.meta.url), 'utf8'));
    expect(manifest[documentHash(readFileSync(REPORT_OPERATION_PATH, 'utf8'))]).toBeDefined();
    const unregistered = await fetch(trusted.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${kazToken}` },
      body: JSON.stringify({ query: '{ projects(first: 0) { totalCount } }' }),
    });
    expect(unregistered.status).toBe(403);
    const response = await report(`/reports/programme?year=${YEAR}`, kazToken, trusted.url);
    expect(response.status).toBe(200);
    const document = parseHTML(await response.text()).document;
    expect(document.querySelector('#tab-phasen td[data-key="total"]')?.textContent).toBe(
      cell('#tab-phasen td[data-key="total"]'),
    );
  });
});
