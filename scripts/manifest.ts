/**
 * Writes schema/persisted-operations.json, the trusted-documents manifest: the sha256 of the exact
 * text of each schema/operations/*.graphql → that text. The gateway runs only these operations when
 * started with TRUSTED_DOCUMENTS=true.
 *
 *   tsx scripts/manifest.ts           write the manifest
 *   tsx scripts/manifest.ts --check   write nothing; exit 1 when the committed manifest is stale
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { buildTrustedDocuments } from '@kaz/gateway';

const schemaDir = new URL('../schema/', import.meta.url);
const manifestPath = new URL('persisted-operations.json', schemaDir);

/** The manifest as it should be committed, as text. */
export function manifestText(): string {
  return `${JSON.stringify(buildTrustedDocuments(new URL('operations', schemaDir).pathname), null, 2)}\n`;
}

/** True when the committed manifest matches the operations; never throws for a missing file. */
export function manifestIsCurrent(): boolean {
  try {
    return readFileSync(manifestPath, 'utf8') === manifestText();
  } catch {
    return false;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (process.argv.includes('--check')) {
    if (!manifestIsCurrent()) {
      console.error('schema/persisted-operations.json is stale; run `pnpm schema:manifest`');
      process.exit(1);
    }
    console.log('schema/persisted-operations.json is current');
  } else {
    writeFileSync(manifestPath, manifestText());
    console.log(`wrote ${manifestPath.pathname}`);
  }
}
