// Pure pieces of daily life: days on track, lapses, past-day wording, id prefixes, remembered answers, the timer.
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../src/domain/entry.js';
import { daysOnTrack, isLapse, statusLine } from '../../src/domain/status.js';
import { dayName, reword } from '../../src/cli/checkin-wording.js';
import { matchingEntries } from '../../src/cli/journal-entry.js';
import { rememberedAnswers } from '../../src/cli/fill.js';
import { stepAt, surf } from '../../src/cli/urge-timer.js';
import { makeTheme } from '../../src/ui/theme.js';
import { Library } from '../../src/worksheets/loader.js';
import { memoryIo } from '../helpers/memory-io.js';
import { tempDir, removeDir } from '../helpers/cli.js';

const entry = (over: Partial<Entry>): Entry => ({
  id: 'x',
  kind: 'checkin',
  date: '2026-11-01',
  createdAt: '2026-11-01T10:00:00Z',
  updatedAt: '2026-11-01T10:00:00Z',
  answers: {},
  tags: [],
  ...over,
});

describe('days on track', () => {
  it.each([
    ['2026-11-23', undefined, '2026-11-23', 1],
    ['2026-11-01', undefined, '2026-11-23', 23],
    ['2026-11-01', '2026-11-20', '2026-11-23', 3],
    ['2026-11-01', '2026-11-23', '2026-11-23', 0],
    ['2026-12-01', undefined, '2026-11-23', 0],
    ['2026-11-10', '2026-10-01', '2026-11-23', 14], // a lapse before the start does not count
    [undefined, undefined, '2026-11-23', 0],
  ])('start %s, last lapse %s, today %s: %i', (start, lapse, today, days) => {
    expect(daysOnTrack(start, lapse, today)).toBe(days);
  });

  it('a lapse is a check-in off track or an urge acted on, nothing else', () => {
    expect(isLapse(entry({ answers: { onTrack: false } }))).toBe(true);
    expect(isLapse(entry({ answers: { onTrack: true } }))).toBe(false);
    expect(isLapse(entry({ kind: 'urge', answers: { outcome: 'used' } }))).toBe(true);
    expect(isLapse(entry({ kind: 'urge', answers: { outcome: 'rode-it-out' } }))).toBe(false);
    expect(isLapse(entry({ kind: 'worksheet', answers: { onTrack: false } }))).toBe(false);
  });

  it('the line says day or days', () => {
    expect(statusLine({ today: 'x', checkedInToday: true, daysOnTrack: 1, hasProfile: true })).toBe('1 day on track, checked in today');
    expect(statusLine({ today: 'x', checkedInToday: false, daysOnTrack: 5, hasProfile: true })).toBe('5 days on track, no check-in yet today');
  });
});

describe('past-day wording', () => {
  const today = '2026-11-23';
  it.each([
    ['How is your mood today?', '2026-11-23', 'How is your mood today?'],
    ['How is your mood today?', '2026-11-22', 'How was your mood yesterday?'],
    ['Did you stay on track today?', '2026-11-20', 'Did you stay on track on Friday 2026-11-20?'],
    ['One line for today (a reflection)', '2026-11-22', 'One line for yesterday (a reflection)'],
    ['One line for today (a reflection)', '2026-11-20', 'One line for Friday 2026-11-20 (a reflection)'],
  ])('%s on %s', (label, date, expected) => {
    expect(reword(label, date, today)).toBe(expected);
  });
  it('names the day', () => {
    expect(dayName('2026-11-23', today)).toBe('today');
    expect(dayName('2026-11-16', today)).toBe('Monday 2026-11-16');
  });
});

describe('entry id prefixes', () => {
  const all = [entry({ id: 'abc123' }), entry({ id: 'abd456' }), entry({ id: 'abc' })];
  it('an exact id wins over a longer id it prefixes', () => {
    expect(matchingEntries(all, 'abc').map((e) => e.id)).toEqual(['abc']);
  });
  it('a prefix can match one or many', () => {
    expect(matchingEntries(all, 'abd').map((e) => e.id)).toEqual(['abd456']);
    expect(matchingEntries(all, 'ab')).toHaveLength(3);
    expect(matchingEntries(all, 'zz')).toHaveLength(0);
  });
});

describe('remembered answers', () => {
  it('offers earlier answers most recent first, once each', () => {
    const home = tempDir();
    try {
      const def = Library.open(home).require('daily-check-in').definition;
      const recent = [
        entry({ date: '2026-11-20', answers: { triggers: ['stress', 'payday'], coping: ['called Sam'] } }),
        entry({ date: '2026-11-22', answers: { triggers: ['boredom', 'payday'] } }),
      ];
      expect(rememberedAnswers(def, recent)).toEqual({ triggers: ['boredom', 'payday', 'stress'], coping: ['called Sam'] });
    } finally {
      removeDir(home);
    }
  });
});

describe('the urge timer', () => {
  it('spreads the guidance over the session', () => {
    expect(stepAt(0, 900)).toBe(0);
    expect(stepAt(899, 900)).toBe(7);
    expect(stepAt(450, 900)).toBe(4);
  });

  it('runs on io.sleep: plain lines on stderr when not at a terminal, one tick a second', async () => {
    const io = memoryIo();
    let slept = 0;
    io.sleep = async (ms) => {
      slept += ms;
    };
    const result = await surf(io, makeTheme(false), 15 * 60);
    expect(result).toEqual({ elapsed: 900, skipped: false });
    expect(slept).toBe(900_000);
    expect(io.out()).toBe('');
    const lines = io.err().trim().split('\n');
    expect(lines).toHaveLength(9); // eight guidance steps and the end
    expect(lines[0]).toMatch(/^\[15:00 left\] /);
    expect(lines.at(-1)).toBe('15:00: the time is up.');
    expect(io.err()).not.toContain('\u001b');
  });
});

describe('revisiting a multichoice answer', () => {
  it('keeps earlier free-text answers that are not among the choices', async () => {
    const { definitionSchema } = await import('../../src/worksheets/definition.js');
    const { runWorksheet } = await import('../../src/worksheets/runner.js');
    const { ScriptedPrompter } = await import('../../src/prompts/scripted.js');
    const def = definitionSchema.parse({ id: 'x', version: 1, title: 'X', point: null, summary: 's', fields: [{ id: 'f', type: 'multichoice', label: 'F', choices: ['a', 'b'] }] });
    const answers = await runWorksheet(def, new ScriptedPrompter(), { today: '2026-11-23', defaults: { f: ['a', 'my own'] } });
    expect(answers).toEqual({ f: ['a', 'my own'] });
  });
});

describe('an urge in the journal list', () => {
  it('reads as before, after, outcome and trigger', async () => {
    const { describeUrge } = await import('../../src/ui/summary.js');
    expect(describeUrge({ intensity: 8, intensityAfter: 3, outcome: 'rode-it-out', trigger: 'payday' })).toBe('urge 8/10 to 3/10, rode it out, payday');
    expect(describeUrge({ intensity: 5 })).toBe('urge 5/10');
  });
});
