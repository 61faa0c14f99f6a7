// Shortcuts: `fourpoint cba` runs `fourpoint worksheet fill cost-benefit-analysis`.
// A plain list, so start-up never reads YAML for commands that have nothing to do with worksheets;
// a test keeps it in step with the `shortcut:` of each shipped definition.
import type { Command } from 'commander';
import type { App } from '../context.js';
import { addFillOptions } from './worksheet.js';
import { examples, wire } from './wire.js';

export const SHORTCUTS: Record<string, { id: string; title: string }> = {
  cba: { id: 'cost-benefit-analysis', title: 'Cost-Benefit Analysis' },
  plan: { id: 'change-plan', title: 'Change Plan' },
  hov: { id: 'hierarchy-of-values', title: 'Hierarchy of Values' },
  urgelog: { id: 'urge-log', title: 'Urge log' },
  deads: { id: 'deads', title: 'DEADS plan' },
  disarm: { id: 'disarm', title: 'DISARM' },
  abc: { id: 'abc', title: 'ABC of thoughts and feelings' },
  solve: { id: 'problem-solving', title: 'Problem solving' },
  usa: { id: 'self-acceptance', title: 'Unconditional self-acceptance' },
  uoa: { id: 'other-acceptance', title: 'Unconditional other-acceptance and life-acceptance' },
  backslide: { id: 'backsliding-plan', title: 'Backsliding plan' },
  rehearse: { id: 'rehearsal', title: 'Rehearsal' },
  coping: { id: 'coping-statements', title: 'Rational coping statements' },
  pie: { id: 'lifestyle-balance-pie', title: 'Lifestyle Balance Pie' },
  vaci: { id: 'vaci', title: 'Vital absorbing creative interests' },
  goals: { id: 'goals', title: 'Goals' },
};

export function register(program: Command, app: App): void {
  for (const [name, { id, title }] of Object.entries(SHORTCUTS)) {
    const cmd = addFillOptions(program.command(name).description(`${title} (same as: worksheet fill ${id})`)).addHelpText(
      'after',
      examples([`fourpoint ${name}`, `fourpoint ${name} --answers ${name}.json`, `fourpoint worksheet history ${name}`, `fourpoint learn ${name}`]),
    );
    wire(cmd, app, async () => {
      const mod = await import('../commands/worksheet-fill.js');
      return { run: (options: never, a: App) => mod.run(options, a, [id]) };
    });
  }
}
