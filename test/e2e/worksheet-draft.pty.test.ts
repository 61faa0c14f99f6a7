// Ctrl-C part-way through a worksheet keeps a draft; the next fill offers it, and saving completes it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli, removeDir, tempDir } from '../helpers/cli.js';
import { KEY, startPty } from '../helpers/pty.js';

describe.each([
  { name: 'colour on', env: { FORCE_COLOR: '1' } as Record<string, string> },
  { name: 'colour off', env: { NO_COLOR: '1' } as Record<string, string> },
])('worksheet drafts at a terminal ($name)', ({ env }) => {
  let home: string;
  beforeEach(() => {
    home = tempDir();
  });
  afterEach(() => removeDir(home));

  it('Ctrl-C leaves a draft, the next fill resumes it, and saving removes it', async () => {
    const first = startPty(['goals'], { FOURPOINT_HOME: home, ...env });
    await first.answer('What is your goal', `Run a 5k${KEY.enter}`);
    await first.answer('How will you know', `a timed run${KEY.enter}`);
    await first.answer('achievable and realistic', KEY.enter);
    await first.waitFor('By when');
    first.type(KEY.ctrlC);
    expect(await first.exit()).toBe(130);
    expect(first.output()).toContain('kept as a draft');
    expect(first.output()).not.toMatch(/at .*\.js:\d+/);
    const [draft] = JSON.parse(cli(home, ['worksheet', 'drafts', '--json']).stdout);
    expect(draft).toMatchObject({ worksheetId: 'goals', answers: { goal: 'Run a 5k', measure: 'a timed run' } });

    const second = startPty(['worksheet', 'fill', 'goals'], { FOURPOINT_HOME: home, ...env });
    await second.answer('Pick up where you left off', KEY.enter);
    // The answered questions are not asked again: the next one is where it stopped (the skipped one, unanswered).
    await second.answer('achievable and realistic', KEY.enter);
    await second.answer('By when', KEY.enter);
    // Shown among the answers so far, never asked again.
    expect(second.output()).toMatch(/Your answers so far[\s\S]*What is your goal[^\n]*Run a 5k/);
    expect(second.output()).not.toMatch(/[?✔] What is your goal/);
    await second.answer('Why does it matter', `my health${KEY.enter}`);
    await second.answer('What are the steps', `run twice a week${KEY.enter}`);
    await second.answer('another, or Enter to finish', KEY.enter);
    await second.answer('Who or what can help', KEY.enter);
    await second.answer('When will you review', KEY.enter);
    await second.answer('Milestones', KEY.enter);
    await second.waitFor('Saved');
    expect(await second.exit()).toBe(0);

    const [entry] = JSON.parse(cli(home, ['worksheet', 'history', 'goals', '--json']).stdout);
    expect(entry.answers).toEqual({ goal: 'Run a 5k', measure: 'a timed run', why: 'my health', steps: ['run twice a week'] });
    expect(JSON.parse(cli(home, ['worksheet', 'drafts', '--json']).stdout)).toEqual([]);

    // Revisiting: the last answers are offered, and stopping before any answer keeps no draft.
    const third = startPty(['goals'], { FOURPOINT_HOME: home, ...env });
    await third.waitFor('You last filled this on');
    await third.waitFor(/What is your goal\?.*Run a 5k/);
    third.type(KEY.ctrlC);
    expect(await third.exit()).toBe(130);
    expect(JSON.parse(cli(home, ['worksheet', 'drafts', '--json']).stdout)).toEqual([]);
  });

  it('a box of the CBA stopped part-way keeps its rows and offers them again', async () => {
    const first = startPty(['cba'], { FOURPOINT_HOME: home, ...env });
    await first.answer('Item', `it relaxes me${KEY.enter}`);
    await first.waitFor('Short or long');
    first.type(KEY.enter); // short
    await first.answer('How much it matters', `6${KEY.enter}`);
    await first.waitFor('Benefit 2');
    first.type(KEY.ctrlC);
    expect(await first.exit()).toBe(130);
    const [draft] = JSON.parse(cli(home, ['worksheet', 'drafts', '--json']).stdout);
    expect(draft).toMatchObject({ inProgress: 'benefitsOfDoing', answers: { benefitsOfDoing: [{ item: 'it relaxes me', term: 'short', importance: 6 }] } });

    const second = startPty(['cba'], { FOURPOINT_HOME: home, ...env });
    await second.answer('Pick up where you left off', KEY.enter);
    await second.waitFor(/Item.*it relaxes me/);
    second.type(KEY.ctrlC);
    expect(await second.exit()).toBe(130);
  });

  it('declining the draft starts afresh', async () => {
    const first = startPty(['abc'], { FOURPOINT_HOME: home, ...env });
    await first.answer('What happened', `an argument${KEY.enter}`);
    await first.waitFor('A belief');
    first.type(KEY.ctrlC);
    expect(await first.exit()).toBe(130);
    const second = startPty(['abc'], { FOURPOINT_HOME: home, ...env });
    await second.answer('Pick up where you left off', `n${KEY.enter}`);
    await second.waitFor('What happened');
    second.type(KEY.ctrlC);
    expect(await second.exit()).toBe(130);
    // Nothing new was answered, so the old draft is still there to come back to.
    const [draft] = JSON.parse(cli(home, ['worksheet', 'drafts', '--json']).stdout);
    expect(draft.answers).toEqual({ activating: 'an argument' });
  });
});
