// The CBA as a person fills it at a terminal: the four boxes are drawn before the decision question, the
// saved entry is shown after saving, and a draft picked up again shows its answers first. The labels
// looked for (the grid's columns and rows, the decision question) come from the shipped definition.
import { readFileSync, writeFileSync } from 'node:fs';
import stringWidth from 'string-width';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkDefinition } from '../../src/worksheets/loader.js';
import type { WorksheetDefinition } from '../../src/worksheets/definition.js';
import { cli, removeDir, ROOT, tempDir } from '../helpers/cli.js';
import { KEY, startPty, type PtySession } from '../helpers/pty.js';

function shipped(id: string): WorksheetDefinition {
  const checked = checkDefinition(readFileSync(join(ROOT, 'worksheets', `${id}.yaml`), 'utf8'), id);
  if (!checked.ok) throw new Error(checked.problems.join('; '));
  return checked.definition;
}
const cba = shipped('cost-benefit-analysis');
const grid = cba.render!.grid!;
const decision = cba.fields.find((f) => f.id === grid.showBefore)!;
/** The question as the screen starts it (before any {behaviour}). */
const opening = (label: string) => label.split('{behaviour}')[0]!.trim();
const boxes = grid.rows.flatMap((r) => r.cells);
const ITEMS: Record<string, string> = { benefitsOfDoing: 'it relaxes me', costsOfDoing: 'lost sleep', benefitsOfChanging: 'more time', costsOfChanging: 'my online friends' };

let home: string;
beforeEach(() => {
  home = tempDir();
  expect(cli(home, ['init', '--behaviour', 'gaming', '--behaviour', 'gambling', '--start-date', '2026-11-01']).code).toBe(0);
});
afterEach(() => removeDir(home));

/** One row in a box: its item, long term, importance 7, then no second row. */
async function fillBox(pty: PtySession, id: string): Promise<void> {
  await pty.answer('Item', `${ITEMS[id]}${KEY.enter}`);
  await pty.waitFor('Short or long term');
  pty.type(`${KEY.down}${KEY.enter}`);
  await pty.answer('How much it matters', `7${KEY.enter}`);
  await pty.answer('Item', KEY.enter);
}

describe('the CBA at a terminal', () => {
  it('draws the four boxes before the decision question, and shows the entry once saved', async () => {
    const pty = startPty(['cba'], { FOURPOINT_HOME: home, NO_COLOR: '1' }, { cols: 80, rows: 60 });
    for (const id of boxes) await fillBox(pty, id);
    const alternatives = cba.fields.find((f) => f.type === 'list')!;
    await pty.answer(opening(alternatives.label), KEY.enter);
    const beforeQuestion = pty.output().length;
    await pty.waitFor(opening(decision.label));
    const between = pty.output().slice(beforeQuestion, pty.output().lastIndexOf(opening(decision.label)));
    // A drawn table (box lines), headed by the grid's columns, a line for each of its rows, every item in it.
    expect(between).toMatch(/[┌├│]/);
    for (const c of grid.columns) expect(between).toContain(c);
    for (const r of grid.rows) expect(between).toMatch(new RegExp(`│\\s*${r.label}`));
    for (const id of boxes) expect(between).toContain(ITEMS[id]!);
    expect(between).not.toMatch(/\| ---|\*\*/);
    pty.type(`Try a month.${KEY.enter}`);
    await pty.waitFor('Saved');
    expect(await pty.exit()).toBe(0);
    // Everything after the answered decision question (inquirer marks an answered question with ✔).
    const after = pty.output().slice(pty.output().lastIndexOf('✔'));
    expect(after.indexOf(cba.title)).toBeLessThan(after.indexOf('Saved'));
    // The saved entry, as journal show lays it out: its title and date, the boxes, the decision.
    expect(after).toMatch(new RegExp(`${cba.title}, \\d{4}-\\d{2}-\\d{2}`));
    expect(after.replace(/\s+/g, ' ')).toContain('decide: Try a month.');
    for (const id of boxes) expect(after).toContain(ITEMS[id]!);
    // The question reads right for two behaviours.
    expect(pty.output()).toContain('gaming and gambling');
    expect(pty.output()).not.toMatch(/does gaming and gambling|gaming and gambling cost\b/);
  });

  it('a draft picked up again shows the answers so far before the next question', async () => {
    const first = startPty(['cba'], { FOURPOINT_HOME: home, NO_COLOR: '1' }, { cols: 80, rows: 60 });
    await fillBox(first, boxes[0]!);
    await first.waitFor(/Cost 1\s+\? Item/);
    first.type(KEY.ctrlC);
    const code = await first.exit();
    expect(code, first.output()).toBe(130);

    const second = startPty(['cba'], { FOURPOINT_HOME: home, NO_COLOR: '1' }, { cols: 80, rows: 60 });
    await second.answer('Pick up where you left off', KEY.enter);
    await second.waitFor('Your answers so far');
    const mark = second.output().lastIndexOf('Your answers so far');
    await second.waitFor('Item');
    const shown = second.output().slice(mark);
    expect(shown.slice(0, shown.indexOf('Item'))).toContain(ITEMS[boxes[0]!]!);
    second.type(KEY.ctrlC);
    expect(await second.exit()).toBe(130);
  });

  it('at 60 columns, hostile text in the boxes reaches the screen made safe and within the width', async () => {
    // The boxes come from an answers file; only the decision is asked at the terminal, after them.
    const hostile = '\u001b[31mRED\u0007 | **bold** `tick` ' + 'longwordwithoutanybreak'.repeat(4) + ' 😀 中文';
    const row = (item: string) => [{ item, term: 'short', importance: 5 }];
    const answers = Object.fromEntries(boxes.map((id) => [id, row(id === boxes[0] ? hostile : ITEMS[id]!)]));
    writeFileSync(join(home, 'boxes.json'), JSON.stringify(answers));
    const pty = startPty(['cba', '--answers', join(home, 'boxes.json')], { FOURPOINT_HOME: home, NO_COLOR: '1' }, { cols: 60, rows: 80 });
    // The questions wrap at 60 columns: their first words are looked for.
    await pty.answer(opening(cba.fields.find((f) => f.type === 'list')!.label).slice(0, 24), KEY.enter);
    await pty.waitFor(opening(decision.label).slice(0, 24));
    pty.type(`Stop.${KEY.enter}`);
    await pty.waitFor('Saved');
    expect(await pty.exit()).toBe(0);
    const raw = pty.raw();
    expect(raw).not.toContain('\u0007');
    expect(raw).not.toContain('\u001b[31m');
    // The boxes, as a table or (a word too long for one at 60 columns) stacked under their row labels.
    const out = pty.output();
    const boxesShown = out.slice(out.indexOf('Your answers so far'), out.indexOf('? Looking'));
    const lines = boxesShown.split(/\r?\n/).map((l) => l.slice(l.lastIndexOf('\r') + 1));
    expect(lines.filter((l) => stringWidth(l) > 60)).toEqual([]);
    for (const r of grid.rows) expect(boxesShown).toContain(r.label);
    expect(boxesShown).toContain('\\e[31mRED\\a');
  });
});
