// Each listed worksheet, filled end to end from an answers file by the built CLI, then read back
// and rendered: the Markdown must parse and pass markdownlint.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { marked } from 'marked';
import { lint } from 'markdownlint/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli as cliNow, removeDir, ROOT, tempDir } from '../helpers/cli.js';
import { onDay } from '../helpers/clock.js';

const FIXTURES = join(ROOT, 'test', 'fixtures', 'answers');
const fixtures = readdirSync(FIXTURES).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5));

// The fixtures hold review dates still to come on this day (a date field may be future-only).
const cli = (home: string, args: string[]) => cliNow(home, args, { env: onDay('2026-11-23') });

let home: string;
beforeAll(() => {
  home = tempDir();
  expect(cli(home, ['init', '--behaviour', 'gambling', '--start-date', '2026-11-01']).code).toBe(0);
});
afterAll(() => removeDir(home));

describe('every listed worksheet', () => {
  it('has an answers fixture, so none is left untested', () => {
    const listed = JSON.parse(cli(home, ['worksheet', 'list', '--json']).stdout) as { id: string }[];
    expect(listed.map((w) => w.id).sort()).toEqual([...fixtures].sort());
  });

  describe.each(fixtures)('%s', (id) => {
    const file = join(FIXTURES, `${id}.json`);
    const answers = JSON.parse(readFileSync(file, 'utf8'));

    it('fills from an answers file and keeps exactly those answers', () => {
      const filled = cli(home, ['worksheet', 'fill', id, '--answers', file, '--json']);
      expect(filled.stderr).toContain('Saved');
      expect(filled.code).toBe(0);
      const history = JSON.parse(cli(home, ['worksheet', 'history', id, '--json']).stdout);
      expect(history).toHaveLength(1);
      expect(history[0].answers).toEqual(answers);
      expect(history[0].worksheet.id).toBe(id);
    });

    it('renders to Markdown that marked parses and markdownlint accepts', () => {
      const md = cli(home, ['worksheet', 'history', id, '--markdown']);
      expect(md.code).toBe(0);
      const tokens = marked.lexer(md.stdout);
      expect(tokens.filter((t) => t.type === 'heading').length).toBe(2);
      // Long lines are the person's own sentences, so the line-length rule does not apply.
      const result = lint({ strings: { [id]: md.stdout }, config: { default: true, MD013: false } });
      expect(result[id]).toEqual([]);
      expect(md.stdout).not.toContain('{behaviour}');
    });
  });

  it('draws the CBA as a 2 by 2 table and the balance pie as a table with bars', () => {
    const cba = marked.lexer(cli(home, ['worksheet', 'history', 'cba', '--markdown']).stdout).filter((t) => t.type === 'table');
    expect(cba).toHaveLength(1);
    expect((cba[0] as { rows: unknown[] }).rows).toHaveLength(2);
    const pie = cli(home, ['worksheet', 'history', 'pie', '--markdown']).stdout;
    expect(marked.lexer(pie).some((t) => t.type === 'table')).toBe(true);
    expect(pie).toMatch(/physical health \| `███░░░░░░░` 3 \| `███████░░░` 7 \|/);
  });

  it('can be reached by its shortcut', () => {
    const r = cli(home, ['goals', '--set', 'goal=Swim once a week', '--set', 'steps=find the pool times']);
    expect(r.code).toBe(0);
    const history = JSON.parse(cli(home, ['worksheet', 'history', 'goals', '--json']).stdout);
    // Other Goals entries of the same (fixed) day may sort after it: find this one by its answer.
    expect(history.find((e: { answers: { goal?: string } }) => e.answers.goal === 'Swim once a week')?.answers).toEqual({ goal: 'Swim once a week', steps: ['find the pool times'] });
    expect(cli(home, ['worksheet', 'history', 'goals']).stdout).toMatch(/2026-\d\d-\d\d {2}[0-9a-f]{8} {2}Swim once a week/);
  });
});
