// Runs the built CLI on a day of the test's choosing: a preload (fake-now.mjs) moves Date to noon UTC of
// that day, so tests with dates in them (a review date still to come, a hundred days of check-ins) never
// depend on when they run.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './cli.js';

const PRELOAD = pathToFileURL(join(ROOT, 'test', 'helpers', 'fake-now.mjs')).href;

/** Environment for `cli(home, args, { env: onDay('2026-11-23') })`. */
export function onDay(day: string): Record<string, string> {
  return { NODE_OPTIONS: `--import=${PRELOAD}`, FOURPOINT_TEST_NOW: `${day}T12:00:00Z` };
}
