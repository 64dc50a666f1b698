/**
 * `pnpm report --year 2025 [--out dir] [--format html|pdf|both] [--url http://127.0.0.1:4000/] [--token …]`
 * makes the programme report for the IT-Rat from a running hub's figures (see docs/report.md).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_DEV_ISSUER_DIR, isProduction, loadOrCreateDevIssuer } from '@kaz/auth';
import {
  buildProgrammeReport,
  parseReportFormat,
  parseReportYear,
  ReportInputError,
  ReportSourceError,
} from '@kaz/report';

const USAGE = `Usage: pnpm report --year 2025 [--out dir] [--format html|pdf|both] [--url URL] [--token TOKEN]

Makes the programme report for the IT-Rat (Programmbericht, HTML and PDF) from the figures of a
running hub (start one with \`pnpm start\`), read through its gateway with a Kaz token.

  --year     the report year, e.g. 2025 (required)
  --out      where to write programmbericht-<year>.html/.pdf (default: reports)
  --format   html, pdf or both (default both); the PDF needs Chromium (apt-get install -y chromium)
  --url      the gateway's GraphQL endpoint (default: HUB_URL or http://127.0.0.1:4000/)
  --token    the Kaz token to read with (default: HUB_TOKEN; without one, outside production mode,
             a token of the local development issuer for org kaz with projects:write contracts:write)
  --help     this text`;

function fail(message: string, code = 2): never {
  console.error(`pnpm report: ${message}`);
  if (code === 2) console.error(`\n${USAGE}`);
  process.exit(code);
}

function parseCommandLine() {
  try {
    return parseArgs({
      options: {
        year: { type: 'string' },
        out: { type: 'string', default: 'reports' },
        format: { type: 'string', default: 'both' },
        url: { type: 'string', default: process.env.HUB_URL || 'http://127.0.0.1:4000/' },
        token: { type: 'string', default: process.env.HUB_TOKEN || '' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }).values;
  } catch (error) {
    return fail((error as Error).message);
  }
}

const values = parseCommandLine();
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
let year: number;
try {
  year = parseReportYear(values.year);
} catch (error) {
  if (error instanceof ReportInputError) fail(values.year === undefined ? '--year is required' : error.message);
  throw error;
}
const format = parseReportFormat(values.format) ?? fail(`--format must be html, pdf or both, not ${values.format}`);

let token = values.token;
if (!token) {
  if (isProduction(process.env)) fail('--token (or HUB_TOKEN) is required in production mode');
  const issuer = await loadOrCreateDevIssuer(process.env.DEV_ISSUER_DIR || DEFAULT_DEV_ISSUER_DIR);
  token = await issuer.sign({
    org: 'kaz',
    scopes: ['projects:write', 'contracts:write'],
    ttl: '10m',
    subject: 'programme-report',
  });
  console.log('no --token given: reading with a Kaz token of the local development issuer');
}

try {
  const report = await buildProgrammeReport({ graphqlUrl: values.url, authorization: `Bearer ${token}`, year, format });
  const out = resolve(values.out);
  mkdirSync(out, { recursive: true });
  const htmlPath = resolve(out, `programmbericht-${year}.html`);
  writeFileSync(htmlPath, report.html);
  console.log(`wrote ${htmlPath}`);
  if (report.pdf) {
    const pdfPath = resolve(out, `programmbericht-${year}.pdf`);
    writeFileSync(pdfPath, report.pdf);
    console.log(`wrote ${pdfPath}`);
  }
  if (report.data.withheld.length > 0) console.log(`not visible to this token: ${report.data.withheld.join(', ')}`);
  if (report.pdfError) fail(`no PDF: ${report.pdfError.message} (the HTML is written)`, 1);
} catch (error) {
  if (error instanceof ReportSourceError)
    fail(`${error.message}\n(is the hub running? start it with \`pnpm start\`)`, 1);
  throw error;
}
