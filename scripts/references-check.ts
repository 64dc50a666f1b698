/**
 * `pnpm references:check [--json]`: lists the dangling references across all subgraphs — records
 * that name another partner's record which is missing, withdrawn (a decision) or dissolved (a
 * Kommune). Each subgraph declares its outgoing references (`SubgraphDefinition.references`); the
 * audit lists those records on the declaring subgraph and resolves the keys at the owner's `_entities`.
 *
 * Exit code 0 when nothing dangles, 1 when something does, 2 when the audit could not look
 * everywhere (a subgraph did not answer) or was called wrongly.
 *
 * Where the subgraphs are: `SUBGRAPH_<NAME>_URL` for each one, else the hub that `pnpm start` runs
 * (it writes .data/hub-urls.json), else the routing URLs of schema/supergraph.graphql. Token:
 * REFERENCE_AUDIT_TOKEN (a Kaz token with projects:write, contracts:write and security:read), else one minted by the
 * local development issuer (refused in production mode). GATEWAY_SIGNING_SECRET signs the requests.
 */
import { parseArgs } from 'node:util';
import { DEFAULT_DEV_ISSUER_DIR, isProduction, loadOrCreateDevIssuer } from '@kaz/auth';
import { referenceOwnersFromEnv } from '@kaz/subgraph-kit';
import { readHubUrls } from './hub-urls.ts';
import { type AuditReport, auditReferences } from './reference-audit.ts';
import { hubSubgraphs, routingUrl } from './subgraphs.ts';

const USAGE = `Usage: pnpm references:check [--json]

Lists records that refer to another partner's record which is missing, withdrawn or dissolved.
  --json   the report as JSON ({ checked, dangling: [{ subgraph, recordType, recordKey, field, owner, target, targetKey, reason }] })
Exit code: 0 nothing dangles, 1 dangling references found, 2 the audit failed.`;

function fail(message: string): never {
  console.error(`pnpm references:check: ${message}`);
  process.exit(2);
}

let values: { json: boolean; help: boolean };
try {
  values = parseArgs({
    options: { json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
  }).values as typeof values;
} catch (error) {
  fail(`${(error as Error).message}\n\n${USAGE}`);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

const urls: Record<string, string> = {
  ...Object.fromEntries(hubSubgraphs.map((subgraph) => [subgraph.definition.name, routingUrl(subgraph)])),
  ...readHubUrls(),
  ...referenceOwnersFromEnv(process.env).urls,
};

async function authorization(): Promise<string> {
  if (process.env.REFERENCE_AUDIT_TOKEN) return `Bearer ${process.env.REFERENCE_AUDIT_TOKEN}`;
  if (isProduction(process.env))
    fail('set REFERENCE_AUDIT_TOKEN: the local development issuer is refused in production mode');
  const issuer = await loadOrCreateDevIssuer(process.env.DEV_ISSUER_DIR || DEFAULT_DEV_ISSUER_DIR);
  const token = await issuer.sign({
    org: 'kaz',
    scopes: ['projects:write', 'contracts:write', 'security:read'],
    ttl: '10m',
    subject: 'reference-audit@kaz',
  });
  return `Bearer ${token}`;
}

let report: AuditReport;
try {
  report = await auditReferences({
    subgraphs: hubSubgraphs.map(({ definition }) => definition),
    urls,
    authorization: await authorization(),
    signingSecret: process.env.GATEWAY_SIGNING_SECRET || undefined,
  });
} catch (error) {
  fail(`the audit could not check every reference: ${(error as Error).message}`);
}

if (values.json) {
  console.log(JSON.stringify(report, null, 2));
} else if (report.dangling.length === 0) {
  console.log(`No dangling references (${report.checked} checked).`);
} else {
  console.log(`${report.dangling.length} dangling references (${report.checked} checked):`);
  for (const ref of report.dangling) {
    console.log(
      `  ${ref.recordType} ${ref.recordKey} (${ref.subgraph}) ${ref.field} → ${ref.target} ${ref.targetKey} (${ref.owner}): ${ref.reason}`,
    );
  }
}
process.exit(report.dangling.length === 0 ? 0 : 1);
