// The inquirer Prompter speaks in our words: an empty required answer gets our message, never the prompt
// library's English ("You must provide a value", "At least one choice must be selected").
import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { Io } from '../../src/io/io.js';
import { InquirerPrompter, NEEDS_CHOICE, NEEDS_TEXT } from '../../src/prompts/inquirer.js';

const THEIRS = /must provide|must be selected|must select|valid value/i;

function terminal() {
  const stdin = new PassThrough();
  let screen = '';
  const stdout = new Writable({
    write(chunk, _enc, done) {
      screen += String(chunk);
      done();
    },
  });
  const io = { stdin, stdout, stderr: stdout, isInteractive: true, color: false, env: {}, cwd: process.cwd(), now: () => new Date(), sleep: async () => undefined } as unknown as Io;
  return { prompter: new InquirerPrompter(io), stdin, screen: () => screen };
}

/** Presses Enter until `shown` is on screen, then types `answer`. */
async function untilShown(t: ReturnType<typeof terminal>, shown: string, answer: string): Promise<void> {
  for (let i = 0; i < 50 && !t.screen().includes(shown); i++) {
    t.stdin.write('\r');
    await new Promise((r) => setTimeout(r, 10));
  }
  expect(t.screen()).toContain(shown);
  t.stdin.write(answer);
}

const q = { name: 'x', field: 'x', message: 'Question', required: true };

describe('the inquirer Prompter, when an answer is needed', () => {
  it('text: our own message', async () => {
    const t = terminal();
    const asked = t.prompter.text(q);
    await untilShown(t, NEEDS_TEXT, 'hello\r');
    expect(await asked).toBe('hello');
    expect(t.screen()).not.toMatch(THEIRS);
  });

  it('number: our own message, for an empty answer and for one out of range', async () => {
    const t = terminal();
    const asked = t.prompter.number({ ...q, min: 0, max: 10, integer: true });
    await untilShown(t, NEEDS_TEXT, '11\r');
    await untilShown(t, 'Please type a number from 0 to 10.', '\u007f\u007f7\r');
    expect(await asked).toBe(7);
    expect(t.screen()).not.toMatch(THEIRS);
  });

  it('longtext: our own message', async () => {
    const t = terminal();
    const asked = t.prompter.longtext(q);
    await untilShown(t, NEEDS_TEXT, 'more\r');
    expect(await asked).toBe('more');
    expect(t.screen()).not.toMatch(THEIRS);
  });

  it('multiselect: our own message', async () => {
    const t = terminal();
    const asked = t.prompter.multiselect({ ...q, choices: [{ value: 'a', label: 'A' }, { value: 'b', label: 'B' }] });
    await untilShown(t, NEEDS_CHOICE, ' \r');
    expect(await asked).toEqual(['a']);
    expect(t.screen()).not.toMatch(THEIRS);
  });

  it('an optional text may be left empty, with no message at all', async () => {
    const t = terminal();
    const asked = t.prompter.text({ ...q, required: false });
    t.stdin.write('\r');
    expect(await asked).toBeUndefined();
    expect(t.screen()).not.toContain(NEEDS_TEXT);
  });
});
