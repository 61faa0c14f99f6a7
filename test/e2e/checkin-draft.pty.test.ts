// Ctrl-C in a check-in keeps what was answered as a draft; the next check-in offers to pick it up.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli, removeDir, tempDir } from '../helpers/cli.js';
import { KEY, startPty, skipTriggersAndCoping } from '../helpers/pty.js';

let home: string;
beforeEach(() => {
  home = tempDir();
});
afterEach(() => removeDir(home));

const entries = () => JSON.parse(cli(home, ['journal', 'list', '--json']).stdout) as { answers: Record<string, unknown> }[];

describe('a check-in stopped part-way', () => {
  it('keeps a draft, says so, and is picked up by the next checkin', async () => {
    const pty = startPty(['checkin'], { FOURPOINT_HOME: home, NO_COLOR: '1' });
    await pty.answer('mood today', `4${KEY.enter}`);
    await pty.answer('strongest urge', `6${KEY.enter}`);
    await pty.waitFor('stay on track');
    pty.type(KEY.ctrlC);
    expect(await pty.exit()).toBe(130);
    expect(pty.output()).toContain('Stopped. Your 2 answers are kept as a draft; pick it up with: fourpoint checkin');
    expect(entries()).toEqual([]);

    const again = startPty(['checkin'], { FOURPOINT_HOME: home, NO_COLOR: '1' });
    await again.waitFor('You stopped a check-in for today part-way (2 answers)');
    await again.answer('Pick up where you left off', KEY.enter);
    await again.answer('stay on track', `y${KEY.enter}`);
    await skipTriggersAndCoping(again);
    await again.waitFor('Which point');
    again.type(KEY.enter);
    await again.answer('One line', `steady${KEY.enter}`);
    await again.waitFor('Saved');
    expect(await again.exit()).toBe(0);
    // Not asked again (no prompt for it), though shown among the answers so far.
    expect(again.output()).not.toMatch(/[?✔] .*mood today/);
    expect(again.output()).toMatch(/Your answers so far[\s\S]*mood today[^\n]*4/);
    const [entry] = entries();
    expect(entry!.answers).toMatchObject({ mood: 4, urge: 6, onTrack: true, point: '1', note: 'steady' });
    expect(JSON.parse(cli(home, ['worksheet', 'drafts', '--json']).stdout)).toEqual([]);
  }, 40_000);

  it('Ctrl-C at the first question says nothing was saved', async () => {
    const pty = startPty(['checkin'], { FOURPOINT_HOME: home, NO_COLOR: '1' });
    await pty.waitFor('mood today');
    pty.type(KEY.ctrlC);
    expect(await pty.exit()).toBe(130);
    expect(pty.output()).toContain('Stopped before the first answer; nothing was saved.');
  });
});
