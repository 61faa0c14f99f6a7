// Screens as a person sees them, in a real terminal 60, 80 and 120 columns wide: no line wider than the
// terminal, no word split across lines, no Markdown syntax, no control character from a person's note.
// Each capture is kept as a reviewed snapshot (test/e2e/__snapshots__/layout/); after a change of
// wording or layout, read the new captures before accepting them with `npx vitest run -u`.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import stringWidth from 'string-width';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, removeDir, ROOT, tempDir } from '../helpers/cli.js';
import { KEY, startPty } from '../helpers/pty.js';

const WIDTHS = [60, 80, 120] as const;
const fixture = (...p: string[]) => join(ROOT, 'test', 'fixtures', ...p);
/** A note a person might paste: a colour code, a bell, a title change, and words to wrap. */
const HOSTILE_NOTE = '\u001b[31mRED\u0007 then \u001b]0;title\u0007 and a long line of ordinary words that has to wrap somewhere near the edge';

let home: string;
const ids: Record<string, string> = {};
let checkins = 0;

beforeAll(() => {
  home = tempDir();
  expect(cli(home, ['init', '--behaviour', 'alcohol', '--contact', 'Sam: 555 0100', '--why', 'to be there for my kids']).code).toBe(0);
  for (const w of ['cost-benefit-analysis', 'deads', 'lifestyle-balance-pie'])
    expect(cli(home, ['worksheet', 'fill', w, '--answers', fixture('answers', `${w}.json`)]).code).toBe(0);
  expect(cli(home, ['checkin', '--mood', '4', '--urge', '7', '--on-track', '--trigger', 'payday', '--note', HOSTILE_NOTE]).code).toBe(0);
  expect(cli(home, ['family', 'assess', '--answers', fixture('family', 'decades.assessment.json')]).code).toBe(0);
  for (const e of JSON.parse(cli(home, ['journal', 'list', '--json']).stdout) as { id: string; kind: string; worksheet?: { id: string } }[]) {
    ids[e.kind] ??= e.id;
    if (e.worksheet) ids[e.worksheet.id] ??= e.id;
  }
  // A missing id would reach node-pty as undefined, which ends the test worker rather than failing.
  expect(Object.keys(ids)).toEqual(expect.arrayContaining(['checkin', 'cost-benefit-analysis']));
});
afterAll(() => removeDir(home));

/** What the screen shows: colours and cursor moves removed, each line as last redrawn. */
function screenLines(raw: string): string[] {
  // eslint-disable-next-line no-control-regex
  const plain = raw.replace(/\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b[()][0-9A-Za-z]|\u001b[=>]|\u001b\][^\u0007]*\u0007/g, '');
  return plain.split(/\r?\n/).map((l) => l.slice(l.lastIndexOf('\r') + 1).trimEnd());
}

/** The words of a text (Markdown escapes of punctuation and marks dropped; a visible \e stays), to find each one whole on screen. */
function words(text: string): string[] {
  const skip = /^(#+|>|-+|\||\d+\.|[│─┌┐└┘├┤┬┴┼•]+)$/;
  return [...new Set(text.replace(/\\([^\w\s])/g, '$1').replace(/\*\*|`/g, '').split(/[\s│]+/).filter((w) => w && !skip.test(w)))];
}

/** Same-length stand-ins for what changes from run to run: dates, ids, the data folder. */
function normalised(lines: string[]): string {
  return `${lines
    .join('\n')
    .replaceAll(home, '<home>')
    .replace(/\d{4}-\d{2}-\d{2}/g, 'YYYY-MM-DD')
    .replace(/\b[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}\b/g, (m) => m.replace(/[0-9a-f]/g, 'x'))
    .replace(/\b[0-9a-f]{8}\b/g, 'xxxxxxxx')
    .replace(/\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g, 'Weekday')
    .trim()}\n`;
}

interface Screen {
  name: string;
  args: () => string[];
  /** The text whose every word must show whole: the same command's output to a pipe, where nothing wraps at the screen. */
  expected?: () => string;
  /** Where the capture ends (the first full drawing of a menu, before it redraws). */
  until?: RegExp;
  /** Keys for the prompts, after which the screen has been drawn. */
  drive?: (pty: ReturnType<typeof startPty>) => Promise<void>;
}

const SCREENS: Screen[] = [
  {
    name: 'home',
    args: () => [],
    until: /^\s*Quit$/,
    drive: async (pty) => {
      await pty.waitFor('What would you like to do?');
      await pty.waitFor('Quit');
      pty.type(`${KEY.up}${KEY.enter}`); // the list loops: up from the top is Quit
    },
  },
  {
    name: 'checkin',
    // Every answer as a flag, so a terminal asks nothing; a new day each width, so none is a second check-in.
    args: () => ['checkin', '--date', `${7 + checkins++} days ago`, '--mood', '6', '--urge', '2', '--on-track', '--trigger', 'boredom', '--coping', 'a long walk', '--point', '2', '--note', 'a quiet evening by the river'],
  },
  { name: 'cba-fill', args: () => ['cba', '--answers', fixture('answers', 'cost-benefit-analysis.json')] },
  { name: 'progress', args: () => ['progress'], expected: () => cli(home, ['progress']).stdout },
  {
    name: 'urge',
    args: () => ['urge', '--seconds', '0', '--intensity', '6', '--after', '3', '--trigger', 'payday', '--helped', 'a walk', '--outcome', 'rode-it-out'],
    expected: () => cli(home, ['urge', '--seconds', '0', '--intensity', '6', '--after', '3', '--outcome', 'rode-it-out']).stderr,
  },
  { name: 'journal-show-cba', args: () => ['journal', 'show', ids['cost-benefit-analysis']!], expected: () => cli(home, ['journal', 'show', ids['cost-benefit-analysis']!, '--markdown']).stdout },
  { name: 'journal-show-checkin', args: () => ['journal', 'show', ids.checkin!], expected: () => cli(home, ['journal', 'show', ids.checkin!]).stdout },
  { name: 'journal-list', args: () => ['journal', 'list'] },
  { name: 'family-recommendation', args: () => ['family', 'show'], expected: () => cli(home, ['family', 'show', '--format', 'md']).stdout },
];

async function capture(screen: Screen, cols: number): Promise<{ raw: string; lines: string[] }> {
  const pty = startPty(screen.args(), { FOURPOINT_HOME: home, NO_COLOR: '1' }, { cols, rows: 200 });
  try {
    if (screen.drive) await screen.drive(pty);
    expect(await pty.exit()).toBe(0);
  } catch (error) {
    pty.kill();
    throw new Error(`${String(error)}\n${pty.output()}`);
  }
  const raw = pty.raw();
  return { raw, lines: screenLines(raw) };
}

describe.each(WIDTHS)('screens at %i columns', (cols) => {
  it.each(SCREENS.map((s) => [s.name, s] as const))('%s fits, keeps words whole and shows no Markdown', async (name, screen) => {
    const { raw, lines: all } = await capture(screen, cols);
    const lines = screen.until ? all.slice(0, all.findIndex((l) => screen.until!.test(l)) + 1) : all;
    expect(lines.filter((l) => stringWidth(l) > cols)).toEqual([]);
    const text = lines.join('\n');
    expect(text).not.toMatch(/^#{1,6} |\*\*|^\s*\|.*\|$|\\[-.)#*_|<>[\]]|^\s*- \*\*/m);
    if (screen.expected) {
      const shown = new Set(text.split(/[\s│]+/));
      expect(words(screen.expected()).filter((w) => !shown.has(w))).toEqual([]);
    }
    // The note's ESC and BEL never reach the terminal: not as they are, whatever screen shows it.
    if (name !== 'home') expect(raw).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/);
    else expect(raw).not.toContain('\u0007');
    await expect(normalised(lines)).toMatchFileSnapshot(join('__snapshots__', 'layout', `${name}-${cols}.txt`));
  });
});

describe('a note with control characters', () => {
  it('shows them as visible escapes at a terminal, in colour too, and exports them as written', async () => {
    for (const args of [['journal', 'show', ids.checkin!], ['journal', 'search', 'RED'], ['journal', 'list'], ['progress'], ['status']]) {
      const pty = startPty(args, { FOURPOINT_HOME: home, FORCE_COLOR: '1' }, { cols: 80, rows: 100 });
      expect(await pty.exit()).toBe(0);
      // Colour is allowed (SGR: ESC [ digits m); any other ESC, a BEL or a C0 control is not.
      const raw = pty.raw().replace(/\u001b\[[0-9;]*m/g, '');
      expect(raw, args.join(' ')).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/);
      if (args[1] === 'show') expect(screenLines(pty.raw()).join(' ')).toContain('\\e[31mRED\\a then \\e]0;title\\a and');
    }
    const exported = cli(home, ['export', '--format', 'json']).stdout;
    expect(JSON.stringify(JSON.parse(exported))).toContain(JSON.stringify(HOSTILE_NOTE).slice(1, -1));
    writeFileSync(join(home, 'x.md'), cli(home, ['export', '--format', 'md']).stdout);
    // The Markdown escapes the bracket, as it does any bracket; the ESC and BEL are kept as written.
    expect(readFileSync(join(home, 'x.md'), 'utf8')).toContain('\u001b\\[31mRED\u0007');
  });
});

describe('the worksheet picker from home', () => {
  it('lists the worksheets under their point, with the cursor on the suggested one', async () => {
    const pty = startPty([], { FOURPOINT_HOME: home, NO_COLOR: '1' }, { cols: 80, rows: 60 });
    await pty.waitFor('What would you like to do?');
    await pty.waitFor('Quit');
    pty.type(`${KEY.down}${KEY.down}${KEY.enter}`); // Work on a worksheet
    await pty.waitFor('Which worksheet?');
    await pty.waitFor('(suggested)');
    await new Promise((r) => setTimeout(r, 300));
    const screen = screenLines(pty.raw());
    pty.type(KEY.ctrlC);
    expect(await pty.exit()).toBe(130);
    const picker = screen.slice(screen.findLastIndex((l) => l.includes('Which worksheet?')));
    // The list scrolls to the suggested one, so the heading in view is that point's (or a neighbour's).
    expect(picker.some((l) => /Point [1-4]: /.test(l))).toBe(true);
    expect(picker.find((l) => l.startsWith('❯'))).toMatch(/\(suggested\)$/);
    expect(picker.join('\n')).not.toMatch(/^\S*\s*\d\. /m);
  });
});
