// Types a whole Cost-Benefit Analysis into the real prompts: group rows, their loops, then reads it back.
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Entry } from '../../src/domain/entry.js';
import { cli, removeDir, tempDir } from '../helpers/cli.js';
import { KEY, startPty } from '../helpers/pty.js';

let home: string;
beforeEach(() => {
  home = tempDir();
});
afterEach(() => removeDir(home));

it('asks each group under its own question, row by row, and saves the rows', async () => {
  expect(cli(home, ['init', '--behaviour', 'gaming', '--start-date', '2026-11-01']).code).toBe(0);
  const pty = startPty(['worksheet', 'fill', 'cba'], { FOURPOINT_HOME: home, NO_COLOR: '1' });
  const boxes = [
    ['What do you get out of gaming?', 'Benefit 1', 'it relaxes me'],
    ['What costs come with gaming?', 'Cost 1', 'sleep'],
    ['What would you gain by changing?', 'Benefit 1', 'time'],
    ['What would changing cost you', 'Cost 1', 'my online friends'],
  ] as const;
  for (const [question, row, item] of boxes) {
    // The group's question is on screen before its first row, so the person knows which box this is.
    await pty.waitFor(question);
    await pty.waitFor(row);
    await pty.answer('Item', `${item}${KEY.enter}`);
    await pty.waitFor('Short or long term');
    pty.type(`${KEY.down}${KEY.enter}`); // long
    await pty.answer('How much it matters', `8${KEY.enter}`);
    await pty.waitFor('(another, or Enter to finish)');
    await pty.answer('Item', KEY.enter); // no second row
  }
  await pty.answer('How else could you get the benefits', `a long bath${KEY.enter}`);
  await pty.answer('How else could you get the benefits', KEY.enter);
  await pty.answer('what do you decide', `Try a month without it.${KEY.enter}`);
  await pty.waitFor('Saved');
  expect(await pty.exit()).toBe(0);

  const [entry, ...more] = JSON.parse(cli(home, ['journal', 'list', '--json']).stdout) as Entry[];
  expect(more).toEqual([]);
  expect(entry!.answers).toEqual({
    benefitsOfDoing: [{ item: 'it relaxes me', term: 'long', importance: 8 }],
    costsOfDoing: [{ item: 'sleep', term: 'long', importance: 8 }],
    benefitsOfChanging: [{ item: 'time', term: 'long', importance: 8 }],
    costsOfChanging: [{ item: 'my online friends', term: 'long', importance: 8 }],
    alternatives: ['a long bath'],
    conclusion: 'Try a month without it.',
  });
});
