/**
 * Vitest global setup: builds the Programm-Cockpit once before any test file runs (when its build is
 * missing or stale), so that the browser tests in test/cockpit, running in parallel workers, all load
 * the same files and none builds into a folder another one is reading.
 */
import { buildCockpit } from '../../scripts/cockpit-build.mjs';

export default function setup() {
  buildCockpit({ quiet: true });
}
