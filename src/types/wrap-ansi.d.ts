// wrap-ansi 6 (the version @inquirer/core already installs) ships no types of its own.
declare module 'wrap-ansi' {
  interface Options {
    hard?: boolean;
    wordWrap?: boolean;
    trim?: boolean;
  }
  function wrapAnsi(input: string, columns: number, options?: Options): string;
  export = wrapAnsi;
}
