// journal edit --editor runs the editor with no shell, on a file whose name is ours, and ids that a
// shell or a terminal could read as commands are refused at import (issue 21, item 2).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ROOT, cli, removeDir, tempDir } from '../helpers/cli.js';
import { snapshot, writeStore, type FixtureEntry } from '../helpers/fixture-store.js';

const EDITOR = join(ROOT, 'test', 'fixtures', 'editor.mjs');
const ID = 'aaaa1111-0000-4000-8000-000000000001';
const CHECKIN: FixtureEntry = { id: ID, kind: 'checkin', worksheet: { id: 'daily-check-in', version: 1 }, point: null, date: '2026-09-05', answers: { mood: 6, urge: 2, onTrack: true } };

/** Text that a shell would run, and terminal escapes; each as an id in an import. */
const HOSTILE_IDS = ['$(id>x)-a', '`id>x`', 'a;id>x', 'a|id', 'a&&id', '../../etc/passwd', 'a b', 'a\u001b]0;pwned\u0007', 'a\nb', 'é', 'x'.repeat(129), 'a.json'];

let home: string;
beforeEach(() => {
  home = tempDir();
  writeStore(home, [CHECKIN]);
});
afterEach(() => removeDir(home));

const stored = () => JSON.parse(readFileSync(join(home, 'entries', '2026-09.json'), 'utf8')).entries as { id: string; answers: Record<string, unknown> }[];

function importFile(entries: object[]): string {
  const exported = JSON.parse(cli(home, ['export', '--format', 'json']).stdout) as { entries: object[] };
  const file = join(home, 'in.json');
  writeFileSync(file, JSON.stringify({ ...exported, entries }));
  return file;
}

describe('an import with an id that is not letters, digits, - and _', () => {
  it.each(HOSTILE_IDS.map((id) => [JSON.stringify(id), id]))('is refused whole, exit 2, in one line: %s', (_label, id) => {
    const file = importFile([{ ...stored()[0], id: 'fine-1' }, { ...stored()[0], id }]);
    const before = snapshot(home);
    const r = cli(home, ['import', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^fourpoint: .*entry 2 has the id .*, so nothing was imported\n$/);
    // Escapes are shown as text, never sent to the terminal.
    expect(r.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
    expect(snapshot(home)).toEqual(before);
    expect(existsSync(join(home, 'x'))).toBe(false);
  });

  it('is refused when an id differs only in case from a stored one or another in the file', () => {
    const before = snapshot(home);
    for (const entries of [[{ ...stored()[0], id: ID.toUpperCase() }], [{ ...stored()[0], id: 'Same-1' }, { ...stored()[0], id: 'same-1' }]]) {
      const r = cli(home, ['import', importFile(entries)]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('differs only in case');
      expect(snapshot(home)).toEqual({ ...before, 'in.json': readFileSync(join(home, 'in.json'), 'utf8') });
    }
  });
});

describe('journal edit --editor', () => {
  it('runs an editor setting with arguments, quoted paths included, and passes the file last', () => {
    const log = join(home, 'editor log.txt');
    const r = cli(home, ['journal', 'edit', 'aaaa', '--editor'], { env: { EDITOR: `"${process.execPath}" '${EDITOR}' --log "${log}" --set mood=3` } });
    expect(r.stderr).toMatch(/^Saved your changes/);
    expect(r.code).toBe(0);
    expect(stored()[0]!.answers.mood).toBe(3);
    const [args] = readFileSync(log, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as string[]);
    expect(args!.slice(0, 4)).toEqual(['--log', log, '--set', 'mood=3']);
    // The file's name is ours, not made from the entry's id.
    expect(args!.at(-1)).toMatch(/fourpoint-edit-[^/]+\/answers\.json$/);
  });

  it('never runs shell text, whether in the editor setting or in an id stored by an older fourpoint', () => {
    // $VISUAL wins over $EDITOR; its $(…) and ; are words for the editor, not commands.
    const r = cli(home, ['journal', 'edit', 'aaaa', '--editor'], { env: { VISUAL: `${process.execPath} ${EDITOR} --set mood=4 $(touch made-by-shell) ; touch made-by-shell`, EDITOR: 'false' } });
    expect(r.code).toBe(0);
    expect(stored()[0]!.answers.mood).toBe(4);
    // An id the old import let in, as in the issue: the store now calls that month damaged, and nothing runs.
    writeStore(home, [{ ...CHECKIN, id: '$(id>x)-a' }]);
    const edit = cli(home, ['journal', 'edit', '$(id', '--editor'], { env: { EDITOR: `${process.execPath} ${EDITOR} --set mood=5` } });
    expect(edit.code).toBe(1);
    expect(edit.stderr).toContain('2026-09.json');
    expect(readdirSync(home).filter((n) => n === 'x' || n === 'made-by-shell')).toEqual([]);
  });
});
