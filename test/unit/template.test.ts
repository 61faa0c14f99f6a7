// templatedDefinition fills {behaviour} in every text a person reads, and leaves what answers are stored under.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { checkDefinition } from '../../src/worksheets/loader.js';
import { definitionSchema } from '../../src/worksheets/definition.js';
import { templatedDefinition } from '../../src/worksheets/template.js';
import { ROOT } from '../helpers/cli.js';

const profile = { behaviours: ['gaming'], startDate: '2026-11-01', why: '', supportContacts: [], graduation: {} };

it('leaves no {behaviour} in any shipped definition', () => {
  for (const dir of [join(ROOT, 'worksheets'), join(ROOT, 'worksheets', 'family')])
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml'))) {
      const checked = checkDefinition(readFileSync(join(dir, file), 'utf8'), file);
      if (!checked.ok) continue;
      expect(JSON.stringify(templatedDefinition(checked.definition, profile)), file).not.toContain('{behaviour}');
    }
});

it('fills labels, help, examples and choice labels, keeping ids and choice values', () => {
  const def = definitionSchema.parse({
    id: 'sample', version: 1, title: 'About {behaviour}', point: 1, summary: 'S {behaviour}', intro: 'I {behaviour}',
    fields: [
      { id: 'a', type: 'choice', label: 'L {behaviour}', help: 'H {behaviour}', example: 'E {behaviour}', choices: ['less {behaviour}', { value: 'v', label: 'no {behaviour}' }] },
      { id: 'g', type: 'group', label: 'G', fields: [{ id: 't', type: 'text', label: 'T {behaviour}', default: 'D {behaviour}' }] },
    ],
  });
  const out = templatedDefinition(def, profile);
  expect([out.title, out.summary, out.intro]).toEqual(['About gaming', 'S gaming', 'I gaming']);
  expect(out.fields[0]).toMatchObject({ id: 'a', label: 'L gaming', help: 'H gaming', example: 'E gaming', choices: [{ value: 'less {behaviour}', label: 'less gaming' }, { value: 'v', label: 'no gaming' }] });
  expect(out.fields[1]).toMatchObject({ fields: [{ id: 't', label: 'T gaming', default: 'D gaming' }] });
});
