// journal edit and delete at a terminal: the questions again with the answers as defaults; delete asks first.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli, removeDir, tempDir } from '../helpers/cli.js';
import { snapshot, writeStore } from '../helpers/fixture-store.js';
import { KEY, startPty } from '../helpers/pty.js';

let home: string;
beforeEach(() => {
  home = tempDir();
  writeStore(home, [
    {
      id: 'cccc4444-0000-4000-8000-000000000004',
      kind: 'checkin',
      worksheet: { id: 'daily-check-in', version: 1 },
      date: '2026-10-15',
      answers: { mood: 3, urge: 7, onTrack: true, triggers: ['payday'], coping: ['a long bath'], point: '3', note: 'tired' },
    },
  ]);
});
afterEach(() => removeDir(home));

const show = () => JSON.parse(cli(home, ['journal', 'show', 'cccc', '--json']).stdout);

describe('journal at a terminal', () => {
  it('edit asks again about that day, with every answer (free text too) kept unless changed', async () => {
    const pty = startPty(['journal', 'edit', 'cccc'], { FOURPOINT_HOME: home, NO_COLOR: '1' });
    await pty.answer('How was your mood on Thursday 2026-10-15', `${KEY.backspace}5${KEY.enter}`);
    await pty.answer('strongest urge', KEY.enter);
    await pty.answer('stay on track', KEY.enter);
    await pty.waitFor('set off urges');
    await pty.waitFor('payday');
    pty.type(KEY.enter);
    await pty.answer('Anything else', KEY.enter);
    await pty.waitFor('helped you cope');
    await pty.waitFor('a long bath');
    pty.type(KEY.enter);
    await pty.answer('Anything else', KEY.enter);
    await pty.waitFor('Which point');
    pty.type(KEY.enter);
    await pty.answer('One line', KEY.enter);
    await pty.waitFor('Saved your changes');
    expect(await pty.exit()).toBe(0);
    const saved = show();
    expect(saved.date).toBe('2026-10-15');
    expect(saved.answers).toEqual({ mood: 5, urge: 7, onTrack: true, triggers: ['payday'], coping: ['a long bath'], point: '3', note: 'tired' });
  });

  it('delete asks; "no" keeps the entry', async () => {
    const before = snapshot(home);
    const pty = startPty(['journal', 'delete', 'cccc'], { FOURPOINT_HOME: home, NO_COLOR: '1' });
    await pty.answer('Delete the Daily check-in of 2026-10-15', `n${KEY.enter}`);
    await pty.waitFor('Nothing was deleted');
    expect(await pty.exit()).toBe(0);
    expect(snapshot(home)).toEqual(before);
  });

  it('delete asks; "yes" deletes it', async () => {
    const pty = startPty(['journal', 'delete', 'cccc'], { FOURPOINT_HOME: home, NO_COLOR: '1' });
    await pty.answer('Delete the Daily check-in', `y${KEY.enter}`);
    await pty.waitFor('Deleted the Daily check-in of 2026-10-15');
    expect(await pty.exit()).toBe(0);
    expect(JSON.parse(cli(home, ['journal', 'list', '--json']).stdout)).toEqual([]);
  });
});
