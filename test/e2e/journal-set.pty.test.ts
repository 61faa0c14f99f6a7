// journal edit --set at a terminal asks before replacing a long text; a short one is replaced as asked.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli, removeDir, tempDir } from '../helpers/cli.js';
import { snapshot, writeStore } from '../helpers/fixture-store.js';
import { KEY, startPty } from '../helpers/pty.js';

const LONG = 'A long evening of thinking things through. '.repeat(100).trim();
let home: string;
beforeEach(() => {
  home = tempDir();
  writeStore(home, [
    { id: 'dddd4444-0000-4000-8000-000000000004', kind: 'checkin', worksheet: { id: 'daily-check-in', version: 1 }, date: '2026-10-15', answers: { mood: 5, urge: 2, onTrack: true, note: LONG } },
    { id: 'eeee5555-0000-4000-8000-000000000005', kind: 'checkin', worksheet: { id: 'daily-check-in', version: 1 }, date: '2026-10-16', answers: { mood: 5, urge: 2, onTrack: true, note: 'short' } },
  ]);
});
afterEach(() => removeDir(home));

const note = (id: string) => JSON.parse(cli(home, ['journal', 'show', id, '--json']).stdout).answers.note;

describe('journal edit --set at a terminal', () => {
  it('asks before replacing a long note; Enter (no) keeps it', async () => {
    const before = snapshot(home);
    const pty = startPty(['journal', 'edit', 'dddd', '--set', 'note=x'], { FOURPOINT_HOME: home, NO_COLOR: '1' });
    await pty.waitFor(`Replace your note of ${LONG.length.toLocaleString('en')} characters`);
    pty.type(KEY.enter);
    await pty.waitFor('Nothing was changed');
    expect(await pty.exit()).toBe(0);
    expect(snapshot(home)).toEqual(before);
  });

  it('"y" replaces it', async () => {
    const pty = startPty(['journal', 'edit', 'dddd', '--set', 'note=x'], { FOURPOINT_HOME: home, NO_COLOR: '1' });
    await pty.answer('Replace your note', `y${KEY.enter}`);
    await pty.waitFor('Saved your changes');
    expect(await pty.exit()).toBe(0);
    expect(note('dddd')).toBe('x');
  });

  it('a short note is replaced without asking', async () => {
    const pty = startPty(['journal', 'edit', 'eeee', '--set', 'note=x'], { FOURPOINT_HOME: home, NO_COLOR: '1' });
    await pty.waitFor('Saved your changes');
    expect(await pty.exit()).toBe(0);
    expect(note('eeee')).toBe('x');
    expect(pty.output()).not.toContain('Replace your');
  });

  it('a one-character id is refused, whatever it would match', async () => {
    const before = snapshot(home);
    const pty = startPty(['journal', 'edit', 'd', '--set', 'note=x'], { FOURPOINT_HOME: home, NO_COLOR: '1' });
    await pty.waitFor('at least 4 characters');
    expect(await pty.exit()).toBe(2);
    expect(snapshot(home)).toEqual(before);
  });
});

describe('journal edit stopped part-way', () => {
  it('Ctrl-C says the entry is as it was, and it is', async () => {
    const before = snapshot(home);
    const pty = startPty(['journal', 'edit', 'eeee'], { FOURPOINT_HOME: home, NO_COLOR: '1' });
    await pty.answer('mood', `${KEY.backspace}9${KEY.enter}`);
    await pty.waitFor('strongest urge');
    pty.type(KEY.ctrlC);
    expect(await pty.exit()).toBe(130);
    expect(pty.output()).toContain('Stopped. The Daily check-in of 2026-10-16 (eeee5555) is as it was.');
    expect(snapshot(home)).toEqual(before);
  });
});
