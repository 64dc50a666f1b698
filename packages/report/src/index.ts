export {
  buildProgrammeReport,
  type ProgrammeReport,
  parseReportFormat,
  REPORT_FORMATS,
  type ReportFormat,
} from './build-report.ts';
export { escapeHtml, html, SafeHtml } from './html.ts';
export { renderReportHtml } from './render-html.ts';
export {
  ChromiumMissingError,
  chromiumAvailable,
  chromiumPath,
  DEFAULT_CHROMIUM_PATH,
  renderReportPdf,
} from './render-pdf.ts';
export {
  LAND_FUNDING_TARGET_EUR,
  parseReportYear,
  REPORT_OPERATION_PATH,
  type ReadReportOptions,
  type ReportData,
  ReportInputError,
  ReportSourceError,
  readReportData,
  reportVariables,
} from './report-data.ts';
