// The home menu in a real terminal: first-run onboarding, a check-in from the menu, the status line, quit.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli, removeDir, tempDir } from '../helpers/cli.js';
import { KEY, startPty } from '../helpers/pty.js';

describe('fourpoint (home menu)', () => {
  let home: string;
  beforeEach(() => {
    home = tempDir();
  });
  afterEach(() => removeDir(home));

  it('onboards a new person, checks in from the menu, then shows the day as done', async () => {
    const pty = startPty([], { FOURPOINT_HOME: home, NO_COLOR: '1' });
    await pty.answer('What behaviour are you changing', `gambling${KEY.enter}`);
    await pty.answer('another, or Enter to finish', KEY.enter);
    await pty.answer('When did you start', KEY.enter); // today
    await pty.answer('why do you want this change', `to keep my savings${KEY.enter}`);
    await pty.answer('Name', `Ana${KEY.enter}`);
    await pty.answer('Phone or how to reach them', `555 0199${KEY.enter}`);
    await pty.answer('Name', KEY.enter);
    await pty.answer('meeting you would like to keep in view', `Tuesday 7pm online${KEY.enter}`);
    // The first run points at the safety topic, whatever the behaviour.
    await pty.waitFor('fourpoint learn safety');
    await pty.waitFor('no check-in yet today, my meeting: Tuesday 7pm online');
    await pty.answer('What would you like to do?', KEY.enter); // Check in for today
    await pty.answer('mood today', `7${KEY.enter}`);
    await pty.answer('strongest urge', `2${KEY.enter}`);
    await pty.answer('stay on track', `y${KEY.enter}`);
    await pty.answer('set off urges', KEY.enter);
    await pty.answer('Anything else', KEY.enter);
    await pty.answer('helped you cope', KEY.enter);
    await pty.answer('Anything else', `called Ana${KEY.enter}`);
    await pty.answer('another, or Enter to finish', KEY.enter);
    await pty.answer('Which point', KEY.enter);
    await pty.answer('One line for today', `a quiet evening${KEY.enter}`);
    await pty.waitFor('Saved');
    await pty.waitFor('checked in today');
    await pty.answer('What would you like to do?', `${KEY.up}${KEY.enter}`); // the list loops: up from the top is Quit
    expect(await pty.exit()).toBe(0);

    const profile = JSON.parse(cli(home, ['init', '--json']).stdout);
    expect(profile).toMatchObject({ behaviours: ['gambling'], why: 'to keep my savings', supportContacts: [{ name: 'Ana', phone: '555 0199' }], meeting: 'Tuesday 7pm online' });
    const [entry] = JSON.parse(cli(home, ['journal', 'list', '--json']).stdout);
    expect(entry.answers).toMatchObject({ mood: 7, urge: 2, onTrack: true, coping: ['called Ana'], note: 'a quiet evening' });
  });

  it('without a terminal, says how to start on stderr and exits 0', () => {
    const r = cli(home, []);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/Run it in a terminal for the menu/);
  });
});
