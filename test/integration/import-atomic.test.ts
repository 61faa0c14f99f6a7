// An import lands whole or not at all, even when killed at any moment (issue 21, item 8).
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, cli, killedAfter, removeDir, tempDir } from '../helpers/cli.js';
import { writeMonthsExport } from '../helpers/big-import.js';

const MONTHS = 200;
const TRIALS = 5;

function storedCount(home: string): number {
  const listed = cli(home, ['journal', 'list', '--json']);
  expect(listed.stderr).toBe('');
  return (JSON.parse(listed.stdout) as unknown[]).length;
}

describe('a 200-month import killed at random points', () => {
  let home: string;
  let files: string;
  beforeAll(() => {
    home = tempDir();
    files = tempDir();
  });
  afterAll(() => {
    removeDir(home);
    removeDir(files);
  });

  it('leaves all of it or none of it, and the next command finishes or undoes it', async () => {
    const started = Date.now();
    expect(cli(home, ['import', writeMonthsExport(files, 'timing', MONTHS)]).code).toBe(0);
    const importMs = Date.now() - started;
    let count = storedCount(home);
    const figures = { tried: 0, whole: 0, none: 0, partial: 0 };
    for (let t = 0; t < TRIALS; t++) {
      const file = writeMonthsExport(files, `trial${t}`, MONTHS);
      await killedAfter([BIN, 'import', file], importMs * (0.2 + Math.random()), home);
      const now = storedCount(home);
      figures.tried += 1;
      if (now === count + MONTHS) figures.whole += 1;
      else if (now === count) figures.none += 1;
      else figures.partial += 1;
      count = now;
      // No journal is left once a command has run (a staging folder without one is invisible, cleared by the next change).
      expect(readdirSync(home).filter((n) => n === '.commit')).toEqual([]);
    }
    console.log(`import SIGKILL: tried ${figures.tried}, whole ${figures.whole}, none ${figures.none}, partial states seen ${figures.partial}`);
    expect(figures.partial).toBe(0);
    expect(cli(home, ['checkin', '--mood', '5', '--urge', '2', '--on-track']).code).toBe(0);
    expect(readdirSync(home).filter((n) => n.startsWith('.staged-') || n === '.commit')).toEqual([]);
    expect(cli(home, ['doctor']).code).toBe(0);
  }, 180_000);

  it('doctor reports a commit left by a killed import and --repair rolls it forward', () => {
    const h = tempDir();
    try {
      expect(cli(h, ['import', writeMonthsExport(files, 'small', 3)]).code).toBe(0);
      // What a kill right after the commit point leaves: the journal and a staged month not yet renamed.
      const stage = '.staged-999999.abcd';
      const month = JSON.parse(cli(h, ['export', '--format', 'json']).stdout).entries[0];
      const leave = (m: string) => {
        mkdirSync(join(h, stage, 'entries'), { recursive: true });
        writeFileSync(join(h, stage, 'entries', `${m}.json`), JSON.stringify({ schemaVersion: 1, month: m, entries: [{ ...month, id: `staged-${m}`, date: `${m}-10` }] }));
        writeFileSync(join(h, '.commit'), JSON.stringify({ stage, files: [`entries/${m}.json`] }));
      };
      leave('2010-05');
      expect(cli(h, ['doctor']).stdout).toContain('an import was interrupted after it was committed');
      leave('2010-06');
      const repaired = cli(h, ['doctor', '--repair']);
      expect(repaired.stdout + repaired.stderr).toContain('finished an import that was interrupted');
      expect(storedCount(h)).toBe(5);
      // Staged but never committed: undone.
      mkdirSync(join(h, stage, 'entries'), { recursive: true });
      writeFileSync(join(h, stage, 'entries', '2011-05.json'), '{}');
      expect(storedCount(h)).toBe(5);
      cli(h, ['checkin', '--mood', '5', '--urge', '2', '--on-track']);
      expect(readdirSync(h).filter((n) => n.startsWith('.staged-'))).toEqual([]);
    } finally {
      removeDir(h);
    }
  });
});
