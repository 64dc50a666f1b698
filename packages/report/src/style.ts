/** The report's style sheet: screen and print (A4), system fonts only, nothing loaded from elsewhere. */
export const REPORT_CSS = `
:root { color-scheme: light; --ink: #1b1b1b; --muted: #555; --line: #c8ccd0; --accent: #0072B2; --soft: #eef4f9; }
* { box-sizing: border-box; }
body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; color: var(--ink); margin: 0 auto; max-width: 52rem; padding: 2rem 1.5rem; line-height: 1.45; font-size: 11pt; }
header.title { border-bottom: 3px solid var(--accent); margin-bottom: 1.2rem; padding-bottom: 0.6rem; }
header.title .kicker { color: var(--muted); font-size: 10pt; margin: 0; text-transform: uppercase; letter-spacing: 0.04em; }
h1 { font-size: 20pt; margin: 0.2rem 0 0.3rem; line-height: 1.2; }
h2 { font-size: 14pt; margin: 1.8rem 0 0.5rem; color: var(--accent); border-bottom: 1px solid var(--line); padding-bottom: 0.2rem; }
p { margin: 0.4rem 0 0.7rem; }
.meta { color: var(--muted); font-size: 9.5pt; margin: 0; }
.keyfigures { display: grid; grid-template-columns: repeat(3, 1fr); gap: 0.6rem; margin: 1rem 0 0.5rem; padding: 0; list-style: none; }
.keyfigures li { background: var(--soft); border-left: 4px solid var(--accent); padding: 0.5rem 0.7rem; }
.keyfigures .figure { display: block; font-size: 16pt; font-weight: bold; }
.keyfigures .what { display: block; font-size: 9pt; color: var(--muted); }
table { border-collapse: collapse; width: 100%; margin: 0.4rem 0 1rem; font-size: 9.5pt; }
table.narrow { width: auto; min-width: 55%; }
caption { text-align: left; font-weight: bold; padding: 0.2rem 0; }
th, td { border-bottom: 1px solid var(--line); padding: 0.25rem 0.4rem; text-align: left; vertical-align: top; }
thead th { border-bottom: 2px solid var(--ink); }
tfoot th, tfoot td { border-top: 2px solid var(--ink); font-weight: bold; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.nowrap { white-space: nowrap; }
tr.current th, tr.current td { background: var(--soft); font-weight: bold; }
figure { margin: 0.6rem 0 0.2rem; }
figcaption { font-size: 9pt; color: var(--muted); margin-top: 0.2rem; }
svg.chart { display: block; max-width: 100%; height: auto; font-family: inherit; }
svg .label, svg .legend { font-size: 11px; fill: var(--ink); }
svg .value { font-size: 10px; fill: var(--ink); }
svg .axis { font-size: 10px; fill: var(--muted); }
svg .axis.highlight { font-weight: bold; fill: var(--ink); }
svg .grid { stroke: #e3e6e8; stroke-width: 1; }
svg .axis-line { stroke: var(--muted); stroke-width: 1; }
svg .target { stroke: #D55E00; stroke-width: 2; stroke-dasharray: 6 4; }
.verdict { padding: 0.5rem 0.7rem; border-left: 4px solid; }
.verdict.met { border-color: #009E73; background: #e8f6f1; }
.verdict.missed { border-color: #D55E00; background: #fbeee6; }
.withheld { font-style: italic; color: var(--muted); border-left: 4px solid var(--line); padding-left: 0.6rem; }
.sample { color: var(--muted); font-size: 9pt; }
footer { margin-top: 2rem; font-size: 9pt; color: var(--muted); border-top: 1px solid var(--line); padding-top: 0.5rem; }
@page { size: A4; margin: 18mm 16mm 20mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  h2 { break-after: avoid; page-break-after: avoid; }
  figure, .keyfigures, .verdict, tr { break-inside: avoid; page-break-inside: avoid; }
  table { break-inside: auto; }
  table.keep { break-inside: avoid; page-break-inside: avoid; }
  h2 + p, figure + table caption { break-after: avoid; page-break-after: avoid; }
  p { orphans: 3; widows: 3; }
  thead { display: table-header-group; }
  section { break-before: auto; }
  #finanzierung { break-before: page; page-break-before: always; }
}
`;
