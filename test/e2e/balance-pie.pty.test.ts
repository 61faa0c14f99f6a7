// The Balance Pie at a terminal: the areas are ticked once in a checklist (and any of one's own typed one a
// line), so none can be rated twice; then each picked area is rated. Choices and questions come from the
// shipped definition; progress still reads the ratings.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Entry } from '../../src/domain/entry.js';
import { choiceValue, type WorksheetDefinition } from '../../src/worksheets/definition.js';
import { checkDefinition } from '../../src/worksheets/loader.js';
import { cli, removeDir, ROOT, tempDir } from '../helpers/cli.js';
import { KEY, startPty } from '../helpers/pty.js';

const file = join(ROOT, 'worksheets', 'lifestyle-balance-pie.yaml');
const checked = checkDefinition(readFileSync(file, 'utf8'), file);
if (!checked.ok) throw new Error(checked.problems.join('; '));
const pie: WorksheetDefinition = checked.definition;
const group = pie.fields.find((f) => f.type === 'group' && f.pick)!;
if (group.type !== 'group') throw new Error('the pie has no pick group');
const [areaField, ratingField] = group.fields;
if (areaField?.type !== 'choice') throw new Error('the pick group starts with a choice');
const choices = areaField.choices.map(choiceValue);
const opening = (label: string) => label.replace(/\?.*$/, '');

/** The progress report's count of life areas rated (the balance-pie criterion of point 4). */
function areasRated(report: { points: { criteria: { id: string; value: number }[] }[] }): number | undefined {
  return report.points.flatMap((p) => p.criteria).find((c) => c.id === 'balance-pie')?.value;
}

let home: string;
beforeEach(() => {
  home = tempDir();
  expect(cli(home, ['init', '--behaviour', 'gaming', '--start-date', '2026-11-01']).code).toBe(0);
});
afterEach(() => removeDir(home));

describe('the Balance Pie at a terminal', () => {
  it('picks the areas once from a checklist, refuses one typed twice, then rates each', async () => {
    const pty = startPty(['pie'], { FOURPOINT_HOME: home, NO_COLOR: '1' }, { cols: 100, rows: 60 });
    await pty.waitFor(opening(group.label));
    await pty.waitFor(choices.at(-1)!);
    // Tick the first and the third choice, then go on.
    pty.type(`${KEY.space}${KEY.down}${KEY.down}${KEY.space}${KEY.enter}`);
    await pty.waitFor('of your own');
    pty.type(`${choices[0]}${KEY.enter}`); // already ticked: refused
    await pty.waitFor('on your list already');
    pty.type(`${KEY.backspace.repeat(choices[0]!.length)}music${KEY.enter}`);
    await pty.waitFor(/of your own\?[^\n]*$/);
    pty.type(KEY.enter); // an empty line: done
    const picked = [choices[0]!, choices[2]!, 'music'];
    for (const [i, area] of picked.entries()) {
      await pty.waitFor(area);
      await pty.answer(opening(ratingField!.label), `${i + 3}${KEY.enter}`);
      await pty.waitFor('Where would you like it');
      pty.type(KEY.enter);
    }
    // The bars are shown before the focus question, then the rest is asked.
    await pty.waitFor('█');
    await pty.answer('Which one or two areas', `music${KEY.enter}`);
    await pty.answer('another, or Enter to finish', KEY.enter);
    await pty.answer('first step', `play on Sunday${KEY.enter}`);
    await pty.waitFor('Saved');
    expect(await pty.exit()).toBe(0);

    const [entry] = JSON.parse(cli(home, ['journal', 'list', '--json']).stdout) as Entry[];
    expect(entry!.answers.areas).toEqual(picked.map((area, i) => ({ area, rating: i + 3 })));
    // Progress reads the ratings as before.
    const progress = JSON.parse(cli(home, ['progress', '--json']).stdout);
    expect(areasRated(progress)).toBe(picked.length);
  });

  it('a second fill ticks last time\'s areas and offers their ratings; Enter through keeps them', async () => {
    const answers = { areas: [{ area: choices[1], rating: 4, target: 8 }, { area: 'music', rating: 2 }], firstStep: 'a walk' };
    const path = join(home, 'pie.json');
    await import('node:fs').then((fs) => fs.writeFileSync(path, JSON.stringify(answers)));
    expect(cli(home, ['pie', '--answers', path]).code).toBe(0);
    const pty = startPty(['pie'], { FOURPOINT_HOME: home, NO_COLOR: '1' }, { cols: 100, rows: 60 });
    await pty.waitFor(opening(group.label));
    await pty.waitFor(choices.at(-1)!);
    pty.type(KEY.enter);
    await pty.answer(/of your own\?.*music/, KEY.enter); // last time's own area, kept
    await pty.answer(/of your own\?[^\n]*$/, KEY.enter);
    for (let i = 0; i < 2; i++) {
      await pty.answer(opening(ratingField!.label), KEY.enter);
      await pty.answer('Where would you like it', KEY.enter);
    }
    await pty.answer('Which one or two areas', KEY.enter);
    await pty.answer('first step', KEY.enter);
    await pty.waitFor('Saved');
    expect(await pty.exit()).toBe(0);
    const [latest] = JSON.parse(cli(home, ['worksheet', 'history', 'pie', '--json']).stdout) as Entry[];
    expect(latest!.answers.areas).toEqual(answers.areas);
  });

  it('Ctrl-C after rating one area keeps it as a draft; picking it up ticks that area and offers its rating', async () => {
    const first = startPty(['pie'], { FOURPOINT_HOME: home, NO_COLOR: '1' }, { cols: 100, rows: 60 });
    await first.waitFor(choices.at(-1)!);
    first.type(`${KEY.space}${KEY.down}${KEY.space}${KEY.enter}`);
    await first.answer(/of your own\?[^\n]*$/, KEY.enter);
    await first.answer(opening(ratingField!.label), `6${KEY.enter}`);
    await first.answer('Where would you like it', `9${KEY.enter}`);
    await first.waitFor(choices[1]!);
    first.type(KEY.ctrlC);
    expect(await first.exit()).toBe(130);
    const [draft] = JSON.parse(cli(home, ['worksheet', 'drafts', '--json']).stdout);
    expect(draft.answers[group.id]).toEqual([{ area: choices[0], rating: 6, target: 9 }]);

    const second = startPty(['pie'], { FOURPOINT_HOME: home, NO_COLOR: '1' }, { cols: 100, rows: 60 });
    await second.answer('Pick up where you left off', KEY.enter);
    await second.waitFor('Your answers so far');
    await second.waitFor(`◉ ${choices[0]}`);
    second.type(`${KEY.down}${KEY.space}${KEY.enter}`); // the second area again
    await second.answer(/of your own\?[^\n]*$/, KEY.enter);
    await second.answer(opening(ratingField!.label), KEY.enter); // 6, kept
    await second.answer('Where would you like it', KEY.enter); // 9, kept
    await second.answer(opening(ratingField!.label), `2${KEY.enter}`);
    await second.answer('Where would you like it', KEY.enter);
    await second.answer('Which one or two areas', KEY.enter);
    await second.answer('first step', KEY.enter);
    await second.waitFor('Saved');
    expect(await second.exit()).toBe(0);
    const [entry] = JSON.parse(cli(home, ['worksheet', 'history', 'pie', '--json']).stdout) as Entry[];
    expect(entry!.answers[group.id]).toEqual([{ area: choices[0], rating: 6, target: 9 }, { area: choices[1], rating: 2 }]);
  });
});
