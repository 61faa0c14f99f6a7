// A month file is held to what its name promises (issue 21, item 1), and links inside the data folder
// are never followed out of it (item 3). Both through the built CLI, as a person would meet them.
import { chmodSync, mkdirSync, rmSync, readFileSync, statSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli, removeDir, tempDir } from '../helpers/cli.js';
import { snapshot } from '../helpers/files.js';

/** An export of `count` entries spread over months of 2010, cloned from a check-in the CLI itself saved. */
function exportAcrossMonths(home: string, count: number): string {
  const seed = tempDir();
  try {
    expect(cli(seed, ['init', '--behaviour', 'alcohol', '--start-date', '2010-01-01']).code).toBe(0);
    expect(cli(seed, ['checkin', '--mood', '5', '--urge', '2', '--on-track', '--date', '2010-01-05']).code).toBe(0);
    const exported = JSON.parse(cli(seed, ['export', '--format', 'json']).stdout) as { entries: { kind: string; date: string; id: string }[] };
    const checkin = exported.entries.find((e) => e.kind === 'checkin')!;
    exported.entries = Array.from({ length: count }, (_, i) => {
      const date = `2010-${String(1 + (i % 5)).padStart(2, '0')}-${String(1 + Math.floor(i / 5)).padStart(2, '0')}`;
      return { ...checkin, id: `imported-${i}`, date };
    });
    const file = join(home, 'import.json');
    writeFileSync(file, JSON.stringify(exported));
    return file;
  } finally {
    removeDir(seed);
  }
}

const monthIds = (home: string, month: string) =>
  (JSON.parse(readFileSync(join(home, 'entries', `${month}.json`), 'utf8')) as { entries: { id: string }[] }).entries.map((e) => e.id).sort();

describe('a month file whose "month" does not match its name', () => {
  let home: string;
  beforeEach(() => {
    home = tempDir();
  });
  afterEach(() => removeDir(home));

  it('stops every command that reads it, changes nothing, and doctor --repair mends it', () => {
    const file = exportAcrossMonths(home, 100);
    expect(cli(home, ['import', file]).code).toBe(0);
    const february = join(home, 'entries', '2010-02.json');
    const march = monthIds(home, '2010-03');
    expect(march).toHaveLength(20);
    // No backup to restore from: doctor --repair must mend the field itself.
    rmSync(join(home, 'backups'), { recursive: true, force: true });
    // The repro: the field says March, the name (and every entry) says February.
    writeFileSync(february, readFileSync(february, 'utf8').replace('"month":"2010-02"', '"month":"2010-03"'));
    const before = snapshot(home);

    const commands = [
      ['checkin', '--add', '--mood', '6', '--urge', '1', '--on-track', '--date', '2010-02-10'],
      ['journal', 'list', '--since', '2010-02-01', '--until', '2010-02-28'],
      ['export', '--format', 'json'],
    ];
    for (const args of commands) {
      const r = cli(home, args);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stderr).toContain(february);
      expect(r.stderr).toContain('fourpoint doctor --repair');
      expect(r.stderr.trim().split('\n').length).toBeLessThanOrEqual(2);
      expect(snapshot(home)).toEqual(before);
    }
    expect(monthIds(home, '2010-03')).toEqual(march);

    const repaired = cli(home, ['doctor', '--repair']);
    expect(repaired.stderr).toContain('month field');
    expect(cli(home, ['checkin', '--add', '--mood', '6', '--urge', '1', '--on-track', '--date', '2010-02-10']).code).toBe(0);
    // (A milestone the check-in reached may join March; none of March's entries may go.)
    expect(monthIds(home, '2010-03').filter((id) => id.startsWith('imported-'))).toEqual(march);
    expect(monthIds(home, '2010-02').filter((id) => id.startsWith('imported-'))).toHaveLength(20);
  });

  it('is damage too when an entry\'s day is outside the month, or an id appears twice', () => {
    const file = exportAcrossMonths(home, 10);
    expect(cli(home, ['import', file]).code).toBe(0);
    const february = join(home, 'entries', '2010-02.json');
    const good = readFileSync(february, 'utf8');
    const part = JSON.parse(good) as { entries: { id: string; date: string }[] };
    for (const damage of [
      () => ({ ...part, entries: part.entries.map((e, i) => (i === 0 ? { ...e, date: '2010-03-01' } : e)) }),
      () => ({ ...part, entries: [...part.entries, part.entries[0]] }),
    ]) {
      writeFileSync(february, JSON.stringify(damage()));
      const before = snapshot(home);
      const r = cli(home, ['checkin', '--add', '--mood', '6', '--urge', '1', '--on-track', '--date', '2010-02-10']);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(february);
      expect(snapshot(home)).toEqual(before);
      const doctor = JSON.parse(cli(home, ['doctor', '--json']).stdout) as { files: { file: string; ok: boolean }[] };
      expect(doctor.files.find((f) => f.file === 'entries/2010-02.json')?.ok).toBe(false);
    }
  });
});

describe('a link inside the data folder', () => {
  let home: string;
  let outside: string;
  beforeEach(() => {
    home = tempDir();
    outside = tempDir('fourpoint-outside-');
  });
  afterEach(() => {
    removeDir(home);
    removeDir(outside);
  });

  /** A store with a month file that is a link to a file outside it (mode 0644, so repair would want to chmod it). */
  function linkedMonth(): string {
    expect(cli(home, ['init', '--behaviour', 'alcohol', '--start-date', '2010-01-01']).code).toBe(0);
    expect(cli(home, ['checkin', '--mood', '5', '--urge', '2', '--on-track', '--date', '2010-01-05']).code).toBe(0);
    const target = join(outside, 'precious.json');
    writeFileSync(target, readFileSync(join(home, 'entries', '2010-01.json')));
    chmodSync(target, 0o644);
    symlinkSync(target, join(home, 'entries', '2009-12.json'));
    return target;
  }

  const state = (file: string) => ({ bytes: readFileSync(file, 'base64'), mode: statSync(file).mode & 0o777 });

  it('is reported by doctor, and doctor --repair neither reads nor chmods what it points at', () => {
    const target = linkedMonth();
    const before = state(target);
    chmodSync(outside, 0o755);
    symlinkSync(outside, join(home, 'cache', 'elsewhere'));
    const doctor = cli(home, ['doctor', '--json']);
    expect(doctor.code).toBe(1);
    const report = JSON.parse(doctor.stdout) as { links: string[]; permissions: string[] };
    expect(report.links).toEqual(expect.arrayContaining([`entries/2009-12.json -> ${target}`, `cache/elsewhere -> ${outside}`]));
    expect(report.permissions).toEqual([]);
    const repaired = cli(home, ['doctor', '--repair']);
    expect(repaired.stderr).toContain('entries/2009-12.json');
    expect(repaired.stderr).not.toMatch(/\n\s+at /);
    expect(state(target)).toEqual(before);
    expect(statSync(outside).mode & 0o777).toBe(0o755);
  });

  it('is left alone when encryption is turned on and off: the file it points at keeps its bytes and mode', () => {
    const target = linkedMonth();
    const before = state(target);
    // A linked folder too: encrypting through it would rewrite the files in the folder it points at.
    const folder = join(outside, 'folder');
    mkdirSync(folder);
    writeFileSync(join(folder, '2010-01.json'), readFileSync(target));
    symlinkSync(folder, join(home, 'broken'));
    const folderBefore = snapshot(folder);
    const env = { FOURPOINT_PASSPHRASE: 'a long enough passphrase' };
    const on = cli(home, ['config', 'set', 'encryption', 'on'], { env });
    expect(on.code).toBe(0);
    expect(state(target)).toEqual(before);
    expect(snapshot(folder)).toEqual(folderBefore);
    expect(on.stderr + on.stdout).toContain('entries/2009-12.json');
    expect(cli(home, ['config', 'set', 'encryption', 'off'], { env }).code).toBe(0);
    expect(state(target)).toEqual(before);
    expect(snapshot(folder)).toEqual(folderBefore);
    // No backup holds a copy of what the link points at.
    expect(existsSync(join(home, 'backups'))).toBe(true);
    const copies = Object.keys(snapshot(join(home, 'backups'))).filter((f) => f.endsWith('2009-12.json'));
    expect(copies).toEqual([]);
  });

  it('doctor --data-dir / looks only at a store\'s own layout: nothing to report, nothing written', () => {
    const started = Date.now();
    const r = cli(home, ['doctor', '--json', '--data-dir', '/']);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const report = JSON.parse(r.stdout) as { exists: boolean; permissions: string[] };
    expect(report.exists).toBe(false);
    expect(report.permissions).toEqual([]);
    // A folder that is not a store: repair writes nothing in it (no lock file either).
    const plain = join(outside, 'not-a-store');
    mkdirSync(plain, { mode: 0o755 });
    writeFileSync(join(plain, 'notes.txt'), 'mine');
    chmodSync(join(plain, 'notes.txt'), 0o644);
    cli(home, ['doctor', '--repair', '--data-dir', plain]);
    expect(snapshot(plain)).toEqual({ 'notes.txt': Buffer.from('mine').toString('base64') });
    expect(statSync(join(plain, 'notes.txt')).mode & 0o777).toBe(0o644);
    expect(statSync(plain).mode & 0o777).toBe(0o755);
    // Encryption there touches only a store's own files: a file of the person's own keeps its bytes.
    const on = cli(home, ['config', 'set', 'encryption', 'on', '--data-dir', plain], { env: { FOURPOINT_PASSPHRASE: 'a long enough passphrase' } });
    expect(on.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(join(plain, 'notes.txt'), 'utf8')).toBe('mine');
  });
});
