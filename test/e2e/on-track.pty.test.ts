// "Did you stay on track today?" has no default: an honest record needs an answer, so Enter alone is not one.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli, removeDir, tempDir } from '../helpers/cli.js';
import { KEY, startPty, skipTriggersAndCoping } from '../helpers/pty.js';

let home: string;
beforeEach(() => {
  home = tempDir();
});
afterEach(() => removeDir(home));

describe('on track or not, at a terminal', () => {
  it('Enter alone does not answer; "n" records a lapse', async () => {
    const pty = startPty(['checkin', '--mood', '5', '--urge', '4', '--point', '2', '--note', 'x'], { FOURPOINT_HOME: home, NO_COLOR: '1' });
    await pty.waitFor('stay on track');
    expect(pty.output()).not.toMatch(/Y\/n|y\/N/);
    pty.type(KEY.enter);
    await pty.waitFor('Please type y for yes or n for no');
    pty.type(`n${KEY.enter}`);
    await pty.answer('How would you describe it', KEY.enter);
    await pty.answer('What happened', KEY.enter);
    await pty.answer('What did you learn', KEY.enter);
    await skipTriggersAndCoping(pty);
    await pty.waitFor('Saved');
    // After a lapse, the person's contacts and an offer of urge help; Enter declines it.
    await pty.answer('Would you like urge help now?', KEY.enter);
    expect(await pty.exit()).toBe(0);
    const [entry] = JSON.parse(cli(home, ['journal', 'list', '--json']).stdout);
    expect(entry.answers.onTrack).toBe(false);
  });
});

describe('on track or not, without a terminal', () => {
  it('a check-in that does not say is refused, naming the flags', () => {
    const r = cli(home, ['checkin', '--mood', '5', '--urge', '4']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--on-track or --lapsed');
    expect(JSON.parse(cli(home, ['journal', 'list', '--json']).stdout)).toEqual([]);
  });
});
