// Writes schema/worksheet.schema.json from the built zod schema (run: npm run schema).
import { writeFileSync } from 'node:fs';
import { definitionJsonSchemaText } from '../dist/worksheets/json-schema.js';

writeFileSync(new URL('../schema/worksheet.schema.json', import.meta.url), definitionJsonSchemaText());
console.error('wrote schema/worksheet.schema.json');
