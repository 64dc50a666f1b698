import { horizontalBarChart, stackedColumnChart } from './charts.ts';
import { budgetYears, decisionsOfYear, monthsOf, workOrderFigures } from './figures.ts';
import { formatCount, formatDate, formatEuro, formatMillionEuro, formatMillions, monthLabel } from './format.ts';
import { html, type SafeHtml } from './html.ts';
import {
  labelOf,
  PHASE_LABELS,
  SEVERITY_LABELS,
  SEVERITY_ORDER,
  SOURCE_LABELS,
  SOURCE_ORDER,
  WORK_ORDER_STATUS_LABELS,
} from './labels.ts';
import { LAND_FUNDING_TARGET_EUR, type ReportData } from './report-data.ts';

/** Short tables stay on one page in print (a header alone at the foot of a page helps nobody). */
function keep(rows: number): SafeHtml {
  return rows <= 15 ? html` class="keep"` : html``;
}

/** The note in place of a part the token may not see. */
function withheldNote(what: string): SafeHtml {
  return html`<p class="withheld">${what}: für das verwendete Token nicht sichtbar (der Graph hat die Angabe verweigert).</p>`;
}

/** A figure: the chart and, right after it, its table as the accessible alternative with the same figures. */
function figure(id: string, caption: string, chart: SafeHtml, table: SafeHtml): SafeHtml {
  return html`<figure id="${id}" class="chart-figure">${chart}<figcaption>${caption} Die Werte stehen in der Tabelle darunter.</figcaption></figure>${table}`;
}

export function projectsSection(data: ReportData): SafeHtml {
  if (!data.byPhase || !data.byThemenfeld)
    return html`<section id="projekte"><h2>1. Projekte</h2>${withheldNote('Projektstatistik')}</section>`;
  const phases = data.byPhase;
  const themenfelder = data.byThemenfeld.filter((entry) => entry.projectCount > 0);
  const without = data.byThemenfeld.length - themenfelder.length;
  const phaseChart = horizontalBarChart(
    {
      id: 'chart-phasen',
      title: 'Projekte nach Phase',
      desc: `Anzahl der Digitalisierungsprojekte je Phase, ${phases.length} Phasen in der Reihenfolge des Projektverlaufs.`,
    },
    phases.map((entry) => ({ label: labelOf(PHASE_LABELS, entry.phase), value: entry.projectCount })),
    formatCount,
  );
  const phaseTable = html`<table id="tab-phasen" class="narrow"><caption>Projekte nach Phase</caption><thead><tr><th scope="col">Phase</th><th scope="col" class="num">Projekte</th></tr></thead><tbody>${phases.map(
    (entry) =>
      html`<tr data-key="${entry.phase}"><th scope="row">${labelOf(PHASE_LABELS, entry.phase)}</th><td class="num">${formatCount(entry.projectCount)}</td></tr>`,
  )}</tbody><tfoot><tr><th scope="row">Projekte insgesamt</th><td class="num" data-key="total">${formatCount(data.projectCount ?? 0)}</td></tr></tfoot></table>`;
  const themenfeldChart = horizontalBarChart(
    {
      id: 'chart-themenfelder',
      title: 'Projekte nach Themenfeld',
      desc: 'Anzahl der Projekte je Themenfeld des OZG-Umsetzungskatalogs; ein Projekt mit Leistungen mehrerer Themenfelder zählt in jedem.',
    },
    themenfelder.map((entry) => ({ label: entry.themenfeld, value: entry.projectCount })),
    formatCount,
  );
  const themenfeldTable = html`<table id="tab-themenfelder" class="narrow"><caption>Projekte nach Themenfeld</caption><thead><tr><th scope="col">Themenfeld</th><th scope="col" class="num">Projekte</th></tr></thead><tbody>${themenfelder.map(
    (entry) =>
      html`<tr data-key="${entry.themenfeld}"><th scope="row">${entry.themenfeld}</th><td class="num">${formatCount(entry.projectCount)}</td></tr>`,
  )}</tbody></table>`;
  return html`<section id="projekte"><h2>1. Projekte</h2>
<p>Der Knoten führt <strong>${formatCount(data.projectCount ?? 0)}</strong> Digitalisierungsprojekte, die das Kaz koordiniert. Die Phasen zeigen den Stand am Tag der Abfrage, nicht am Jahresende.</p>
${figure('fig-phasen', 'Abbildung 1: Projekte nach Phase.', phaseChart, phaseTable)}
<p>Themenfelder sind die Sachgebiete des OZG-Umsetzungskatalogs (z. B. „Familie &amp; Kind“). ${without === 1 ? 'Ein Themenfeld hat noch kein Projekt und ist nicht aufgeführt.' : without > 1 ? `${formatCount(without)} Themenfelder haben noch kein Projekt und sind nicht aufgeführt.` : ''}</p>
${figure('fig-themenfelder', 'Abbildung 2: Projekte nach Themenfeld.', themenfeldChart, themenfeldTable)}
</section>`;
}

export function fundingSection(data: ReportData): SafeHtml {
  const years = budgetYears(data);
  const heading = html`<h2>2. Finanzierung und Ziel nach §6</h2><p>Das Umsetzungskonzept Kaz (§6) sieht für das Programm mindestens <strong>${formatEuro(LAND_FUNDING_TARGET_EUR)}</strong> Landesmittel im Jahr vor. Die Beträge sind die Summen der Projektbudgets je Haushaltsjahr und Mittelgeber.</p>`;
  if (!years) return html`<section id="finanzierung">${heading}${withheldNote('Budgets')}</section>`;
  const sources = SOURCE_ORDER.filter((source) => years.some((year) => source in year.bySource));
  const current = years.find((entry) => entry.year === data.year);
  const verdict = current
    ? html`<p class="verdict ${current.targetMet ? 'met' : 'missed'}">${data.year}: <strong>${formatEuro(current.land)}</strong> Landesmittel – das Ziel von ${formatEuro(LAND_FUNDING_TARGET_EUR)} ist ${current.targetMet ? 'erreicht' : `nicht erreicht (es fehlen ${formatEuro(LAND_FUNDING_TARGET_EUR - current.land)})`}.</p>`
    : html`<p class="verdict missed">${data.year}: Für dieses Jahr ist kein Budget erfasst – das Ziel von ${formatEuro(LAND_FUNDING_TARGET_EUR)} Landesmitteln ist nicht belegt.</p>`;
  const chart = stackedColumnChart(
    {
      id: 'chart-finanzierung',
      title: 'Projektbudgets je Jahr und Mittelgeber',
      desc: `Gestapelte Säulen je Haushaltsjahr, ein Teil je Mittelgeber; die gestrichelte Linie markiert das Ziel von ${formatEuro(LAND_FUNDING_TARGET_EUR)} Landesmitteln.`,
    },
    years.map((entry) => String(entry.year)),
    sources.map((source) => ({
      name: labelOf(SOURCE_LABELS, source),
      values: years.map((entry) => entry.bySource[source] ?? 0),
    })),
    formatMillionEuro,
    {
      target: { value: LAND_FUNDING_TARGET_EUR, label: 'Ziel Landesmittel (§6)' },
      highlight: String(data.year),
      totalFormat: formatMillions,
    },
  );
  const table = html`<table id="tab-finanzierung"><caption>Budgets je Haushaltsjahr und Mittelgeber in Euro</caption><thead><tr><th scope="col">Jahr</th>${sources.map((source) => html`<th scope="col" class="num">${labelOf(SOURCE_LABELS, source)}</th>`)}<th scope="col" class="num">Summe</th><th scope="col" class="nowrap">Ziel (§6)</th></tr></thead><tbody>${years.map(
    (entry) =>
      html`<tr data-key="${entry.year}"${entry.year === data.year ? html` class="current"` : ''}><th scope="row">${entry.year}</th>${sources.map((source) => html`<td class="num" data-source="${source}">${formatEuro(entry.bySource[source] ?? 0)}</td>`)}<td class="num" data-source="total">${formatEuro(entry.total)}</td><td class="nowrap">${entry.targetMet ? 'erreicht' : 'nicht erreicht'}</td></tr>`,
  )}</tbody></table>`;
  return html`<section id="finanzierung">${heading}${verdict}${figure('fig-finanzierung', 'Abbildung 3: Projektbudgets je Haushaltsjahr und Mittelgeber.', chart, table)}</section>`;
}

export function coverageSection(data: ReportData): SafeHtml {
  if (!data.byDistrict || !data.ozgCoverage)
    return html`<section id="ozg"><h2>3. OZG-Abdeckung in den Landkreisen</h2>${withheldNote('OZG-Abdeckung')}</section>`;
  const coverage = new Map(data.ozgCoverage.map((entry) => [entry.district.id, entry]));
  return html`<section id="ozg"><h2>3. OZG-Abdeckung in den Landkreisen</h2>
<p>Je Landkreis und kreisfreier Stadt: wie viele Projekte dort Kommunen beteiligen, wie viele Kommunen teilnehmen und wie viele verschiedene OZG-Leistungen (Verwaltungsleistungen nach dem Onlinezugangsgesetz) diese Projekte umsetzen. Kreise ohne beteiligte Kommune fehlen in der Tabelle.</p>
<table id="tab-ozg"><caption>Projekte und OZG-Leistungen je Landkreis oder kreisfreier Stadt</caption><thead><tr><th scope="col">Landkreis / kreisfreie Stadt</th><th scope="col" class="num">Projekte</th><th scope="col" class="num">beteiligte Kommunen</th><th scope="col" class="num">OZG-Leistungen</th></tr></thead><tbody>${data.byDistrict.map(
    (entry) =>
      html`<tr data-key="${entry.district.id}"><th scope="row">${entry.district.name}</th><td class="num">${formatCount(entry.projectCount)}</td><td class="num">${formatCount(entry.participatingKommunen)}</td><td class="num">${formatCount(coverage.get(entry.district.id)?.ozgServiceCount ?? 0)}</td></tr>`,
  )}</tbody></table></section>`;
}

export function workOrdersSection(data: ReportData): SafeHtml {
  const figures = workOrderFigures(data);
  const heading = html`<h2>4. Arbeitsaufträge</h2>`;
  if (!figures) return html`<section id="auftraege">${heading}${withheldNote('Arbeitsaufträge')}</section>`;
  return html`<section id="auftraege">${heading}
<p>Arbeitsaufträge erteilen der IT-Rat, das Steuerungsgremium oder die Ministerien dem Kaz. ${data.year} wurden <strong>${formatCount(figures.issued)}</strong> Aufträge erteilt; <strong>${formatCount(figures.due.length)}</strong> waren im Jahr fällig, davon <strong>${formatCount(figures.done)}</strong> erledigt, ${formatCount(figures.open)} offen oder in Bearbeitung (${formatCount(figures.overdue)} davon überfällig) und ${formatCount(figures.cancelled)} zurückgezogen.</p>
<table id="tab-auftraege"${keep(figures.due.length)}><caption>Im Jahr ${data.year} fällige Arbeitsaufträge</caption><thead><tr><th scope="col">Auftrag</th><th scope="col">Titel</th><th scope="col">erteilt</th><th scope="col">fällig</th><th scope="col">Stand</th></tr></thead><tbody>${
    figures.due.length === 0
      ? html`<tr><td colspan="5">Keine Aufträge mit Fälligkeit in ${data.year}.</td></tr>`
      : figures.due.map(
          (order) =>
            html`<tr data-key="${order.id}" data-status="${order.status}"><td class="nowrap">${order.id}</td><td>${order.title}</td><td class="nowrap">${formatDate(order.issuedOn)}</td><td class="nowrap">${formatDate(order.dueDate)}</td><td>${labelOf(WORK_ORDER_STATUS_LABELS, order.status)}</td></tr>`,
        )
  }</tbody></table></section>`;
}

export function decisionsSection(data: ReportData): SafeHtml {
  const decisions = decisionsOfYear(data);
  const heading = html`<h2>5. Beschlüsse des IT-Rats</h2>`;
  if (!decisions) return html`<section id="beschluesse">${heading}${withheldNote('Beschlüsse')}</section>`;
  return html`<section id="beschluesse">${heading}
<p>Der IT-Rat Brandenburg (§ 15 BbgEGovG) hat ${data.year} <strong>${formatCount(decisions.length)}</strong> Beschlüsse gefasst, die der Knoten führt. Beispieldatensätze sind als solche gekennzeichnet.</p>
<table id="tab-beschluesse"${keep(decisions.length)}><caption>Beschlüsse des IT-Rats ${data.year}</caption><thead><tr><th scope="col">Datum</th><th scope="col">Beschluss</th><th scope="col">Betreff</th></tr></thead><tbody>${
    decisions.length === 0
      ? html`<tr><td colspan="3">Keine Beschlüsse im Jahr ${data.year}.</td></tr>`
      : decisions.map(
          (decision) =>
            html`<tr data-key="${decision.id}"><td class="nowrap">${formatDate(decision.decidedOn)}</td><td class="nowrap">${decision.reference}</td><td>${decision.title}${decision.isSample ? html` <span class="sample">(Beispieldaten)</span>` : ''}</td></tr>`,
        )
  }</tbody></table></section>`;
}

export function contractsSection(data: ReportData): SafeHtml {
  const licences = data.licenceTotals
    ? html`<p>Lizenzen im Bestand des Kaz: <strong>${formatCount(data.licenceTotals.seats)}</strong> Plätze, davon <strong>${formatCount(data.licenceTotals.allocatedSeats)}</strong> Kommunen zugeteilt; jährliche Kosten <strong>${formatEuro(data.licenceTotals.annualCostEur)}</strong> netto.</p>`
    : withheldNote('Lizenzsummen');
  const certificates = data.certificatesExpiring
    ? html`<table id="tab-zertifikate"${keep(data.certificatesExpiring.length)}><caption>Zertifikate, die ${data.year} ablaufen (${formatCount(data.certificatesExpiring.length)})</caption><thead><tr><th scope="col">Nr.</th><th scope="col">Name (CN)</th><th scope="col">Inhaber</th><th scope="col">Aussteller</th><th scope="col">gültig bis</th></tr></thead><tbody>${
        data.certificatesExpiring.length === 0
          ? html`<tr><td colspan="5">Keine Zertifikate mit Ablauf in ${data.year}.</td></tr>`
          : data.certificatesExpiring.map(
              (certificate) =>
                html`<tr data-key="${certificate.id}"><td class="nowrap">${certificate.id}</td><td>${certificate.commonName}</td><td>${certificate.holder?.name ?? 'Kaz'}</td><td>${certificate.issuer}</td><td class="nowrap">${formatDate(certificate.validTo)}</td></tr>`,
            )
      }</tbody></table>`
    : withheldNote('Zertifikate');
  return html`<section id="vertraege"><h2>6. Lizenzen und Zertifikate</h2>${licences}${certificates}</section>`;
}

export function incidentsSection(data: ReportData): SafeHtml {
  const heading = html`<h2>7. Informationssicherheit</h2>`;
  if (!data.incidents) return html`<section id="sicherheit">${heading}${withheldNote('Sicherheitsvorfälle')}</section>`;
  const months = monthsOf(data.year);
  const count = (month: string, severity: string) =>
    data.incidents?.find((entry) => entry.month === month && entry.severity === severity)?.count ?? 0;
  const total = data.incidents.reduce((sum, entry) => sum + entry.count, 0);
  const chart = stackedColumnChart(
    {
      id: 'chart-vorfaelle',
      title: `Sicherheitsvorfälle ${data.year} je Monat und Schweregrad`,
      desc: 'Gestapelte Säulen je Monat, ein Teil je Schweregrad; gezählt sind die Vorfälle, die das Token nach TLP sehen darf.',
    },
    months.map(monthLabel),
    SEVERITY_ORDER.map((severity) => ({
      name: labelOf(SEVERITY_LABELS, severity),
      values: months.map((month) => count(month, severity)),
    })),
    formatCount,
  );
  const table = html`<table id="tab-vorfaelle"><caption>Sicherheitsvorfälle ${data.year} je Monat und Schweregrad</caption><thead><tr><th scope="col">Monat</th>${SEVERITY_ORDER.map((severity) => html`<th scope="col" class="num">${labelOf(SEVERITY_LABELS, severity)}</th>`)}<th scope="col" class="num">Summe</th></tr></thead><tbody>${months.map(
    (month) =>
      html`<tr data-key="${month}"><th scope="row">${monthLabel(month)} ${data.year}</th>${SEVERITY_ORDER.map((severity) => html`<td class="num" data-severity="${severity}">${formatCount(count(month, severity))}</td>`)}<td class="num" data-severity="total">${formatCount(SEVERITY_ORDER.reduce((sum, severity) => sum + count(month, severity), 0))}</td></tr>`,
  )}</tbody></table>`;
  const totals = data.incidentTotals
    ? html` Insgesamt (alle Jahre) sind ${formatCount(data.incidentTotals.open)} Vorfälle in Bearbeitung und ${formatCount(data.incidentTotals.resolved)} abgeschlossen; bei ${formatCount(data.incidentTotals.overdueLdaNotifications)} ist die 72-Stunden-Frist für die Meldung an die LDA (Art. 33 DSGVO) ohne Meldung verstrichen.`
    : '';
  return html`<section id="sicherheit">${heading}<p>CERT-Brandenburg hat ${data.year} <strong>${formatCount(total)}</strong> Sicherheitsvorfälle erfasst, die für das verwendete Token sichtbar sind (Sichtbarkeit nach TLP 2.0).${totals}</p>${figure('fig-vorfaelle', `Abbildung 4: Sicherheitsvorfälle ${data.year} je Monat und Schweregrad.`, chart, table)}</section>`;
}
