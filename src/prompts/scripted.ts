// The scripted Prompter: answers come from a map (flags, answers files, tests), never from a person.
import { UsageError } from '../errors.js';
import type { ChoiceOption, Prompter, Question } from './prompter.js';

export interface ScriptedOptions {
  /** How to tell the person which flag supplies a missing answer, e.g. (field) => `--mood N`. */
  flagFor?: (field: string) => string;
  /** Where say() goes; dropped by default. */
  onSay?: (text: string) => void;
}

export class ScriptedPrompter implements Prompter {
  readonly interactive = false;
  readonly asked: string[] = [];

  constructor(
    private readonly answers: Record<string, unknown> = {},
    private readonly options: ScriptedOptions = {},
  ) {}

  private take<T>(q: Question & { default?: T }): T | undefined {
    this.asked.push(q.name);
    if (Object.hasOwn(this.answers, q.name)) return this.answers[q.name] as T;
    if (q.default !== undefined) return q.default;
    if (q.required) {
      const flag = this.options.flagFor?.(q.field) ?? `--set ${q.field}=…`;
      const asked = q.message.replace(/(\s*\([^)]*\))+$/, '').replace(/[?:]\s*$/, '');
      // A question inside a group row ("Item") is named with its place, such as benefitsOfDoing.0.item.
      const where = q.name.split('.').length > 2 ? ` (${q.name})` : '';
      throw new UsageError(`missing an answer for "${asked}"${where}`, `not at a terminal, so pass ${flag}`);
    }
    return undefined;
  }

  async text(q: Question & { default?: string; validate?: (value: string) => string | true }) {
    const value = this.take(q);
    if (value !== undefined && q.validate) {
      const verdict = q.validate(String(value));
      if (verdict !== true) throw new UsageError(`${q.field}: ${verdict}`);
    }
    return value === undefined || value === '' ? undefined : String(value);
  }
  async number(q: Question & { default?: number }) {
    const value = this.take(q);
    return value === undefined ? undefined : Number(value);
  }
  async confirm(q: Question & { default?: boolean }) {
    // A required yes/no with no default is never guessed: "no" would be recorded as the person's answer.
    return Boolean(this.take({ ...q, default: q.default ?? (q.required ? undefined : false) }));
  }
  async select(q: Question & { choices: ChoiceOption[]; default?: string }) {
    const value = this.take(q);
    return value === undefined ? '' : String(value);
  }
  async multiselect(q: Question & { choices: ChoiceOption[]; default?: string[] }) {
    return (this.take(q) as string[] | undefined) ?? [];
  }
  async longtext(q: Question & { default?: string }) {
    return this.text(q);
  }
  say(text: string) {
    this.options.onSay?.(text);
  }
}
