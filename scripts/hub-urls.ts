import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { repositoryRoot } from './snapshots.ts';

/**
 * `.data/hub-urls.json`: the GraphQL URL of each subgraph of the hub that `pnpm start` runs (they
 * listen on free ports), so that `pnpm references:check` in another shell finds them.
 */
export const hubUrlsFile = join(repositoryRoot, '.data', 'hub-urls.json');

/** Records where the running hub's subgraphs listen. */
export function writeHubUrls(urls: Readonly<Record<string, string>>): void {
  mkdirSync(dirname(hubUrlsFile), { recursive: true });
  writeFileSync(hubUrlsFile, `${JSON.stringify(urls, null, 2)}\n`);
}

/** Forgets them (the hub stopped). */
export function removeHubUrls(): void {
  rmSync(hubUrlsFile, { force: true });
}

/** The running hub's subgraph URLs, or an empty record when no hub wrote them. */
export function readHubUrls(): Record<string, string> {
  try {
    return JSON.parse(readFileSync(hubUrlsFile, 'utf8')) as Record<string, string>;
  } catch {
    return {};
  }
}
