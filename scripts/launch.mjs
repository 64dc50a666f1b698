/**
 * `pnpm start`'s first step, plain JavaScript without dependencies: checks the Node.js version and
 * that `pnpm install` ran, each with one sentence instead of a stack trace, then runs scripts/start.ts
 * in this same process from its JavaScript build (scripts/compile.mjs), or through tsx's loader when
 * there is none (no second Node process, and the ready banner's time counts from this process's start).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  console.error(`Node.js 20.19 or newer is needed; this is ${process.version}.`);
  process.exit(1);
}

const root = new URL('..', import.meta.url);
const required = ['node_modules/tsx/package.json', 'node_modules/@kaz/gateway/package.json'];
if (!required.every((path) => existsSync(fileURLToPath(new URL(path, root))))) {
  console.error('Run `pnpm install` first: dependencies are missing.');
  process.exit(1);
}

// The hub runs from a JavaScript build (scripts/compile.mjs: made once, again only after a source
// change). HUB_COMPILE=false, or a failed build, runs the TypeScript through tsx instead.
let compiled;
if (process.env.HUB_COMPILE !== 'false') {
  try {
    const { compiledEntry } = await import('./compile.mjs');
    compiled = await compiledEntry('scripts/start.ts', { alsoDependsOn: ['scripts/hub-subgraphs.json'] });
    if (compiled.built) console.log(`Built the hub's code in ${(compiled.ms / 1000).toFixed(1)} s (once per change).`);
  } catch (error) {
    console.warn(`Could not build the hub's code (${error.message.split('\n')[0]}); starting from TypeScript.`);
  }
}
// The Programm-Cockpit (apps/cockpit) is served at /cockpit/ from its static build, made here when
// it is missing or older than its sources. A failed build leaves the hub running without it.
try {
  const { buildCockpit } = await import('./cockpit-build.mjs');
  const ms = buildCockpit({ quiet: true });
  if (ms) console.log(`Built the cockpit in ${(ms / 1000).toFixed(1)} s (once per change).`);
} catch (error) {
  console.warn(`Could not build the cockpit (${error.message.split('\n')[0]}); the hub starts without it.`);
}

if (compiled) {
  await import(pathToFileURL(compiled.file).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('./start.ts');
}
