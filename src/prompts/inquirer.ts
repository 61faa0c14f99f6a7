// The inquirer Prompter: real prompts in a real terminal. Loaded only when a person is there to answer.
import { screenWidth, wrapBlock } from '../ui/layout.js';
import { terminalSafe } from '../ui/safe-text.js';
import { Separator, checkbox, confirm, input, select } from '@inquirer/prompts';
import { CancelledError } from '../errors.js';
import { readNumber } from '../domain/numbers.js';
import type { Io } from '../io/io.js';
import type { ChoiceOption, Prompter, Question } from './prompter.js';

/** Choices with a separator line before each group's first, so the list reads as headed sections. */
function grouped(choices: ChoiceOption[]): ({ value: string; name: string; description?: string } | Separator)[] {
  const out: ({ value: string; name: string; description?: string } | Separator)[] = [];
  let group: string | undefined;
  for (const c of choices) {
    if (c.group !== undefined && c.group !== group) out.push(new Separator(c.group));
    group = c.group;
    out.push({ value: c.value, name: c.group === undefined ? c.label : `  ${c.label}`, description: c.hint });
  }
  return out;
}

function isCancel(error: unknown): boolean {
  return error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError');
}

export class InquirerPrompter implements Prompter {
  readonly interactive = true;

  constructor(private readonly io: Io) {}

  private get context() {
    return { input: this.io.stdin, output: this.io.stdout as NodeJS.WritableStream };
  }

  private async ask<T>(prompt: () => Promise<T>): Promise<T> {
    try {
      return await prompt();
    } catch (error) {
      if (isCancel(error)) throw new CancelledError();
      throw error;
    }
  }

  async text(q: Question & { default?: string; validate?: (value: string) => string | true }) {
    const value = await this.ask(() =>
      input(
        {
          message: q.message,
          default: q.default,
          required: q.required,
          validate: (v) => (q.validate && v !== '' ? q.validate(v) : true),
        },
        this.context,
      ),
    );
    const trimmed = value.trim();
    return trimmed === '' ? undefined : trimmed;
  }

  async number(q: Question & { default?: number; min?: number; max?: number; integer?: boolean }) {
    const range = q.min !== undefined && q.max !== undefined ? ` from ${q.min} to ${q.max}` : '';
    const text = await this.text({
      ...q,
      default: q.default === undefined ? undefined : String(q.default),
      validate: (v) => {
        const n = readNumber(v);
        if (n === undefined) return `Please type a number${range}.`;
        if (q.integer && !Number.isInteger(n)) return `Please type a whole number${range}.`;
        if ((q.min !== undefined && n < q.min) || (q.max !== undefined && n > q.max)) return `Please type a number${range}.`;
        return true;
      },
    });
    return text === undefined ? undefined : readNumber(text);
  }

  async confirm(q: Question & { default?: boolean }) {
    return this.ask(() => confirm({ message: q.message, default: q.default }, this.context));
  }

  async select(q: Question & { choices: ChoiceOption[]; default?: string }) {
    return this.ask(() =>
      select(
        {
          message: q.message,
          default: q.default,
          pageSize: 12,
          choices: grouped(q.choices),
        },
        this.context,
      ),
    );
  }

  async multiselect(q: Question & { choices: ChoiceOption[]; default?: string[] }) {
    const chosen = new Set(q.default ?? []);
    return this.ask(() =>
      checkbox(
        {
          message: q.message,
          pageSize: 12,
          required: q.required,
          choices: q.choices.map((c) => ({ value: c.value, name: c.label, checked: chosen.has(c.value) })),
        },
        this.context,
      ),
    );
  }

  async longtext(q: Question & { default?: string }) {
    return this.text(q);
  }

  say(text: string) {
    this.io.stdout.write(`${terminalSafe(wrapBlock(text, screenWidth(this.io)))}\n`);
  }
}
