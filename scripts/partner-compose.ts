/**
 * `pnpm partner:compose <name> <graphql-url> [--out <file>]`: the check a partner runs before asking
 * to join (docs/joining.md, "Registering your subgraph"). Fetches the SDL of a running subgraph from
 * its `_service { sdl }` (signed with `GATEWAY_SIGNING_SECRET` when that is set), composes it with the
 * hub's committed subgraph SDLs (schema/subgraphs/<name>.graphql of scripts/hub-subgraphs.json) and
 * prints the composition's errors and hints. With `--out` it writes the supergraph, which the gateway
 * serves with `SUPERGRAPH_PATH=<file> SUBGRAPH_<NAME>_URL=<graphql-url>`. Writes nothing in schema/.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type CompositionResult, composeServices } from '@apollo/composition';
import { GATEWAY_SIGNATURE_HEADER, GatewaySigner } from '@kaz/auth';
import { parse } from 'graphql';
import { hubSubgraphEntries } from './hub-names.ts';

/** A subgraph that runs outside this repository. */
export interface PartnerSubgraph {
  /** Its service name: lowercase letters and digits, no name of the hub's subgraphs. */
  name: string;
  /** Its GraphQL URL, the routing URL in the supergraph. */
  url: string;
  /** Its SDL, as its `_service { sdl }` answers. */
  sdl: string;
}

/**
 * The SDL a subgraph answers to `{ _service { sdl } }` at `url`, the request signed when
 * `signingSecret` is given. Throws with the reason when it does not answer with one.
 */
export async function fetchSubgraphSdl(url: string, signingSecret?: string | undefined): Promise<string> {
  const body = JSON.stringify({ query: '{ _service { sdl } }' });
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (signingSecret) headers[GATEWAY_SIGNATURE_HEADER] = new GatewaySigner(signingSecret).sign('POST', body);
  const response = await fetch(url, { method: 'POST', headers, body, signal: AbortSignal.timeout(10_000) }).catch(
    (error: unknown) => {
      const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message;
      throw new Error(`${url} could not be reached (${cause})`);
    },
  );
  const answer = (await response.json().catch(() => undefined)) as
    | { data?: { _service?: { sdl?: unknown } }; errors?: { message: string }[] }
    | undefined;
  const sdl = answer?.data?._service?.sdl;
  if (typeof sdl !== 'string') {
    const why = answer?.errors?.map((error) => error.message).join('; ') ?? `HTTP ${response.status}`;
    throw new Error(`${url} answered no SDL to { _service { sdl } }: ${why}`);
  }
  return sdl;
}

/**
 * The hub's committed subgraph SDLs (their local routing URLs) composed with the partner's. Throws
 * when the partner's name is malformed or one of the hub's; composition errors are in the result.
 */
export function composeWithHub(partner: PartnerSubgraph): CompositionResult {
  if (!/^[a-z][a-z0-9]{1,29}$/.test(partner.name)) {
    throw new Error(`"${partner.name}" is not a subgraph name: use 2 to 30 lowercase letters and digits`);
  }
  if (hubSubgraphEntries.some((entry) => entry.name === partner.name)) {
    throw new Error(`"${partner.name}" is taken: the hub has a subgraph of that name`);
  }
  return composeServices([
    ...hubSubgraphEntries.map(({ name, defaultPort }) => ({
      name,
      url: `http://localhost:${defaultPort}/graphql`,
      typeDefs: parse(readFileSync(new URL(`../schema/subgraphs/${name}.graphql`, import.meta.url), 'utf8')),
    })),
    { name: partner.name, url: partner.url, typeDefs: parse(partner.sdl) },
  ]);
}

async function main(args: string[]): Promise<number> {
  const usage = 'usage: pnpm partner:compose <name> <graphql-url> [--out <supergraph file>]';
  const out = args.indexOf('--out');
  const file = out >= 0 ? args[out + 1] : undefined;
  const [name, url, ...rest] = out >= 0 ? args.filter((_, i) => i !== out && i !== out + 1) : args;
  if (!name || !url || rest.length > 0 || (out >= 0 && !file)) {
    console.error(usage);
    return 1;
  }
  try {
    const sdl = await fetchSubgraphSdl(url, process.env.GATEWAY_SIGNING_SECRET || undefined);
    const result = composeWithHub({ name, url, sdl });
    for (const hint of result.hints ?? []) console.warn(`hint: ${hint.definition.code}: ${hint.message}`);
    if (result.errors) {
      console.error(`${name} does not compose with the hub's subgraphs:`);
      for (const error of result.errors) console.error(`- ${error.message}`);
      return 1;
    }
    if (file) writeFileSync(file, `${result.supergraphSdl.trimEnd()}\n`);
    console.log(
      `${name} composes with the hub's ${hubSubgraphEntries.length} subgraphs` +
        (file ? `; supergraph written to ${file}` : ''),
    );
    return 0;
  } catch (error) {
    console.error(`partner:compose: ${(error as Error).message}`);
    return 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
