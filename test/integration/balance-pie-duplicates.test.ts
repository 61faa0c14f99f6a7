// The Balance Pie without a terminal: an answers file or --set that names an area twice is refused with one
// line and exit 2, and nothing is saved; the same areas once each are saved as given.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { choiceValue } from '../../src/worksheets/definition.js';
import { ROOT, cli, removeDir, tempDir } from '../helpers/cli.js';
import { shippedDefinition } from '../helpers/answers-from-definition.js';

const pie = shippedDefinition('lifestyle-balance-pie');
const group = pie.fields.find((f) => f.type === 'group' && f.pick)!;
const first = group.type === 'group' ? group.fields[0]! : undefined;
const areas = first?.type === 'choice' ? first.choices.map(choiceValue) : [];

let home: string;
beforeEach(() => {
  home = tempDir();
  expect(cli(home, ['init', '--behaviour', 'gaming']).code).toBe(0);
});
afterEach(() => removeDir(home));

const saved = () => (JSON.parse(cli(home, ['journal', 'list', '--json']).stdout) as { worksheet?: { id: string } }[]).filter((e) => e.worksheet?.id === pie.id);

describe('Balance Pie areas given without a terminal', () => {
  it.each([
    ['the same choice twice', [areas[0], areas[1], areas[0]]],
    ['the same area in other capitals and spaces', [areas[1], ` ${areas[1]!.toUpperCase()} `]],
    ['an own area twice', ['music', 'Music']],
  ])('refuses %s: one line, exit 2, nothing saved', (_name, names) => {
    const file = join(home, 'pie.json');
    writeFileSync(file, JSON.stringify({ [group.id]: names.map((area, i) => ({ area, rating: i + 2 })), firstStep: 'a walk' }));
    const r = cli(home, ['worksheet', 'fill', pie.id, '--answers', file]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/given more than once/);
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
    expect(saved()).toEqual([]);
  });

  it('saves each area once, as given, and progress reads their ratings', () => {
    const file = join(home, 'pie.json');
    const rows = [areas[0], areas[2], 'music'].map((area, i) => ({ area, rating: i + 2 }));
    writeFileSync(file, JSON.stringify({ [group.id]: rows, firstStep: 'a walk' }));
    expect(cli(home, ['worksheet', 'fill', pie.id, '--answers', file]).code).toBe(0);
    expect(saved()).toHaveLength(1);
    const progress = JSON.parse(cli(home, ['progress', '--json']).stdout) as { points: { criteria: { id: string; value: number }[] }[] };
    expect(progress.points.flatMap((p) => p.criteria).find((c) => c.id === 'balance-pie')?.value).toBe(rows.length);
    const set = cli(home, ['worksheet', 'fill', pie.id, '--set', `${group.id}=${JSON.stringify([...rows, rows[0]])}`]);
    expect(set.code).toBe(2);
    expect(saved()).toHaveLength(1);
  });
});

describe('Balance Pie areas changed by journal edit', () => {
  const EDITOR = join(ROOT, 'test', 'fixtures', 'editor.mjs');
  const fill = () => {
    const file = join(home, 'pie.json');
    writeFileSync(file, JSON.stringify({ [group.id]: [areas[0], areas[1]].map((area, i) => ({ area, rating: i + 3 })), firstStep: 'a walk' }));
    expect(cli(home, ['worksheet', 'fill', pie.id, '--answers', file]).code).toBe(0);
    return (saved()[0] as { id: string }).id;
  };

  it('refuses an area named twice in the editor: one line, exit 2, the entry as it was', () => {
    const id = fill();
    const before = saved();
    const r = cli(home, ['journal', 'edit', id, '--editor'], { env: { EDITOR: `${process.execPath} ${EDITOR} --repeat-first ${group.id}` } });
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(`"${areas[0]}" given more than once`);
    expect(saved()).toEqual(before);
  });

  it('refuses an area named twice by --set, and takes a change to another answer', () => {
    const id = fill();
    const before = saved();
    const rows = [areas[0], areas[1], areas[0]].map((area) => ({ area, rating: 5 }));
    const r = cli(home, ['journal', 'edit', id, '--set', `${group.id}=${JSON.stringify(rows)}`]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/given more than once/);
    expect(saved()).toEqual(before);
    expect(cli(home, ['journal', 'edit', id, '--set', 'firstStep=call Sam']).code).toBe(0);
    expect((saved()[0] as { answers: { firstStep: string } }).answers.firstStep).toBe('call Sam');
  });
});
