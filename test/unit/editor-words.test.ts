// $VISUAL / $EDITOR split into words as a shell would (quotes, backslashes), with nothing expanded or run.
import { describe, expect, it } from 'vitest';
import { editorWords } from '../../src/cli/edit-in-editor.js';
import { UsageError } from '../../src/errors.js';

describe('editorWords', () => {
  it.each([
    ['nano', ['nano']],
    ['code --wait', ['code', '--wait']],
    ['  vim   -u NONE ', ['vim', '-u', 'NONE']],
    ['"/opt/My Editor/bin/ed" -w', ['/opt/My Editor/bin/ed', '-w']],
    ["vim -c 'set ft=json'", ['vim', '-c', 'set ft=json']],
    ['/opt/My\\ Editor/ed', ['/opt/My Editor/ed']],
    ['ed "a \\"quoted\\" word"', ['ed', 'a "quoted" word']],
    ["ed ''", ['ed', '']],
    // Shell syntax is text: nothing is substituted, piped or chained.
    ['ed $(touch x) `id` ; rm -rf ~ | cat && $HOME', ['ed', '$(touch', 'x)', '`id`', ';', 'rm', '-rf', '~', '|', 'cat', '&&', '$HOME']],
  ])('%s', (setting, words) => {
    expect(editorWords(setting)).toEqual(words);
  });

  it('refuses an unclosed quote rather than guess', () => {
    expect(() => editorWords('"code --wait')).toThrow(UsageError);
  });
});
