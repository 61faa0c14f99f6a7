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
});
