// Typing into the real prompts: remembered triggers on the next day, update-or-add, a past day's wording,
// and an urge-surfing session with a very short timer.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli, removeDir, tempDir } from '../helpers/cli.js';
import { dayFromToday, writeStore } from '../helpers/fixture-store.js';
import { KEY, startPty, skipTriggersAndCoping } from '../helpers/pty.js';

let home: string;
beforeEach(() => {
  home = tempDir();
});
afterEach(() => removeDir(home));

const entries = () => JSON.parse(cli(home, ['journal', 'list', '--json']).stdout) as { id: string; date: string; kind: string; answers: Record<string, unknown> }[];

describe.each([
  { name: 'colour on', env: { FORCE_COLOR: '1' } as Record<string, string> },
  { name: 'CI=true', env: { CI: 'true', NO_COLOR: '1' } as Record<string, string> },
])('daily life at a terminal ($name)', ({ env }) => {
  it("offers yesterday's own triggers and coping first, as choices", async () => {
    const y = cli(home, ['checkin', '--date', 'yesterday', '--mood', '5', '--urge', '6', '--on-track', '--trigger', 'payday', '--coping', 'called Sam']);
    expect(y.code).toBe(0);
    const pty = startPty(['checkin', '--mood', '7', '--urge', '2', '--on-track', '--point', '2', '--note', 'ok'], { FOURPOINT_HOME: home, ...env });
    await pty.waitFor('set off urges');
    await pty.waitFor('payday');
    pty.type(KEY.space); // the first choice is yesterday's "payday"
    pty.type(KEY.enter);
    await pty.answer('Anything else', KEY.enter);
    await pty.waitFor('helped you cope');
    await pty.waitFor('called Sam');
    pty.type(KEY.space);
    pty.type(KEY.enter);
    await pty.answer('Anything else', KEY.enter);
    await pty.waitFor('Saved');
    expect(await pty.exit()).toBe(0);
    const today = entries().find((e) => e.date === dayFromToday(0))!;
    expect(today.answers.triggers).toEqual(['payday']);
    expect(today.answers.coping).toEqual(['called Sam']);
  });

  it('a second check-in the same day asks to update or add; update keeps the id and offers the answers', async () => {
    expect(cli(home, ['checkin', '--mood', '6', '--urge', '2', '--on-track', '--trigger', 'payday', '--note', 'first']).code).toBe(0);
    const [first] = entries();
    const pty = startPty(['checkin'], { FOURPOINT_HOME: home, ...env });
    await pty.waitFor('already checked in for today');
    await pty.waitFor('Update that check-in');
    pty.type(KEY.enter); // update (the default)
    await pty.answer('mood today', `${KEY.backspace}9${KEY.enter}`); // the default 6 is offered; change it to 9
    await pty.answer('strongest urge', KEY.enter); // keep 2
    await pty.answer('stay on track', KEY.enter);
    await pty.waitFor('set off urges');
    await pty.waitFor('payday'); // its own answer, offered and ticked
    pty.type(KEY.enter);
    await pty.answer('Anything else', KEY.enter);
    await pty.waitFor('helped you cope');
    pty.type(KEY.enter);
    await pty.answer('Anything else', KEY.enter);
    await pty.waitFor('Which point');
    pty.type(KEY.enter);
    await pty.answer('One line', KEY.enter); // keep "first"
    await pty.waitFor('Updated');
    expect(await pty.exit()).toBe(0);
    const after = entries();
    expect(after).toHaveLength(1);
    expect(after[0]!.id).toBe(first!.id);
    expect(after[0]!.answers).toMatchObject({ mood: 9, urge: 2, onTrack: true, triggers: ['payday'], note: 'first' });
  });

  it('choosing "add another" keeps both', async () => {
    expect(cli(home, ['checkin', '--mood', '6', '--urge', '2', '--on-track']).code).toBe(0);
    const pty = startPty(['checkin', '--mood', '4', '--urge', '5', '--on-track', '--point', '1', '--note', 'evening'], { FOURPOINT_HOME: home, ...env });
    await pty.waitFor('Add another');
    pty.type(KEY.down);
    pty.type(KEY.enter);
    await skipTriggersAndCoping(pty);
    await pty.waitFor('Saved');
    expect(await pty.exit()).toBe(0);
    expect(entries().map((e) => e.answers.mood)).toEqual([6, 4]);
  });

  it('a lapse on a past day: the questions are about that day, with the lapse kind and what I learned', async () => {
    const pty = startPty(['checkin', '--date', 'yesterday', '--mood', '4', '--urge', '7', '--point', '3', '--note', 'x'], { FOURPOINT_HOME: home, ...env });
    await pty.answer('stay on track yesterday', `n${KEY.enter}`);
    await pty.waitFor('not a verdict');
    await pty.waitFor('Once, briefly');
    pty.type(KEY.enter);
    await pty.answer('What happened', `a long day${KEY.enter}`);
    await pty.answer('What did you learn', `eat first${KEY.enter}`);
    await pty.waitFor('set off urges or cravings yesterday');
    pty.type(KEY.enter);
    await pty.answer('Anything else', KEY.enter);
    await pty.waitFor('helped you cope');
    pty.type(KEY.enter);
    await pty.answer('Anything else', KEY.enter);
    await pty.waitFor('Saved your check-in for yesterday');
    expect(await pty.exit()).toBe(0);
    const [entry] = entries();
    expect(entry!.date).toBe(dayFromToday(-1));
    expect(entry!.answers).toMatchObject({ onTrack: false, lapseKind: 'once', whatHappened: 'a long day', learned: 'eat first' });
  });

  it('urge help: contacts, plan, a live countdown, intensity again at the end, saved to the urge log', async () => {
    writeStore(home, [{ id: 'plan', kind: 'worksheet', worksheet: { id: 'deads', version: 1 }, point: 2, date: '2026-10-01', answers: { delay: ['wait twenty minutes'] } }], {
      behaviours: ['alcohol'],
      startDate: '2026-01-01',
      supportContacts: [{ name: 'Sam', phone: '555 0100' }],
    });
    const pty = startPty(['urge', '--seconds', '2'], { FOURPOINT_HOME: home, ...env });
    await pty.waitFor('emergency number');
    await pty.waitFor('Sam: 555 0100');
    await pty.waitFor('Delay: wait twenty minutes');
    await pty.answer('How strong is the urge right now', `8${KEY.enter}`);
    await pty.answer('What set it off', `payday${KEY.enter}`);
    await pty.waitFor('00:02 left');
    await pty.waitFor('00:01 left');
    await pty.waitFor('the time is up');
    await pty.answer('how strong is it now', `3${KEY.enter}`);
    await pty.answer('What helped', `breathing${KEY.enter}`);
    await pty.answer('another, or Enter to finish', `a walk${KEY.enter}`);
    await pty.answer('another, or Enter to finish', KEY.enter);
    await pty.waitFor('Where are you now');
    pty.type(KEY.enter); // rode it out
    await pty.waitFor('Saved to your urge log');
    expect(await pty.exit()).toBe(0);
    const urge = entries().find((e) => e.kind === 'urge')!;
    expect(urge.answers).toEqual({ intensity: 8, intensityAfter: 3, minutes: 0, seconds: 2, outcome: 'rode-it-out', trigger: 'payday', coping: ['breathing', 'a walk'] });
  });

  it('urge help: Enter stops the timer early', async () => {
    const pty = startPty(['urge', '--minutes', '10', '--outcome', 'ongoing'], { FOURPOINT_HOME: home, ...env });
    await pty.answer('How strong is the urge right now', `6${KEY.enter}`);
    await pty.answer('What set it off', KEY.enter);
    await pty.waitFor('10:00 left');
    await pty.waitFor('09:5');
    pty.type(KEY.enter);
    await pty.waitFor('Stopped after');
    await pty.answer('how strong is it now', `4${KEY.enter}`);
    await pty.answer('What helped', KEY.enter);
    await pty.waitFor('Saved to your urge log');
    expect(await pty.exit()).toBe(0);
    const urge = entries().find((e) => e.kind === 'urge')!;
    // Stopped a second or two in: those seconds are the session's length, not "0 minutes".
    expect(urge.answers).toMatchObject({ intensity: 6, intensityAfter: 4, minutes: 0, outcome: 'ongoing' });
    expect(urge.answers.seconds).toBeGreaterThanOrEqual(1);
  });

  it('urge help: Ctrl-C during the timer stops with exit 130 and logs nothing', async () => {
    const pty = startPty(['urge', '--minutes', '5'], { FOURPOINT_HOME: home, ...env });
    await pty.answer('How strong is the urge right now', `6${KEY.enter}`);
    await pty.answer('What set it off', KEY.enter);
    await pty.waitFor('05:00 left');
    pty.type(KEY.ctrlC);
    expect(await pty.exit()).toBe(130);
    expect(pty.output()).not.toMatch(/at .*\.js:\d+/);
    expect(entries()).toEqual([]);
  });
});
