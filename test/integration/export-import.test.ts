// export and import as a person runs them: files, modes, refusals, exit codes, and a store left alone
// when the file is not a valid export.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { lint } from 'markdownlint/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, removeDir, tempDir } from '../helpers/cli.js';
import { parseCsv } from '../helpers/csv-parse.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach(removeDir));
function fresh(): string {
  const dir = tempDir();
  dirs.push(dir);
  return dir;
}

/** Every file under `dir` with its bytes and mode, to prove nothing changed. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const visit = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      const st = statSync(path);
      if (st.isDirectory()) visit(path);
      else out[relative(dir, path)] = `${(st.mode & 0o777).toString(8)} ${readFileSync(path).toString('base64')}`;
    }
  };
  visit(dir);
  return out;
}

function ok(home: string, args: string[]) {
  const r = cli(home, args);
  expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(0);
  return r;
}

let home: string;
beforeAll(() => {
  home = fresh();
  ok(home, ['init', '--behaviour', 'alcohol', '--start-date', '2026-11-01']);
  ok(home, ['checkin', '--date', '2026-11-02', '--mood', '4', '--urge', '8', '--lapsed', '--trigger', '=cmd|calc', '--note', '# not a heading | *nor* `code`, "quoted"']);
  ok(home, ['checkin', '--date', '2026-11-20', '--mood', '7', '--urge', '2', '--on-track', '--coping', 'went for a walk', '--note', 'a good day 😀']);
  ok(home, ['checkin', '--date', '2026-11-20', '--mood', '6', '--urge', '3', '--on-track', '--add', '--note', 'second check-in on the same day']);
});

describe('fourpoint export', () => {
  it('prints Markdown to stdout that markdownlint accepts, with nothing else on stdout', () => {
    const r = ok(home, ['export']);
    expect(r.stdout.startsWith('# fourpoint journal\n')).toBe(true);
    expect(lint({ strings: { doc: r.stdout } }).doc).toEqual([]);
    expect(r.stdout.replace(/\s+/g, ' ')).toContain('\\# not a heading \\| \\*nor\\* \\`code\\`');
  });

  it('applies the journal filters', () => {
    const r = ok(home, ['export', '--format', 'json', '--kind', 'checkin', '--since', '2026-11-10']);
    const doc = JSON.parse(r.stdout) as { format: string; version: number; schemaVersion: number; entries: { date: string }[] };
    expect(doc.format).toBe('fourpoint-export');
    expect(doc.entries.map((e) => e.date)).toEqual(['2026-11-20', '2026-11-20']);
  });

  it('writes CSV rows a spreadsheet can read, with formulas defused', () => {
    const rows = parseCsv(ok(home, ['export', '--format', 'csv']).stdout);
    expect(rows[0]).toEqual(['date', 'mood', 'urge', 'on track', 'triggers', 'coping', 'note']);
    expect(rows[1]).toEqual(['2026-11-02', '4', '8', 'no', "'=cmd|calc", '', '# not a heading | *nor* `code`, "quoted"']);
    expect(rows).toHaveLength(4);
    expect(ok(home, ['export', '--help']).stdout).toMatch(/formula/);
  });

  it('writes --out with mode 0600 and never replaces a file without --force', () => {
    const out = join(fresh(), 'journal.md');
    const first = ok(home, ['export', '--kind', 'checkin', '--out', out]);
    expect(first.stdout).toBe('');
    expect(first.stderr).toContain(`Wrote 3 entries to ${out}`);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    writeFileSync(out, 'mine');
    const again = cli(home, ['export', '--format', 'csv', '--out', out]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exists');
    expect(readFileSync(out, 'utf8')).toBe('mine');
    ok(home, ['export', '--format', 'csv', '--out', out, '--force']);
    expect(readFileSync(out, 'utf8').startsWith('date,mood')).toBe(true);
    expect(statSync(out).mode & 0o777).toBe(0o600);
  });

  it('--split writes one linted file per entry, named by date, worksheet and id', () => {
    const dir = join(fresh(), 'journal');
    ok(home, ['export', '--kind', 'checkin', '--split', dir]);
    const names = readdirSync(dir).sort();
    expect(names).toHaveLength(3);
    for (const name of names) {
      expect(name).toMatch(/^2026-11-\d\d-daily-check-in-[0-9a-f]{8}\.md$/);
      expect(lint({ strings: { doc: readFileSync(join(dir, name), 'utf8') } }).doc).toEqual([]);
    }
    const again = cli(home, ['export', '--split', dir]);
    expect(again.code).toBe(2);
    expect(cli(home, ['export', '--split', dir, '--format', 'json']).code).toBe(2);
  });
});

describe('fourpoint import', () => {
  let backup: string;
  beforeAll(() => {
    backup = join(fresh(), 'backup.json');
    // Check-ins only: milestones reached up to the real today would make the counts depend on the date.
    ok(home, ['export', '--format', 'json', '--kind', 'checkin', '--out', backup]);
  });

  it('restores everything into an empty data folder', () => {
    const other = fresh();
    const r = ok(other, ['import', backup]);
    expect(r.stderr).toContain('Added 3 entries, skipped 0 already here, rejected 0.');
    expect(JSON.parse(ok(other, ['journal', 'list', '--json']).stdout)).toEqual(JSON.parse(ok(home, ['journal', 'list', '--json', '--kind', 'checkin']).stdout));
    expect(r.stderr).toContain('Took the profile');
  });

  it('keeps entries and the profile already there, and replaces them with --overwrite', () => {
    const other = fresh();
    ok(other, ['import', backup]);
    ok(other, ['init', '--behaviour', 'gambling', '--start-date', '2026-10-01']);
    const doc = JSON.parse(readFileSync(backup, 'utf8'));
    doc.entries[0].answers.note = 'changed in the file';
    const changed = join(fresh(), 'changed.json');
    writeFileSync(changed, JSON.stringify(doc));

    const keep = ok(other, ['import', changed]);
    expect(keep.stderr).toContain('Added 0 entries, skipped 3 already here');
    expect(keep.stderr).toContain('Kept your profile');
    expect(ok(other, ['export', '--format', 'json']).stdout).not.toContain('changed in the file');

    const dry = ok(other, ['import', changed, '--overwrite', '--dry-run']);
    expect(dry.stderr).toContain('would replace 3');
    expect(ok(other, ['export', '--format', 'json']).stdout).not.toContain('changed in the file');

    const replace = ok(other, ['import', changed, '--overwrite']);
    expect(replace.stderr).toContain('replaced 3');
    const after = JSON.parse(ok(other, ['export', '--format', 'json']).stdout);
    expect(after.entries).toHaveLength(3);
    expect(after.entries.map((e: { answers: { note?: string } }) => e.answers.note)).toContain('changed in the file');
    expect(after.profile.behaviours).toEqual(['alcohol']);
  });

  it('rejects bad entries one by one, with the reason, and imports the rest', () => {
    const doc = JSON.parse(readFileSync(backup, 'utf8'));
    doc.entries[0].answers.mood = 11;
    delete doc.entries[1].date;
    doc.entries.push({ ...doc.entries[2] });
    const file = join(fresh(), 'mixed.json');
    writeFileSync(file, JSON.stringify(doc));
    const other = fresh();
    const r = cli(other, ['import', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Added 1 entry, skipped 0 already here, rejected 3.');
    expect(r.stderr).toMatch(/rejected entry 1 \(id "[^"]+"\): answers\.mood: must be a whole number from 1 to 10/);
    expect(r.stderr).toMatch(/rejected entry 2 \(id "[^"]+"\): date: /);
    expect(r.stderr).toMatch(/rejected entry 4 \(id "[^"]+"\): the same id appears earlier in the file/);
  });

  const broken: Record<string, (doc: Record<string, unknown>) => string> = {
    'not JSON': () => '{"format": "fourpoint-export", ',
    'a list': () => '[]',
    'another format': (d) => JSON.stringify({ ...d, format: 'something-else' }),
    'a newer version': (d) => JSON.stringify({ ...d, version: 99 }),
    'a newer schema': (d) => JSON.stringify({ ...d, schemaVersion: 99 }),
    'entries that are not a list': (d) => JSON.stringify({ ...d, entries: { a: 1 } }),
    'a broken profile': (d) => JSON.stringify({ ...d, profile: { behaviours: [] } }),
  };
  for (const [name, make] of Object.entries(broken)) {
    it(`refuses ${name} with exit 2 and leaves the store byte for byte`, () => {
      const file = join(fresh(), 'broken.json');
      writeFileSync(file, make(JSON.parse(readFileSync(backup, 'utf8'))));
      const before = snapshot(home);
      const r = cli(home, ['import', file, '--overwrite']);
      expect(r.code).toBe(2);
      expect(r.stderr.split('\n')[0]).toMatch(/^fourpoint: .*nothing was imported/);
      expect(snapshot(home)).toEqual(before);
    });
  }

  it('refuses a file that is not there with exit 2', () => {
    const r = cli(home, ['import', join(home, 'missing.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cannot read');
    expect(existsSync(join(home, 'missing.json'))).toBe(false);
  });
});

// A folder the person exports into keeps its own mode (the store's writer would make it 0700).
describe('export into the current folder', () => {
  it('leaves the folder mode alone', () => {
    const dir = fresh();
    const target = join(dir, 'shared');
    mkdirSync(target, { mode: 0o755 });
    ok(home, ['export', '--out', join(target, 'j.md')]);
    expect(statSync(target).mode & 0o777).toBe(0o755);
  });
});
