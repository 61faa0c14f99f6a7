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
  // The first question, then the whole intro filled in: the screen wraps it to its width, so words are
  // compared with the line breaks (the YAML's and the screen's) taken out.
  await pty.waitFor(def.fields[0]!.label.replaceAll('{behaviour}', 'gaming'));
  pty.type(KEY.ctrlC);
  expect(await pty.exit()).toBe(130);
  const words = (text: string) => text.replace(/\s+/g, ' ').trim();
  expect(words(pty.output())).toContain(words((def.intro ?? '').replaceAll('{behaviour}', 'gaming')));
  expect(pty.output()).not.toContain('{behaviour}');
});
