// Whole-history commands as a person with years of entries runs them, now that they stream a month at a
// time: an export killed mid-write leaves the old file or none, never part of one; a reader that stops
// early (| head -1) ends them quietly. (Peak memory at 50,000 entries is measured in bench/STREAM-NOTES.md:
// a heap limit in a test did not tell streaming from holding everything, nor did RSS at a test's size.)
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: the bench's generator is plain JavaScript
import { syntheticEntries } from '../../bench/synthetic.mjs';
import type { Entry } from '../../src/domain/entry.js';
import { Store } from '../../src/store/store.js';
import { BIN, removeDir, tempDir } from '../helpers/cli.js';

const ENTRIES = 8000;
const TODAY = '2026-11-23';
let home: string;
let out: string;

beforeAll(() => {
  home = tempDir();
  out = tempDir();
  const entries = (syntheticEntries as (size: number, today: string) => Entry[])(ENTRIES, TODAY);
  new Store(home).addEntries(entries);
}, 60_000);
afterAll(() => [home, out].forEach(removeDir));

const env = () => ({ PATH: process.env.PATH, HOME: home, TZ: 'UTC', NO_COLOR: '1', FOURPOINT_HOME: home });

function spawned(args: string[]) {
  return spawn(process.execPath, [BIN, ...args], { env: env(), stdio: ['ignore', 'pipe', 'pipe'] });
}

describe('whole-history commands on years of entries', () => {
  it('leaves the old file or the whole new one when killed mid-write, never part of one', async () => {
    const file = join(out, 'kept.json');
    const old = '{"an": "older export"}\n';
    const whole = (text: string) => {
      const doc = JSON.parse(text) as { entries: unknown[] };
      return doc.entries.length === ENTRIES;
    };
    const seen = { tried: 0, old: 0, whole: 0, partial: 0, none: 0 };
    for (let i = 0; i < 6; i++) {
      const fresh = i % 2 === 1;
      if (fresh) removeDir(file);
      else writeFileSync(file, old);
      const child = spawned(['export', '--format', 'json', '--out', file, '--force']);
      const exited = once(child, 'exit');
      // Killed once its temporary file holds something: the export is under way.
      const deadline = Date.now() + 20_000;
      let writing = false;
      while (!writing && Date.now() < deadline && child.exitCode === null) {
        writing = readdirSync(out).some((n) => n.startsWith('.kept.json.') && statSync(join(out, n), { throwIfNoEntry: false })?.size);
      }
      child.kill('SIGKILL');
      await exited;
      seen.tried += 1;
      if (!existsSync(file)) {
        expect(fresh).toBe(true);
        seen.none += 1;
        continue;
      }
      const text = readFileSync(file, 'utf8');
      if (text === old && !fresh) seen.old += 1;
      else if (whole(text)) seen.whole += 1;
      else seen.partial += 1;
      if (text !== old) expect(statSync(file).mode & 0o777).toBe(0o600);
    }
    console.log(`export SIGKILL mid-write: tried ${seen.tried}, old kept ${seen.old}, no file ${seen.none}, whole new ${seen.whole}, partial ${seen.partial}`);
    expect(seen.partial).toBe(0);
  }, 120_000);

  it.each([
    [['export', '--format', 'md']],
    [['export', '--format', 'json']],
    [['journal', 'list']],
  ])('ends quietly when the reader stops after the first line (%j | head -1)', async (args) => {
    const child = spawned(args);
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = once(child, 'exit');
    await once(child.stdout, 'data');
    child.stdout.destroy();
    const [code, signal] = (await exited) as [number | null, string | null];
    expect(signal).toBeNull();
    expect(code).toBe(0);
    expect(stderr).not.toMatch(/Error|EPIPE|\n\s+at /);
  }, 60_000);
});
