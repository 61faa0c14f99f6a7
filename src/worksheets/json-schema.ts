// The definition format as JSON Schema, generated from the zod schema so the two cannot drift.
// Written to schema/worksheet.schema.json by `npm run schema`; a test regenerates and compares.
import { z } from 'zod';
import { definitionSchema } from './definition.js';

export function definitionJsonSchema(): Record<string, unknown> {
  // "input": what a YAML file may say (fields with defaults are optional there).
  const generated = z.toJSONSchema(definitionSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    title: 'fourpoint worksheet definition',
    description: 'A worksheet for fourpoint, written in YAML. Checks that need more than one field (unique ids, `when` naming an earlier field, min not above max) are made by `fourpoint worksheet validate`.',
    ...rest,
  };
}

export function definitionJsonSchemaText(): string {
  return `${JSON.stringify(definitionJsonSchema(), null, 2)}\n`;
}
