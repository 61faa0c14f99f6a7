// Types a whole check-in into the real prompts through a pseudo-terminal, then reads the entry back.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli, removeDir, tempDir } from '../helpers/cli.js';
import { KEY, startPty, skipTriggersAndCoping } from '../helpers/pty.js';

describe.each([
  { name: 'colour on', env: { FORCE_COLOR: '1' } as Record<string, string> },
  { name: 'colour off', env: { NO_COLOR: '1' } as Record<string, string> },
  { name: 'CI=true', env: { CI: 'true', NO_COLOR: '1' } as Record<string, string> },
])('interactive check-in ($name)', ({ env }) => {
  let home: string;
  beforeEach(() => {
    home = tempDir();
  });
  afterEach(() => removeDir(home));

  it('asks each question and saves what was typed', async () => {
    const pty = startPty(['checkin'], { FOURPOINT_HOME: home, ...env });
    await pty.answer('mood today', `6${KEY.enter}`);
    await pty.answer('strongest urge', `3${KEY.enter}`);
    await pty.answer('stay on track', `y${KEY.enter}`);
    // Triggers: tick the first two offered (stress, boredom).
    await pty.waitFor('set off urges');
    pty.type(KEY.space);
    pty.type(KEY.down);
    pty.type(KEY.space);
    pty.type(KEY.enter);
    await pty.answer('Anything else', `payday${KEY.enter}`);
    await pty.answer('another, or Enter to finish', KEY.enter); // one a line: an empty line ends the list
    await pty.waitFor('helped you cope');
    pty.type(KEY.enter); // none ticked
    await pty.answer('Anything else', `called Sam${KEY.enter}`);
    await pty.answer('another, or Enter to finish', KEY.enter);
    await pty.waitFor('Which point');
    pty.type(KEY.down);
    pty.type(KEY.enter); // point 2
    await pty.answer('One line for today', `a calm evening${KEY.enter}`);
    await pty.waitFor('Saved');
    expect(await pty.exit()).toBe(0);

    const list = cli(home, ['journal', 'list', '--json']);
    expect(list.code).toBe(0);
    const [entry] = JSON.parse(list.stdout);
    expect(entry.kind).toBe('checkin');
    expect(entry.answers).toEqual({
      mood: 6,
      urge: 3,
      onTrack: true,
      triggers: ['stress', 'boredom', 'payday'],
      coping: ['called Sam'],
      point: '2',
      note: 'a calm evening',
    });
  });

  it('rejects a mood of 11 at the prompt and accepts a corrected one', async () => {
    const pty = startPty(['checkin', '--urge', '0', '--on-track', '--point', '1', '--note', 'x'], { FOURPOINT_HOME: home, ...env });
    await pty.answer('mood today', `11${KEY.enter}`);
    await pty.waitFor('from 1 to 10');
    pty.type(`${KEY.backspace}${KEY.backspace}8${KEY.enter}`);
    await skipTriggersAndCoping(pty);
    await pty.waitFor('Saved');
    expect(await pty.exit()).toBe(0);
    const [entry] = JSON.parse(cli(home, ['journal', 'list', '--json']).stdout);
    expect(entry.answers.mood).toBe(8);
  });

  it('Ctrl-C stops with exit 130 and saves nothing', async () => {
    const pty = startPty(['checkin'], { FOURPOINT_HOME: home, ...env });
    await pty.answer('mood today', `5${KEY.enter}`);
    await pty.waitFor('strongest urge');
    pty.type(KEY.ctrlC);
    expect(await pty.exit()).toBe(130);
    expect(pty.output()).not.toMatch(/at .*\.js:\d+/); // no stack trace
    expect(JSON.parse(cli(home, ['journal', 'list', '--json']).stdout)).toEqual([]);
  });
});
