// A damaged store file: never overwritten, named with its newest backup, reported and repaired by doctor.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli, removeDir, tempDir } from '../helpers/cli.js';

function allFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? allFiles(p) : [p];
  });
}
const snapshot = (dir: string) => Object.fromEntries(allFiles(dir).map((f) => [f, createHash('sha256').update(readFileSync(f)).digest('hex')]));

const DAMAGE: Record<string, (good: string) => string> = {
  truncated: (good) => good.slice(0, Math.floor(good.length / 2)),
  garbage: () => '\u0000\u00ff not json at all',
  'schema-invalid': (good) => good.replace('"intensity":', '"intensity":"loud","x":').replace('"kind":"urge"', '"kind":"shouting"'),
};

describe.each(Object.entries(DAMAGE))('a %s month file', (_name, damage) => {
  let home: string;
  beforeEach(() => {
    home = tempDir();
  });
  afterEach(() => removeDir(home));

  it('is left untouched, named with its newest backup, and restored by doctor --repair', () => {
    const fill = (date: string) => cli(home, ['worksheet', 'fill', 'urge-log', '--set', 'intensity=5', '--date', date]);
    expect(fill('2026-10-04').code).toBe(0);
    expect(fill('2026-10-05').code).toBe(0); // the day's backup is made before this one
    expect(fill('2026-11-01').code).toBe(0);
    const month = join(home, 'entries', '2026-10.json');
    const damaged = Buffer.from(damage(readFileSync(month, 'utf8')));
    writeFileSync(month, damaged);
    chmodSync(join(home, 'store.json'), 0o644);
    const before = snapshot(home);

    // Reading and writing that month both stop with the file and the backup named, and change nothing.
    for (const args of [['journal', 'list'], ['worksheet', 'fill', 'urge-log', '--set', 'intensity=2', '--date', '2026-10-09']]) {
      const r = cli(home, args);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(month);
      expect(r.stderr).toMatch(/newest backup: \S+backups\/\d{4}-\d{2}-\d{2}\/entries\/2026-10\.json/);
      expect(r.stderr).toContain('fourpoint doctor --repair');
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(snapshot(home)).toEqual(before);
    }

    const doctor = cli(home, ['doctor', '--json']);
    expect(doctor.code).toBe(1);
    const report = JSON.parse(doctor.stdout);
    expect(report.files.find((f: { file: string }) => f.file === 'entries/2026-10.json').ok).toBe(false);
    expect(report.files.find((f: { file: string }) => f.file === 'entries/2026-11.json')).toMatchObject({ ok: true, entries: 1 });
    expect(report.permissions).toEqual(['store.json (644)']);
    expect(report.backups.length).toBeGreaterThan(0);
    expect(snapshot(home)).toEqual(before);

    const repaired = cli(home, ['doctor', '--repair']);
    expect(repaired.code).toBe(0);
    expect(repaired.stderr).toContain('restored from');
    // The damaged file is kept aside, byte for byte.
    const aside = allFiles(join(home, 'broken'));
    expect(aside).toHaveLength(1);
    expect(readFileSync(aside[0]!).equals(damaged)).toBe(true);
    expect(statSync(join(home, 'store.json')).mode & 0o777).toBe(0o600);
    const listed = cli(home, ['journal', 'list', '--json']);
    expect(listed.code).toBe(0);
    // The Oct 5 entry, written after the backup, comes back where the damaged file still parses (merged by id).
    const recovered = _name === 'schema-invalid' ? ['2026-10-05'] : [];
    expect((JSON.parse(listed.stdout) as { date: string }[]).map((e) => e.date)).toEqual(['2026-10-04', ...recovered, '2026-11-01']);
    expect(repaired.stderr).toContain(recovered.length ? 'merged by id: 1 entry' : 'could not be recovered');
  });
});

describe('doctor on leftovers of a killed process', () => {
  let home: string;
  beforeEach(() => {
    home = tempDir();
  });
  afterEach(() => removeDir(home));

  it('reports a dead process lock and temporary files, and the next change clears them', async () => {
    expect(cli(home, ['worksheet', 'fill', 'urge-log', '--set', 'intensity=5']).code).toBe(0);
    const { spawnSync } = await import('node:child_process');
    const dead = spawnSync(process.execPath, ['-e', '0']).pid;
    writeFileSync(join(home, '.lock'), `${dead}\nfeedbeef\n`, { mode: 0o600 });
    writeFileSync(join(home, 'entries', `.2026-11.json.${dead}.abcd1234.tmp`), 'half a write', { mode: 0o600 });
    const report = JSON.parse(cli(home, ['doctor', '--json']).stdout);
    expect(report.lock).toEqual({ state: 'stale', pid: dead });
    expect(report.strayFiles).toEqual([`entries/.2026-11.json.${dead}.abcd1234.tmp`]);
    expect(report.ok).toBe(true);
    expect(report.entries).toBe(1);

    expect(cli(home, ['worksheet', 'fill', 'urge-log', '--set', 'intensity=3']).code).toBe(0);
    const after = JSON.parse(cli(home, ['doctor', '--json']).stdout);
    expect(after.lock).toEqual({ state: 'free' });
    expect(after.strayFiles).toEqual([]);
    expect(after.entries).toBe(2);
  });
});
