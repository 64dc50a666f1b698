/**
 * `pnpm start`'s first step, plain JavaScript without dependencies: checks the Node.js version and
 * that `pnpm install` ran, each with one sentence instead of a stack trace, then runs scripts/start.ts
 * in this same process through tsx's loader (no second Node process, and the ready banner's time
 * counts from this process's start).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

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

const { register } = await import('tsx/esm/api');
register();
await import('./start.ts');
