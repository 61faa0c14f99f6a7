// After a hard day's check-in (lapse, urge 7+, mood 3 or less): the person's contacts and an offer of urge help.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli, removeDir, tempDir } from '../helpers/cli.js';
import { KEY, skipTriggersAndCoping, startPty } from '../helpers/pty.js';

let home: string;
beforeEach(() => {
  home = tempDir();
  expect(cli(home, ['init', '--behaviour', 'alcohol', '--contact', 'Sam: 555 0100']).code).toBe(0);
});
afterEach(() => removeDir(home));

const entries = () => JSON.parse(cli(home, ['journal', 'list', '--json']).stdout) as { kind: string; answers: Record<string, unknown> }[];

describe('support after a hard check-in', () => {
  it('from the home menu: a low mood shows Sam and offers urge help, which runs the urge flow', async () => {
    const pty = startPty([], { FOURPOINT_HOME: home, NO_COLOR: '1' });
    await pty.answer('What would you like to do?', KEY.enter); // Check in for today
    await pty.answer('mood today', `3${KEY.enter}`);
    await pty.answer('strongest urge', `8${KEY.enter}`);
    await pty.answer('stay on track', `y${KEY.enter}`);
    await skipTriggersAndCoping(pty);
    await pty.answer('Which point', KEY.enter);
    await pty.answer('One line for today', KEY.enter);
    await pty.waitFor('Saved');
    await pty.waitFor('People you can reach');
    await pty.waitFor('Sam: 555 0100');
    await pty.answer('Would you like urge help now?', `y${KEY.enter}`);
    await pty.answer('How strong is the urge right now', `8${KEY.enter}`);
    await pty.answer('What set it off', KEY.enter);
    await pty.waitFor('left');
    pty.type('s');
    await pty.answer('how strong is it now', `4${KEY.enter}`);
    await pty.answer('What helped', `called Sam${KEY.enter}`);
    await pty.answer('another, or Enter to finish', KEY.enter);
    await pty.answer('Where are you now', KEY.enter);
    await pty.waitFor('Saved to your urge log');
    await pty.answer('What would you like to do?', `${KEY.up}${KEY.enter}`); // Quit
    expect(await pty.exit()).toBe(0);
    expect(entries().map((e) => e.kind).filter((k) => k !== 'milestone').sort()).toEqual(['checkin', 'urge']);
    expect(pty.output()).not.toMatch(/addict|patient/i);
  }, 40_000);

  it('declining leaves the check-in saved and names the command', async () => {
    const pty = startPty(['checkin', '--mood', '6', '--urge', '2', '--lapsed', '--lapse-kind', 'once', '--what-happened', 'a party', '--learned', 'leave early'], { FOURPOINT_HOME: home, NO_COLOR: '1' });
    await skipTriggersAndCoping(pty);
    await pty.answer('Which point', KEY.enter);
    await pty.answer('One line for today', KEY.enter);
    await pty.waitFor('Sam: 555 0100');
    await pty.answer('Would you like urge help now?', `n${KEY.enter}`);
    await pty.waitFor('fourpoint urge');
    expect(await pty.exit()).toBe(0);
    expect(entries()).toHaveLength(1);
  }, 30_000);

  it('Ctrl-C at the offer keeps the check-in that was already saved', async () => {
    const pty = startPty(['checkin', '--mood', '2', '--urge', '9', '--on-track', '--point', '1', '--note', 'hard day'], { FOURPOINT_HOME: home, NO_COLOR: '1' });
    await skipTriggersAndCoping(pty);
    await pty.waitFor('Would you like urge help now?');
    pty.type(KEY.ctrlC);
    expect(await pty.exit()).toBe(130);
    expect(entries().find((e) => e.kind === 'checkin')?.answers).toMatchObject({ mood: 2, urge: 9, note: 'hard day' });
  }, 30_000);

  it('an easy day asks nothing more', async () => {
    const pty = startPty(['checkin', '--mood', '7', '--urge', '2', '--on-track'], { FOURPOINT_HOME: home, NO_COLOR: '1' });
    await skipTriggersAndCoping(pty);
    await pty.answer('Which point', KEY.enter);
    await pty.answer('One line for today', KEY.enter);
    await pty.waitFor('Saved');
    expect(await pty.exit()).toBe(0);
    expect(pty.output()).not.toContain('urge help');
    expect(pty.output()).not.toContain('People you can reach');
  }, 30_000);

  it('without a terminal: the contacts and one line naming fourpoint urge, on stderr', () => {
    const r = cli(home, ['checkin', '--mood', '5', '--urge', '7', '--on-track']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('Sam: 555 0100');
    expect(r.stderr.split('\n').filter((l) => l.includes('fourpoint urge'))).toHaveLength(1);
    const calm = cli(home, ['checkin', '--add', '--mood', '5', '--urge', '6', '--on-track']);
    expect(calm.stderr).not.toContain('fourpoint urge');
  });
});
