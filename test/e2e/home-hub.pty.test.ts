// The home menu as a hub, driven in a real terminal: open a journal entry and edit it, change a setting,
// and leave every submenu with Back or Esc, ending back at the home menu each time.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli, removeDir, tempDir } from '../helpers/cli.js';
import { KEY, skipTriggersAndCoping, startPty } from '../helpers/pty.js';

const ESC = '\u001b';
const HOME = 'What would you like to do?';

let home: string;
beforeEach(() => {
  home = tempDir();
  expect(cli(home, ['init', '--behaviour', 'alcohol']).code).toBe(0);
  expect(cli(home, ['checkin', '--mood', '6', '--urge', '2', '--on-track', '--note', 'a first note']).code).toBe(0);
});
afterEach(() => removeDir(home));

/** The home menu's items in order (a check-in today, no drafts): Journal is the fifth, Settings the tenth. */
const down = (n: number) => KEY.down.repeat(n);

describe('the home menu as a hub', () => {
  it('Journal: open an entry, shown formatted, edit it, then Esc back to the list and to home', async () => {
    const pty = startPty([], { FOURPOINT_HOME: home, NO_COLOR: '1' });
    await pty.answer(HOME, `${down(4)}${KEY.enter}`);
    await pty.waitFor('Daily check-in: mood 6/10');
    pty.type(`${KEY.down}${KEY.enter}`); // newest first: the day-1 milestone the check-in earned, then the check-in
    await pty.waitFor('a first note');
    await pty.answer('What would you like to do with it?', KEY.enter); // Edit this entry
    await pty.answer('mood today', `8${KEY.enter}`);
    await pty.answer('strongest urge', KEY.enter);
    await pty.answer('stay on track', KEY.enter);
    await skipTriggersAndCoping(pty);
    await pty.answer('Which point', KEY.enter);
    await pty.answer('One line for today', KEY.enter);
    await pty.waitFor('Saved your changes');
    await pty.answer('What would you like to do with it?', ESC);
    await pty.answer('Which entry would you like to open?', ESC);
    await pty.answer(HOME, `${KEY.up}${KEY.enter}`); // Quit
    expect(await pty.exit()).toBe(0);
    expect(pty.output()).not.toMatch(/^#+ |\*\*/m); // formatted, not raw Markdown
    const [entry] = JSON.parse(cli(home, ['journal', 'list', '--kind', 'checkin', '--json']).stdout);
    expect(entry.answers).toMatchObject({ mood: 8, urge: 2, onTrack: true, note: 'a first note' });
  }, 40_000);

  it('Settings: change one, a refused value changes nothing, Back and Esc lead home; the worksheet and export menus go back too', async () => {
    const pty = startPty([], { FOURPOINT_HOME: home, NO_COLOR: '1' });
    await pty.answer(HOME, `${down(9)}${KEY.enter}`);
    await pty.answer('Which setting would you like to change?', KEY.enter); // nudge, the first
    await pty.answer('New value for nudge', `off${KEY.enter}`);
    await pty.waitFor('nudge is now off');
    await pty.answer('Which setting would you like to change?', `${KEY.down}${KEY.down}${KEY.enter}`); // weekStart
    await pty.answer('New value for weekStart', `friday${KEY.enter}`);
    await pty.waitFor('Nothing was changed');
    await pty.answer('Which setting would you like to change?', `${KEY.up}${KEY.enter}`); // up from the top loops to Back
    await pty.answer(HOME, `${down(2)}${KEY.enter}`); // a worksheet
    await pty.answer('Which worksheet?', ESC);
    await pty.answer(HOME, `${down(5)}${KEY.enter}`); // export
    await pty.answer('Which format?', `${KEY.up}${KEY.enter}`); // Back
    await pty.answer(HOME, `${down(9)}${KEY.enter}`);
    await pty.answer('Which setting would you like to change?', ESC);
    await pty.answer(HOME, `${down(7)}${KEY.enter}`); // family and friends
    await pty.waitFor('Start the assessment');
    pty.type(ESC);
    await pty.answer(HOME, `${KEY.up}${KEY.enter}`);
    expect(await pty.exit()).toBe(0);
    const settings = JSON.parse(cli(home, ['config', 'list', '--json']).stdout);
    expect(settings).toMatchObject({ nudge: false, weekStart: 'monday' });
    const kinds = JSON.parse(cli(home, ['journal', 'list', '--json']).stdout).map((e: { kind: string }) => e.kind);
    expect(kinds).not.toContain('worksheet'); // Esc at the picker filled nothing
  }, 40_000);
});
