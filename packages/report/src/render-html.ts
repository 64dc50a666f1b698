import { budgetYears, decisionsOfYear, workOrderFigures } from './figures.ts';
import { formatCount, formatEuro } from './format.ts';
import { html, raw, type SafeHtml } from './html.ts';
import { LAND_FUNDING_TARGET_EUR, type ReportData } from './report-data.ts';
import {
  contractsSection,
  coverageSection,
  decisionsSection,
  fundingSection,
  incidentsSection,
  projectsSection,
  workOrdersSection,
} from './sections.ts';
import { REPORT_CSS } from './style.ts';

/** The key figures at the top of the report, each "–" where the token may not see it. */
function keyFigures(data: ReportData): SafeHtml {
  const land = budgetYears(data)?.find((entry) => entry.year === data.year);
  const orders = workOrderFigures(data);
  const decisions = decisionsOfYear(data);
  const incidents = data.incidents?.reduce((sum, entry) => sum + entry.count, 0);
  const items: [string, string, string][] = [
    ['projects', data.projectCount === null ? '–' : formatCount(data.projectCount), 'Projekte insgesamt'],
    [
      'land',
      data.budget === null ? '–' : formatEuro(land?.land ?? 0),
      `Landesmittel ${data.year} (Ziel ${formatEuro(LAND_FUNDING_TARGET_EUR)})`,
    ],
    [
      'total-budget',
      data.budget === null ? '–' : formatEuro(land?.total ?? 0),
      `Budget ${data.year} aus allen Quellen`,
    ],
    [
      'orders',
      orders ? `${formatCount(orders.done)} / ${formatCount(orders.due.length)}` : '–',
      `Arbeitsaufträge ${data.year} erledigt / fällig`,
    ],
    ['decisions', decisions ? formatCount(decisions.length) : '–', `Beschlüsse des IT-Rats ${data.year}`],
    [
      'incidents',
      incidents === undefined ? '–' : formatCount(incidents),
      `Sicherheitsvorfälle ${data.year} (sichtbar)`,
    ],
  ];
  return html`<ul class="keyfigures" id="kennzahlen">${items.map(
    ([key, figure, what]) =>
      html`<li data-key="${key}"><span class="figure">${figure}</span><span class="what">${what}</span></li>`,
  )}</ul>`;
}

/** The date and time the figures were read, in German and Brandenburg time. */
function readAtText(readAt: string): string {
  return new Date(readAt).toLocaleString('de-DE', { timeZone: 'Europe/Berlin', dateStyle: 'long', timeStyle: 'short' });
}

/**
 * The programme report as one self-contained German HTML document: tables, inline SVG charts (each
 * with title, description and a table of its figures), print CSS for A4; no script, nothing loaded
 * from another host. Every value from the graph is escaped.
 */
export function renderReportHtml(data: ReportData): string {
  const withheld =
    data.withheld.length > 0
      ? html`<p>Nicht sichtbar für das verwendete Token: ${data.withheld.join(', ')}.</p>`
      : html`<p>Das verwendete Token durfte alle Angaben des Berichts lesen.</p>`;
  const document = html`<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Programmbericht Kaz ${data.year} – Bericht an den IT-Rat Brandenburg</title>
<style>${raw(REPORT_CSS)}</style>
</head>
<body>
<header class="title">
<p class="kicker">Kommunales Anwendungszentrum (Kaz) · Bericht an den IT-Rat Brandenburg</p>
<h1>Programmbericht ${data.year}</h1>
<p class="meta">Evaluationsbericht nach der Präambel des Umsetzungskonzepts Kaz (IT-Rat, 10.03.2021). Zahlen aus dem Kaz-Föderationsknoten, abgefragt am ${readAtText(data.readAt)}.</p>
</header>
<main>
<section id="ueberblick"><h2>Überblick</h2>
<p>Dieser Bericht stellt die Zahlen des Programms für das Jahr ${data.year} zusammen: Projekte und ihre Phasen, die Finanzierung gegen das Ziel des Konzepts, die Abdeckung der OZG-Leistungen in den Kreisen, Arbeitsaufträge, Beschlüsse des IT-Rats, Lizenzen und Zertifikate sowie Sicherheitsvorfälle. Alle Zahlen stammen unmittelbar aus dem Graphen; nichts ist von Hand nachgetragen.</p>
${keyFigures(data)}
</section>
${projectsSection(data)}
${fundingSection(data)}
${coverageSection(data)}
${workOrdersSection(data)}
${decisionsSection(data)}
${contractsSection(data)}
${incidentsSection(data)}
<section id="grundlage"><h2>Datengrundlage</h2>
<p>Die Zahlen liest die Operation <code>ProgrammeReport</code> (schema/operations/13-programme-report.graphql) über das Gateway mit dem Token dessen, der den Bericht erstellt; jeder Teilgraph wendet seine Zugriffsregeln an. Projekte, Verträge, Lizenzen und Vorfälle im Beispielbestand sind Beispieldaten; die Referenzdaten (Kommunen, Organisationen, OZG-Leistungen) sind echt.</p>
${withheld}
</section>
</main>
<footer>Programmbericht Kaz ${data.year} · erzeugt aus dem Kaz-Föderationsknoten · ${readAtText(data.readAt)}</footer>
</body>
</html>
`;
  return document.text;
}
