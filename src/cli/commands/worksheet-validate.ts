// fourpoint worksheet validate FILE: checks a definition of your own, reporting every problem.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from '../../errors.js';
import { checkDefinition } from '../../worksheets/loader.js';
import type { App } from '../context.js';

export interface ValidateOptions {
  json?: boolean;
}

export async function run(o: ValidateOptions, app: App, args: string[]): Promise<number> {
  const file = args[0]!;
  let text: string;
  try {
    text = readFileSync(resolve(app.io.cwd, file), 'utf8');
  } catch {
    throw new UsageError(`cannot read ${file}`);
  }
  const checked = checkDefinition(text, file);
  if (o.json) app.out(JSON.stringify(checked.ok ? { ok: true, id: checked.definition.id } : { ok: false, problems: checked.problems }, null, 2));
  if (!checked.ok) {
    for (const p of checked.problems) app.say(p);
    app.say(app.theme.dim(`${checked.problems.length} problem${checked.problems.length === 1 ? '' : 's'}. The format is described in schema/worksheet.schema.json.`));
    return 2;
  }
  const d = checked.definition;
  app.say(`${app.theme.good('ok')} ${file}: ${d.id}, "${d.title}", ${d.fields.length} field${d.fields.length === 1 ? '' : 's'}`);
  return 0;
}
