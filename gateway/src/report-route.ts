import { hasScope, type Principal, TokenError, type TokenVerifier } from '@kaz/auth';
import {
  buildProgrammeReport,
  parseReportFormat,
  parseReportYear,
  ReportInputError,
  ReportSourceError,
} from '@kaz/report';
import type { RequestHandler, Response } from 'express';

/** The Kaz (`org` kaz) with the Kaz's own scope: who may have the programme report made. */
export function isKazPrincipal(principal: Principal | null): boolean {
  return principal?.org === 'kaz' && hasScope(principal, 'projects:write');
}

function refuse(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ error: { code, message } });
}

// The report is one self-contained document: no script runs and nothing may be loaded from anywhere.
const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/**
 * `GET /reports/programme?year=2025&format=html|pdf` (format default html): the programme report for
 * the IT-Rat, made from the graph's figures with the caller's own token. 401 UNAUTHENTICATED without
 * a token or with one that does not verify, 403 FORBIDDEN for any principal but the Kaz
 * (`isKazPrincipal`), 400 BAD_USER_INPUT for a malformed year or format, 503 CHROMIUM_MISSING for a
 * PDF when Chromium is not installed, 502 when the graph cannot be read. `graphqlUrl` is the
 * gateway's own GraphQL endpoint: the report's operation goes through the whole request pipeline
 * (limits, trusted documents) like any client's.
 */
export function programmeReportRoute(options: { verifier: TokenVerifier; graphqlUrl: () => string }): RequestHandler {
  return async (req, res) => {
    let principal: Principal | null;
    try {
      principal = await options.verifier.verify(req.headers.authorization);
    } catch (error) {
      if (error instanceof TokenError) return refuse(res, 401, 'UNAUTHENTICATED', error.message);
      throw error;
    }
    if (!principal)
      return refuse(res, 401, 'UNAUTHENTICATED', 'the programme report needs a Kaz token (Authorization: Bearer …)');
    if (!isKazPrincipal(principal)) {
      return refuse(
        res,
        403,
        'FORBIDDEN',
        'the programme report is made for the Kaz only (org kaz with scope projects:write)',
      );
    }
    let year: number;
    try {
      year = parseReportYear(req.query.year);
    } catch (error) {
      if (error instanceof ReportInputError) return refuse(res, 400, 'BAD_USER_INPUT', error.message);
      throw error;
    }
    const format = parseReportFormat(req.query.format ?? 'html');
    if (format !== 'html' && format !== 'pdf') return refuse(res, 400, 'BAD_USER_INPUT', 'format must be html or pdf');
    try {
      const report = await buildProgrammeReport({
        graphqlUrl: options.graphqlUrl(),
        authorization: req.headers.authorization as string,
        year,
        format,
      });
      res.setHeader('cache-control', 'no-store');
      res.setHeader('content-security-policy', REPORT_CSP);
      res.setHeader('x-content-type-options', 'nosniff');
      if (format === 'html') return void res.type('text/html; charset=utf-8').send(report.html);
      if (!report.pdf) return refuse(res, 503, 'CHROMIUM_MISSING', report.pdfError?.message ?? 'no PDF renderer');
      res.type('application/pdf');
      res.setHeader('content-disposition', `inline; filename="programmbericht-${year}.pdf"`);
      res.send(report.pdf);
    } catch (error) {
      if (error instanceof ReportSourceError) return refuse(res, 502, 'REPORT_SOURCE_FAILED', error.message);
      throw error;
    }
  };
}
