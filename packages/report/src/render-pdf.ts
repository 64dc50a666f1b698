import { existsSync } from 'node:fs';

/** Where Debian's Chromium lives (`apt-get install -y chromium`); `CHROMIUM_PATH` overrides it. */
export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

/** No Chromium to render the PDF with; the message says how to install it. */
export class ChromiumMissingError extends Error {
  override readonly name = 'ChromiumMissingError';
}

/** The Chromium executable of the environment (`CHROMIUM_PATH`, default /usr/bin/chromium). */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.CHROMIUM_PATH || DEFAULT_CHROMIUM_PATH;
}

/** True when the Chromium executable exists. */
export function chromiumAvailable(path: string = chromiumPath()): boolean {
  return existsSync(path);
}

// Chromium renders one PDF at a time in this process: each launch costs a few hundred MB.
let queue: Promise<unknown> = Promise.resolve();

/**
 * The HTML as an A4 PDF with page numbers, rendered by Chromium headless through playwright-core
 * (Debian's Chromium, not a browser playwright downloads). JavaScript is off and every request
 * other than the document itself is refused, so the document cannot load anything. Throws
 * ChromiumMissingError when there is no Chromium at `executablePath`.
 */
export async function renderReportPdf(documentHtml: string, executablePath: string = chromiumPath()): Promise<Buffer> {
  if (!chromiumAvailable(executablePath)) {
    throw new ChromiumMissingError(
      `Chromium is not installed at ${executablePath}: install it with \`apt-get install -y chromium\` (or set CHROMIUM_PATH); the PDF cannot be made without it`,
    );
  }
  const run = queue.then(() => renderWith(documentHtml, executablePath));
  queue = run.catch(() => {});
  return run;
}

async function renderWith(documentHtml: string, executablePath: string): Promise<Buffer> {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
  try {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.route('**/*', (route) => route.abort());
    await page.setContent(documentHtml, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    return await page.pdf({
      format: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate:
        '<div style="font-size:8px;width:100%;text-align:center;color:#555;">Seite <span class="pageNumber"></span> von <span class="totalPages"></span></div>',
    });
  } finally {
    await browser.close();
  }
}
