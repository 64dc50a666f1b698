/**
 * Records the committed schema as the released baseline that `pnpm schema:check` compares against:
 * copies schema/supergraph.graphql and schema/api.graphql to schema/released/, writes
 * schema/released/RELEASE.json (the release's name and day) and empties schema/approvals.json (an
 * approval is for the changes of one release). Run it when the hub is released, after
 * `pnpm schema:check` passed, and commit the files (docs/schema-changes.md).
 *
 *   tsx scripts/schema-release.ts <release> [YYYY-MM-DD]   default day: today in Berlin
 */
import { copyFileSync, writeFileSync } from 'node:fs';
import { systemClock, todayBy } from '@kaz/subgraph-kit';
import { isDay } from './governance/records.ts';

const schemaDir = new URL('../schema/', import.meta.url);
const [release, day = todayBy(systemClock)] = process.argv.slice(2);

if (!release || !/^[0-9A-Za-z][0-9A-Za-z.-]{0,39}$/.test(release) || !isDay(day)) {
  console.error('usage: pnpm schema:release <release, e.g. 2026.12> [YYYY-MM-DD]; nothing was written');
  process.exit(1);
}
copyFileSync(new URL('supergraph.graphql', schemaDir), new URL('released/supergraph.graphql', schemaDir));
copyFileSync(new URL('api.graphql', schemaDir), new URL('released/api.graphql', schemaDir));
writeFileSync(
  new URL('released/RELEASE.json', schemaDir),
  `${JSON.stringify({ release, releasedOn: day }, null, 2)}\n`,
);
writeFileSync(new URL('approvals.json', schemaDir), '[]\n');
console.log(`schema/released/ now holds release ${release} of ${day}; schema/approvals.json is empty again`);
