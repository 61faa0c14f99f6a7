// The inquirer Prompter: real prompts in a real terminal. Loaded only when a person is there to answer.
import { screenWidth, wrapBlock } from '../ui/layout.js';
import { terminalSafe } from '../ui/safe-text.js';
import { Separator, checkbox, confirm, input, select } from '@inquirer/prompts';
import { CancelledError } from '../errors.js';
import { readNumber } from '../domain/numbers.js';
import type { Io } from '../io/io.js';
import type { ChoiceOption, Prompter, Question } from './prompter.js';

/** What a person sees when an answer is needed; the prompt library's own messages are never shown. */
export const NEEDS_TEXT = 'This one needs an answer: please type it.';
export const NEEDS_CHOICE = 'Please choose at least one: Space ticks a choice, Enter goes on.';

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
          // Our own words, never the library's: `required` and a false verdict would show its English.
          validate: (v) => (v.trim() === '' ? (q.required ? NEEDS_TEXT : true) : q.validate ? q.validate(v) : true),
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
    if (q.default === undefined && q.required) return this.yesOrNo(q);
    return this.ask(() => confirm({ message: q.message, default: q.default }, this.context));
  }

  /** A required yes/no with no default: Enter alone does not answer (inquirer's confirm would take it as yes). */
  private async yesOrNo(q: Question): Promise<boolean> {
    const value = await this.ask(() =>
      input(
        {
          message: `${q.message} (y/n)`,
          validate: (v) => (/^(y|yes|n|no)$/i.test(v.trim()) ? true : 'Please type y for yes or n for no.'),
        },
        this.context,
      ),
    );
    return /^y/i.test(value.trim());
  }

  async select(q: Question & { choices: ChoiceOption[]; default?: string; back?: string }) {
    const config = { message: q.message, default: q.default, pageSize: 12, choices: grouped(q.choices) };
    if (q.back === undefined) return this.ask(() => select(config, this.context));
    // Esc aborts the prompt through its signal; readline reports a lone Esc as the "escape" key.
    const esc = new AbortController();
    const onKey = (_s: unknown, key?: { name?: string }) => {
      if (key?.name === 'escape') esc.abort();
    };
    const stdin = this.io.stdin;
    try {
      const answer = select(config, { ...this.context, signal: esc.signal });
      stdin.on('keypress', onKey);
      return await answer;
    } catch (error) {
      if (esc.signal.aborted) return q.back;
      if (isCancel(error)) throw new CancelledError();
      throw error;
    } finally {
      stdin.off('keypress', onKey);
    }
  }

  async multiselect(q: Question & { choices: ChoiceOption[]; default?: string[] }) {
    const chosen = new Set(q.default ?? []);
    return this.ask(() =>
      checkbox(
        {
          message: q.message,
          pageSize: 12,
          validate: (picked: readonly unknown[]) => (q.required && picked.length === 0 ? NEEDS_CHOICE : true),
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
