// Colours with meaning, off under NO_COLOR, --no-color or a pipe. Text stays readable without them.
import { Chalk, type ChalkInstance } from 'chalk';

export interface Theme {
  chalk: ChalkInstance;
  heading(s: string): string;
  dim(s: string): string;
  good(s: string): string;
  warn(s: string): string;
  accent(s: string): string;
}

export function makeTheme(color: boolean): Theme {
  const chalk = new Chalk({ level: color ? 2 : 0 });
  return {
    chalk,
    heading: (s) => chalk.bold(s),
    dim: (s) => chalk.dim(s),
    good: (s) => chalk.green(s),
    warn: (s) => chalk.yellow(s),
    accent: (s) => chalk.cyan(s),
  };
}
