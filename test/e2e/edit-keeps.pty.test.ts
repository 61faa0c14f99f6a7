// An edit keeps every answer exactly as it was unless the person changes it: Enter through every question
// of an update or a journal edit saves the same answers, skipped ones (cursor on "Skip") included.
// The entries are built from the shipped definitions, one answer of each kind of field.
import { needsSupport } from '../../src/cli/checkin-support.js';
import type { Answers } from '../../src/domain/entry.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli, removeDir, ROOT, tempDir } from '../helpers/cli.js';
import { dayFromToday, writeStore, type FixtureEntry } from '../helpers/fixture-store.js';
import { startPty, KEY, type PtySession } from '../helpers/pty.js';

interface FieldDef {
  id: string;
  type: string;
  required?: boolean;
  when?: unknown;
  min?: number;
  max?: number;
  choices?: (string | { value: string })[];
  fields?: FieldDef[];
}

const definition = (id: string) => parse(readFileSync(join(ROOT, 'worksheets', `${id}.yaml`), 'utf8')) as { id: string; fields: FieldDef[] };
const choiceValue = (c: string | { value: string }) => (typeof c === 'string' ? c : c.value);
// Text with shell and quoting metacharacters, to be kept byte for byte.
const HOSTILE = `it's "fine" $HOME \`ls\` ; echo 1 && x | y > z`;

/** One answer for a field, by its type; an optional choice is left unanswered (it was skipped). */
function sample(field: FieldDef): unknown {
  switch (field.type) {
    case 'text':
      return `${field.id}: ${HOSTILE}`;
    case 'longtext':
      return `${field.id}, a longer answer. ${HOSTILE}`;
    case 'number':
      return Math.min((field.min ?? 0) + 3, field.max ?? Infinity);
    case 'scale':
      return (field.min ?? 0) + 1;
    case 'boolean':
      return true;
    case 'date':
      return dayFromToday(0);
    case 'choice':
      return field.required ? choiceValue(field.choices![1] ?? field.choices![0]!) : undefined;
    case 'multichoice':
      return [...(field.choices ?? []).slice(0, 1).map(choiceValue), 'something of my own'];
    case 'list':
      return ['one thing', `another; ${HOSTILE}`];
    case 'group': {
      // A full row, then a row with only its first and its required answers (the rest skipped).
      const full = answersFor(field.fields!, true);
      const [first, ...rest] = field.fields!;
      return [full, { ...answersFor([first!], true), ...answersFor(rest.filter((f) => f.required)) }];
    }
  }
  throw new Error(`no sample for ${field.type}`);
}

function answersFor(fields: FieldDef[], fillChoices = false): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    if (f.when) continue;
    // Inside a full group row every choice is answered, to show an answered choice is kept too.
    const value = fillChoices && f.type === 'choice' ? choiceValue(f.choices![0]!) : sample(f);
    if (value !== undefined) out[f.id] = value;
  }
  return out;
}

/** Presses Enter whenever the screen has been still for a moment, until `done` is printed. */
async function enterThrough(pty: PtySession, done: RegExp): Promise<void> {
  for (let i = 0; i < 150; i++) {
    const before = pty.output();
    await new Promise((r) => setTimeout(r, 250));
    const now = pty.output();
    if (done.test(now)) return;
    if (now === before) pty.type(KEY.enter);
  }
  throw new Error(`never saw ${done}. Output:\n${pty.output()}`);
}

let home: string;
beforeEach(() => {
  home = tempDir();
});
afterEach(() => removeDir(home));

const show = (id: string) => JSON.parse(cli(home, ['journal', 'show', id, '--json']).stdout) as { answers: Record<string, unknown>; date: string };

describe('Enter through an edit changes nothing', () => {
  it('an update of a check-in whose point was skipped keeps it skipped', async () => {
    const def = definition('daily-check-in');
    const answers = answersFor(def.fields);
    expect(answers.point).toBeUndefined(); // skipped
    writeStore(home, [{ id: 'c0c0c0c0-0000-4000-8000-000000000001', kind: 'checkin', worksheet: { id: def.id, version: 1 }, date: dayFromToday(0), answers }]);
    const before = show('c0c0c0c0');
    const pty = startPty(['checkin'], { FOURPOINT_HOME: home, NO_COLOR: '1' });
    await pty.waitFor('Update that check-in');
    await enterThrough(pty, /Updated your check-in/);
    // A hard day's check-in (a low mood, a strong urge or a lapse) offers urge help after saving; Enter declines.
    if (needsSupport(answers as Answers)) {
      await pty.waitFor('Would you like urge help now?');
      pty.type(KEY.enter);
    }
    expect(await pty.exit()).toBe(0);
    expect(show('c0c0c0c0').answers).toEqual(before.answers);
  }, 60_000);

  it.each(['hierarchy-of-values', 'urge-log', 'change-plan', 'lifestyle-balance-pie'])('journal edit of a %s entry', async (id) => {
    const def = definition(id);
    const answers = answersFor(def.fields);
    const kind: FixtureEntry['kind'] = id === 'daily-check-in' ? 'checkin' : id === 'urge-log' ? 'urge' : 'worksheet';
    writeStore(home, [{ id: 'e0e0e0e0-0000-4000-8000-000000000002', kind, worksheet: { id, version: 1 }, date: dayFromToday(-1), answers }]);
    const before = show('e0e0e0e0');
    const pty = startPty(['journal', 'edit', 'e0e0e0e0'], { FOURPOINT_HOME: home, NO_COLOR: '1' });
    await enterThrough(pty, /Saved your changes/);
    expect(await pty.exit()).toBe(0);
    const after = show('e0e0e0e0');
    expect(after.answers).toEqual(before.answers);
    expect(after.date).toBe(before.date);
  }, 90_000);
});
