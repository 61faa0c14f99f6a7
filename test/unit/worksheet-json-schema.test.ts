// The published JSON Schema is generated from the zod schema; this fails when they drift apart.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { definitionJsonSchema, definitionJsonSchemaText } from '../../src/worksheets/json-schema.js';
import { checkDefinition } from '../../src/worksheets/loader.js';
import { ROOT } from '../helpers/cli.js';

describe('schema/worksheet.schema.json', () => {
  it('matches what the zod schema generates (run npm run schema after changing definition.ts)', () => {
    expect(readFileSync(join(ROOT, 'schema', 'worksheet.schema.json'), 'utf8')).toBe(definitionJsonSchemaText());
  });

  it('describes every field type and the required top-level keys', () => {
    const schema = definitionJsonSchema() as { required: string[]; properties: { fields: { items: { oneOf: { properties: { type: { const: string } } }[] } } } };
    const types = schema.properties.fields.items.oneOf.map((o) => o.properties.type.const).sort();
    expect(types).toEqual(['boolean', 'choice', 'date', 'group', 'list', 'longtext', 'multichoice', 'number', 'scale', 'text']);
    expect(schema.required).toEqual(expect.arrayContaining(['id', 'version', 'title', 'point', 'summary', 'fields']));
  });
});

describe('schema/README.md', () => {
  it('shows an example definition that validates', () => {
    const readme = readFileSync(join(ROOT, 'schema', 'README.md'), 'utf8');
    const example = /```yaml\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    const checked = checkDefinition(example, 'three-good-things.yaml');
    expect(checked.ok ? [] : checked.problems).toEqual([]);
  });
});
