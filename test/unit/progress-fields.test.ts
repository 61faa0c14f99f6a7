// Every answer progress reads must exist in the shipped definition, with a type that gives what progress
// expects: a renamed field would otherwise count nothing, silently (the balance pie read `now`, not `rating`).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDefinition } from '../../src/worksheets/loader.js';
import type { Field, WorksheetDefinition } from '../../src/worksheets/definition.js';
import { choiceValue } from '../../src/worksheets/definition.js';
import { CRITERIA } from '../../src/domain/progress/criteria.js';
import { FIELDS_READ, type ReadAs } from '../../src/domain/progress/fields.js';
import { ROOT } from '../helpers/cli.js';

const DIR = join(ROOT, 'worksheets');
const shipped = new Map<string, WorksheetDefinition>();
for (const file of readdirSync(DIR).filter((f) => f.endsWith('.yaml'))) {
  const checked = checkDefinition(readFileSync(join(DIR, file), 'utf8'), file);
  if (checked.ok) shipped.set(checked.definition.id, checked.definition);
}

const TYPES: Record<ReadAs, readonly string[]> = {
  number: ['number', 'scale'],
  text: ['text', 'longtext', 'list', 'multichoice', 'choice'],
  boolean: ['boolean'],
  choice: ['choice'],
};

function fieldAt(fields: readonly Field[], path: readonly string[]): Field | undefined {
  const [id, ...rest] = path;
  const field = fields.find((f) => f.id === id);
  if (!field || rest.length === 0) return field;
  return field.type === 'group' ? fieldAt(field.fields, rest) : undefined;
}

describe('the answers progress reads', () => {
  it.each(FIELDS_READ.map((r) => [`${r.worksheet}: ${r.path.join('.')}`, r] as const))('%s is in the shipped definition with a fitting type', (_, read) => {
    const def = shipped.get(read.worksheet);
    expect(def, `worksheets/${read.worksheet}.yaml`).toBeDefined();
    const field = fieldAt(def!.fields, read.path);
    expect(field, `no field ${read.path.join('.')} in ${read.worksheet}`).toBeDefined();
    expect(TYPES[read.as]).toContain(field!.type);
    if (read.values && field!.type === 'choice') expect(field!.choices.map(choiceValue)).toEqual(expect.arrayContaining([...read.values]));
  });

  it('names only worksheets that are shipped', () => {
    const named = CRITERIA.map((c) => c.worksheet).filter((w): w is string => w !== null);
    expect(named.filter((w) => !shipped.has(w))).toEqual([]);
  });
});
