import { renderReportHtml } from './render-html.ts';
import { ChromiumMissingError, renderReportPdf } from './render-pdf.ts';
import { type ReadReportOptions, type ReportData, readReportData } from './report-data.ts';

/** Which documents to make. */
export type ReportFormat = 'html' | 'pdf' | 'both';

/** The report formats a caller may ask for. */
export const REPORT_FORMATS: readonly ReportFormat[] = ['html', 'pdf', 'both'];

/** What `buildProgrammeReport` made. */
export interface ProgrammeReport {
  data: ReportData;
  html: string;
  /** The PDF; undefined when only HTML was asked for or Chromium is missing (`pdfError` says so). */
  pdf?: Buffer | undefined;
  pdfError?: ChromiumMissingError | undefined;
}

/**
 * Reads the figures through the gateway with the caller's token and renders the report: HTML
 * always, the PDF for `pdf` and `both`. A missing Chromium does not fail the whole report: the HTML
 * is returned with `pdfError` set. Throws ReportSourceError when the graph cannot be read.
 */
export async function buildProgrammeReport(
  options: ReadReportOptions & { format: ReportFormat; chromiumPath?: string | undefined },
): Promise<ProgrammeReport> {
  const data = await readReportData(options);
  const html = renderReportHtml(data);
  if (options.format === 'html') return { data, html };
  try {
    return { data, html, pdf: await renderReportPdf(html, options.chromiumPath) };
  } catch (error) {
    if (error instanceof ChromiumMissingError) return { data, html, pdfError: error };
    throw error;
  }
}

/** The format from user input; undefined when it is none of html, pdf, both. */
export function parseReportFormat(value: unknown): ReportFormat | undefined {
  return REPORT_FORMATS.find((format) => format === value);
}
