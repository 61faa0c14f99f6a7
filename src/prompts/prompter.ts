// The Prompter: the only way the program asks a person anything.
// Adapters: inquirer (a real terminal) and scripted (flags, answers files, tests).

export interface Question {
  /** Path of the answer being asked for, such as "mood" or "values.2.value". */
  name: string;
  /** The top-level field or option this question fills, used to name the flag when it is missing. */
  field: string;
  message: string;
  help?: string;
  required?: boolean;
}

export interface ChoiceOption {
  value: string;
  label: string;
  hint?: string;
  /** A heading the choice is listed under (choices of one group come together); ignored without a terminal. */
  group?: string;
}

export interface Prompter {
  readonly interactive: boolean;
  /** Free text; undefined when left empty. */
  text(q: Question & { default?: string; validate?: (value: string) => string | true }): Promise<string | undefined>;
  /** A number within bounds; undefined when left empty and not required. */
  number(q: Question & { default?: number; min?: number; max?: number; integer?: boolean }): Promise<number | undefined>;
  confirm(q: Question & { default?: boolean }): Promise<boolean>;
  /** The chosen value; '' when nothing was chosen (only possible when not required). */
  /** At a terminal, Esc answers `back` (a menu's Back choice), so every submenu can be left with Esc. */
  select(q: Question & { choices: ChoiceOption[]; default?: string; back?: string }): Promise<string>;
  multiselect(q: Question & { choices: ChoiceOption[]; default?: string[] }): Promise<string[]>;
  /** Longer text: inline, or in $EDITOR where the adapter supports it. */
  longtext(q: Question & { default?: string }): Promise<string | undefined>;
  /** Text shown between questions (intros, help). */
  say(text: string): void;
}
