// `worksheet fill` at a terminal shows the person's own behaviour where a definition says {behaviour}
// (intros, questions, help), as `worksheet show` does. Each shipped worksheet that uses it is typed into.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { checkDefinition } from '../../src/worksheets/loader.js';
import type { WorksheetDefinition } from '../../src/worksheets/definition.js';
import { cli, removeDir, ROOT, tempDir } from '../helpers/cli.js';
import { KEY, startPty } from '../helpers/pty.js';

const DIR = join(ROOT, 'worksheets');
const templated: WorksheetDefinition[] = readdirSync(DIR)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => checkDefinition(readFileSync(join(DIR, f), 'utf8'), f))
  .flatMap((c) => (c.ok && c.definition.kind === 'worksheet' && !c.definition.hidden ? [c.definition] : []))
  .filter((d) => `${d.intro ?? ''}${d.fields[0]!.label}`.includes('{behaviour}'));

let home: string;
beforeAll(() => {
  home = tempDir();
  expect(cli(home, ['init', '--behaviour', 'gaming', '--start-date', '2026-11-01']).code).toBe(0);
});
afterAll(() => removeDir(home));

it('finds the worksheets that name the behaviour in their intro or first question', () => {
  expect(templated.map((d) => d.id)).toEqual(expect.arrayContaining(['hierarchy-of-values', 'vaci']));
});

it.each(templated.map((d) => [d.id, d] as const))('%s: the intro and first question name the behaviour, never {behaviour}', async (id, def) => {
  const pty = startPty(['worksheet', 'fill', id], { FOURPOINT_HOME: home, NO_COLOR: '1' });
  // Every line of the intro, filled in, then the first question.
  for (const line of (def.intro ?? '').trim().split('\n')) await pty.waitFor(line.replaceAll('{behaviour}', 'gaming').trim());
  await pty.waitFor(def.fields[0]!.label.replaceAll('{behaviour}', 'gaming'));
  pty.type(KEY.ctrlC);
  expect(await pty.exit()).toBe(130);
  expect(pty.output()).not.toContain('{behaviour}');
});
