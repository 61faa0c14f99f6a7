// The urge session at a real terminal: the timer runs for real seconds, and what was surfed is logged.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli, removeDir, tempDir } from '../helpers/cli.js';
import { KEY, startPty } from '../helpers/pty.js';

let home: string;
beforeEach(() => {
  home = tempDir();
});
afterEach(() => removeDir(home));

const entries = () => JSON.parse(cli(home, ['journal', 'list', '--json']).stdout) as { kind: string; answers: Record<string, unknown> }[];

describe('urge at a terminal', () => {
  it('a session stopped after about 12 seconds keeps its seconds, with no Node warning', async () => {
    const pty = startPty(['urge'], { FOURPOINT_HOME: home, NO_COLOR: '1' });
    await pty.answer('How strong is the urge right now', `7${KEY.enter}`);
    await pty.answer('What set it off', KEY.enter);
    await pty.waitFor('14:59 left');
    // Twelve ticks of the timer: Node warned at the eleventh listener on one signal.
    await pty.waitFor('14:48 left', 20_000);
    pty.type('s');
    await pty.waitFor(/Stopped after 00:1\d/);
    await pty.answer('how strong is it now', `3${KEY.enter}`);
    await pty.answer('What helped', `breathing${KEY.enter}`);
    await pty.answer('another, or Enter to finish', KEY.enter);
    await pty.answer('Where are you now', KEY.enter);
    await pty.waitFor('Saved');
    expect(await pty.exit()).toBe(0);
    expect(pty.output()).not.toMatch(/Warning|MaxListeners/);
    const [entry] = entries();
    expect(entry!.kind).toBe('urge');
    const seconds = Number(entry!.answers.minutes) * 60 + Number(entry!.answers.seconds ?? 0);
    expect(seconds).toBeGreaterThanOrEqual(12);
    expect(seconds).toBeLessThan(20);
    expect(pty.output()).toMatch(/1\d seconds of urge surfing/);
  }, 40_000);

  it('Ctrl-C during the timer keeps a draft with the seconds surfed; the next urge picks it up without the timer', async () => {
    const pty = startPty(['urge', '--minutes', '5'], { FOURPOINT_HOME: home, NO_COLOR: '1' });
    await pty.answer('How strong is the urge right now', `7${KEY.enter}`);
    await pty.answer('What set it off', `payday${KEY.enter}`);
    await pty.waitFor('04:58 left');
    pty.type(KEY.ctrlC);
    expect(await pty.exit()).toBe(130);
    expect(pty.output()).toMatch(/Stopped\. What you answered \(7\/10 at the start, \d+ seconds of urge surfing\) is kept as a draft; pick it up with: fourpoint urge/);
    expect(entries()).toEqual([]);

    const again = startPty(['urge', '--minutes', '5'], { FOURPOINT_HOME: home, NO_COLOR: '1' });
    await again.waitFor('In an emergency');
    await again.answer('Pick up where you left off', KEY.enter);
    // What was answered is shown first, as a worksheet's resumed draft shows it.
    await again.waitFor('Your answers so far');
    await again.waitFor('payday');
    await again.answer('how strong is it now', `2${KEY.enter}`);
    await again.answer('What helped', `a walk${KEY.enter}`);
    await again.answer('another, or Enter to finish', KEY.enter);
    await again.answer('Where are you now', KEY.enter);
    await again.waitFor('Saved to your urge log');
    expect(await again.exit()).toBe(0);
    expect(again.output()).not.toContain('left   Enter or s');
    const [entry] = entries();
    expect(entry!.answers).toMatchObject({ intensity: 7, trigger: 'payday', intensityAfter: 2, coping: ['a walk'], minutes: 0, outcome: 'rode-it-out' });
    expect(entry!.answers.seconds).toBeGreaterThanOrEqual(2);
    expect(JSON.parse(cli(home, ['worksheet', 'drafts', '--json']).stdout)).toEqual([]);
  }, 40_000);

  it('after a full session, Ctrl-C at the last question keeps the whole log as a draft', async () => {
    const pty = startPty(['urge', '--seconds', '1'], { FOURPOINT_HOME: home, NO_COLOR: '1' });
    await pty.answer('How strong is the urge right now', `8${KEY.enter}`);
    await pty.answer('What set it off', KEY.enter);
    await pty.waitFor('the time is up');
    await pty.answer('how strong is it now', `3${KEY.enter}`);
    // One a line, as every list is typed.
    await pty.answer('What helped', `breathing${KEY.enter}`);
    await pty.answer('another, or Enter to finish', `tea${KEY.enter}`);
    await pty.answer('another, or Enter to finish', KEY.enter);
    await pty.waitFor('Where are you now');
    pty.type(KEY.ctrlC);
    expect(await pty.exit()).toBe(130);
    expect(pty.output()).toContain('Stopped. What you answered (8/10 at the start, 1 second of urge surfing, 3/10 after) is kept as a draft');
    const [draft] = JSON.parse(cli(home, ['worksheet', 'drafts', '--json']).stdout);
    expect(draft.answers).toEqual({ intensity: 8, minutes: 0, seconds: 1, intensityAfter: 3, coping: ['breathing', 'tea'] });

    const again = startPty(['urge'], { FOURPOINT_HOME: home, NO_COLOR: '1' });
    await again.answer('Pick up where you left off', KEY.enter);
    await again.waitFor('Where are you now');
    again.type(KEY.down);
    again.type(KEY.enter); // still going
    await again.waitFor('Saved to your urge log');
    expect(await again.exit()).toBe(0);
    const [entry] = entries();
    expect(entry!.answers).toEqual({ intensity: 8, minutes: 0, seconds: 1, intensityAfter: 3, coping: ['breathing', 'tea'], outcome: 'ongoing' });
  }, 40_000);
});
