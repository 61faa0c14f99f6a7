// fourpoint worksheet show <id>: what a worksheet asks, field by field.
import { screenWidth, wrapBlock } from '../../ui/layout.js';
import type { App } from '../context.js';
import { fillTemplate, reflow } from '../../worksheets/template.js';
import type { Field, LeafField } from '../../worksheets/definition.js';
import { choiceValue } from '../../worksheets/choices.js';
import { POINT_TITLES } from '../../domain/points.js';

export interface ShowOptions {
  json?: boolean;
}

function describeType(f: Field | LeafField): string {
  switch (f.type) {
    case 'scale':
      return `scale ${f.min}-${f.max}${f.labels ? ` (${f.labels[0]} to ${f.labels[1]})` : ''}`;
    case 'number':
      return `number${f.min !== undefined ? ` from ${f.min}` : ''}${f.max !== undefined ? ` to ${f.max}` : ''}`;
    case 'choice':
    case 'multichoice':
      return `${f.type}: ${f.choices.map(choiceValue).join(' | ')}${f.type === 'multichoice' && f.other ? ' | your own' : ''}`;
    case 'list':
      return `list${f.min ? ` (at least ${f.min})` : ''}`;
    default:
      return f.type;
  }
}

function describeWhen(w: NonNullable<Field['when']>): string {
  const parts = [
    w.equals !== undefined ? `is ${String(w.equals)}` : '',
    w.in !== undefined ? `is one of ${w.in.map(String).join(', ')}` : '',
    w.notEquals !== undefined ? `is not ${String(w.notEquals)}` : '',
  ].filter(Boolean);
  return `${w.field} ${parts.join(' and ') || 'matches'}`;
}

export async function run(o: ShowOptions, app: App, args: string[]): Promise<void> {
  const { definition: d, file } = app.library.require(args[0]!);
  if (o.json) {
    app.out(JSON.stringify(d, null, 2));
    return;
  }
  const t = app.theme;
  app.out(t.heading(`${d.title} (${d.id}, version ${d.version})`));
  app.out(t.dim(d.point ? `Point ${d.point}: ${POINT_TITLES[d.point]}` : 'Not tied to one point'));
  const profile = app.store.profile();
  app.out(`${fillTemplate(d.summary, profile)}\n`);
  if (d.intro) app.out(`${wrapBlock(reflow(fillTemplate(d.intro.trim(), profile)), screenWidth(app.io))}\n`);
  const lines = (fields: readonly (Field | LeafField)[], indent: string) => {
    for (const f of fields) {
      const flags = [f.required ? 'required' : '', f.when ? `only if ${describeWhen(f.when)}` : ''].filter(Boolean).join(', ');
      app.out(`${indent}${t.accent(f.id)}  ${t.dim(describeType(f))}${flags ? t.dim(` [${flags}]`) : ''}`);
      app.out(`${indent}  ${fillTemplate(f.label, profile)}`);
      if (f.type === 'group') lines(f.fields, `${indent}    `);
    }
  };
  lines(d.fields, '  ');
  app.out(t.dim(`\nFrom ${file}`));
}
