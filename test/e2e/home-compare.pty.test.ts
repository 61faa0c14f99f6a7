// From the home menu's Journal: two Cost-Benefit Analyses side by side (this one against your first),
// fitted to the terminal: two columns at 120, stacked at 60. Answers come from the shipped definition.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { removeDir, tempDir } from '../helpers/cli.js';
import { answersFor, shippedDefinition } from '../helpers/answers-from-definition.js';
import { dayFromToday, writeStore } from '../helpers/fixture-store.js';
import { KEY, startPty } from '../helpers/pty.js';

const ESC = '\u001b';
const def = shippedDefinition('cost-benefit-analysis');

let home: string;
beforeEach(() => {
  home = tempDir();
  const cba = (id: string, date: string, conclusion: string) => ({ id, kind: 'worksheet', worksheet: { id: def.id, version: def.version }, point: 1, date, answers: { ...answersFor(def, date), conclusion } });
  writeStore(home, [cba('first-cba-0001', dayFromToday(-20), 'FIRSTWORD'), cba('now-cba-00002', dayFromToday(-1), 'NOWWORD')]);
});
afterEach(() => removeDir(home));

async function compare(cols: number): Promise<string[]> {
  const pty = startPty([], { FOURPOINT_HOME: home, NO_COLOR: '1' }, { cols, rows: 50 });
  await pty.answer('What would you like to do?', `${KEY.down.repeat(4)}${KEY.enter}`); // My journal
  await pty.answer('Which entry would you like to open?', KEY.enter); // newest first: the CBA from yesterday
  await pty.waitFor('NOWWORD');
  await pty.waitFor('Compare side by side with your first');
  pty.type(`${KEY.down}${KEY.enter}`);
  await pty.waitFor('Your first');
  await pty.answer('What would you like to do with it?', ESC);
  await pty.answer('Which entry would you like to open?', ESC);
  await pty.answer('What would you like to do?', `${KEY.up}${KEY.enter}`);
  expect(await pty.exit()).toBe(0);
  const out = pty.output();
  return out.slice(out.lastIndexOf('Your first')).split(/\r?\n/);
}

describe('compare two fillings from the journal', () => {
  it('at 120 columns: side by side, the first on the left, nothing wider than the screen', async () => {
    const lines = await compare(120);
    expect(lines[0]).toMatch(/Your first, \S+ +│ This one, /);
    expect(lines.some((l) => /FIRSTWORD +│ .*NOWWORD/.test(l)), lines.join("\n")).toBe(true);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(120);
  }, 40_000);

  it('at 60 columns: stacked, the first one above', async () => {
    const lines = await compare(60);
    expect(lines.some((l) => l.includes('│ This one'))).toBe(false);
    const first = lines.findIndex((l) => l.includes('FIRSTWORD'));
    const now = lines.findIndex((l) => l.startsWith('This one,'));
    expect(first).toBeGreaterThan(0);
    expect(now).toBeGreaterThan(first);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(60);
  }, 40_000);
});
