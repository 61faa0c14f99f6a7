// fourpoint report and progress --calendar through the built CLI, on a fixed history and a fixed day.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { lint } from 'markdownlint/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, removeDir, tempDir } from '../helpers/cli.js';
import { onDay } from '../helpers/clock.js';
import { writeStore } from '../helpers/fixture-store.js';
import { reportHistory, SECRET_LAPSE, SECRET_LEARNED, SECRET_NOTE, START, TODAY } from '../helpers/report-history.js';

let home: string;
const env = onDay(TODAY);
const run = (args: string[], extra: Record<string, string> = {}) => cli(home, args, { env: { ...env, ...extra } });

beforeAll(() => {
  home = tempDir();
  writeStore(home, reportHistory(), { behaviours: ['alcohol'], startDate: START });
});
afterAll(() => removeDir(home));

/** Anything that would make a browser fetch: a scheme, a protocol-relative address, src=, url(), @import, <link>. */
export function externalReferences(html: string): string[] {
  const found: string[] = [];
  for (const re of [/https?:/gi, /\/\//g, /\bsrc\s*=/gi, /url\s*\(/gi, /@import/gi, /<link\b/gi, /<script\b/gi, /<img\b/gi, /<iframe\b/gi, /<object\b/gi]) {
    for (const m of html.matchAll(re)) found.push(html.slice(Math.max(0, m.index - 30), m.index + 30));
  }
  return found;
}

function lintErrors(markdown: string): string[] {
  return lint({ strings: { doc: markdown } }).doc!.map((e) => `${e.lineNumber}: ${e.ruleNames.join('/')} ${e.errorDetail ?? ''} [${e.errorContext ?? ''}]`);
}

describe('fourpoint report', () => {
  it('writes one HTML file, mode 0600, that html-validate accepts and that references nothing outside itself', async () => {
    const r = run(['report', '--since', '8w', '--out', 'r.html']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`Wrote your private report (${START > '2026-09-29' ? START : '2026-09-29'} to ${TODAY})`);
    const file = join(home, 'r.html');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const html = readFileSync(file, 'utf8');
    const report = await new HtmlValidate({ extends: ['html-validate:recommended'] }).validateString(html);
    expect(report.results.flatMap((x) => x.messages.map((m) => `${m.line}: ${m.ruleId} ${m.message}`))).toEqual([]);
    expect(externalReferences(html)).toEqual([]);
    // Both charts, each with its sentence, and the calendar's months.
    expect(html.match(/<svg class="chart"/g)).toHaveLength(2);
    expect(html.match(/<circle class="dot"/g)!.length).toBeGreaterThan(40);
    expect(html).toMatch(/<figcaption>Urge was recorded on \d+ of 56 days/);
    expect(html).toContain('<caption>October 2026</caption>');
    expect(html).toContain('id="points-h">The four points');
    expect(html).toContain('Graduation checklist');
  });

  it('is private by default: notes, lapse details and worksheet answers only when --include names them', () => {
    const plain = run(['report', '--since', '8w', '--out', '-']);
    expect(plain.code, plain.stderr).toBe(0);
    const firstLines = plain.stdout.split('\n').slice(0, 6).join('\n');
    expect(firstLines).toContain('Private: this report is about your recovery');
    expect(firstLines).toContain('Left out: your check-in notes, your answers on the worksheets done and what you wrote about each lapse');
    expect(firstLines).toContain('add them with --include notes,worksheets,lapses');
    for (const secret of ['SECRETNOTE', 'SECRETLAPSE', 'SECRETLEARNED', 'Liver', 'No drinking on weeknights', 'set a 20 minute timer']) expect(plain.stdout).not.toContain(secret);
    expect(plain.stdout).toContain('Cost-Benefit Analysis'); // the worksheet's name, not its answers

    const all = run(['report', '--since', '8w', '--out', '-', '--include', 'notes,worksheets,lapses']);
    expect(all.code, all.stderr).toBe(0);
    for (const shown of ['SECRETNOTE', SECRET_LAPSE, SECRET_LEARNED, 'Liver *damage*', 'No drinking on weeknights', 'set a 20 minute timer']) expect(all.stdout).toContain(shown);
    expect(all.stdout).not.toContain('<script>');
    expect(all.stdout).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(externalReferences(all.stdout)).toEqual([]);
    expect(SECRET_NOTE).toContain('<script>');
  });

  it('gives the same sections in Markdown, clean under markdownlint (golden)', () => {
    const md = run(['report', '--since', '8w', '--format', 'md', '--out', '-']);
    expect(md.code, md.stderr).toBe(0);
    expect(lintErrors(md.stdout)).toEqual([]);
    expect(md.stdout).toMatchSnapshot();
    const all = run(['report', '--since', '8w', '--format', 'md', '--out', '-', '--include', 'all']);
    expect(lintErrors(all.stdout)).toEqual([]);
    for (const heading of ['## Calendar', '## Urge and mood', '## The four points', '### Graduation checklist', '## Triggers and what helped', '## Milestones', '## Lapses and what was learned', '## Worksheets', '## Notes'])
      expect(all.stdout).toContain(`\n${heading}\n`);
  });

  it('never replaces a file unless --force, and refuses bad periods and includes with one line (exit 2)', () => {
    writeFileSync(join(home, 'keep.html'), 'mine');
    const r = run(['report', '--out', 'keep.html']);
    expect(r.code).toBe(2); // as export: a name already taken is bad usage (src/export/write-file.ts)
    expect(readFileSync(join(home, 'keep.html'), 'utf8')).toBe('mine');
    expect(run(['report', '--out', 'keep.html', '--force']).code).toBe(0);
    for (const args of [['--since', '5x'], ['--since', '4w', '--from', '2026-10-01'], ['--include', 'diary'], ['--from', '2026-11-20', '--to', '2026-11-01'], ['--format', 'pdf']]) {
      const bad = run(['report', '--out', '-', ...args]);
      expect(bad.code, args.join(' ')).toBe(2);
      expect(bad.stderr.trim().split('\n')).toHaveLength(1);
      expect(bad.stdout).toBe('');
    }
  });

  it('keeps hostile words literal: a behaviour and a trigger full of markup stay text in HTML and Markdown', async () => {
    const hostile = '</title><script>alert(1)</script>--> | a | `b` **c** http://x.example';
    const dir = tempDir();
    try {
      const urges = [0, 1, 2].map((i) => ({
        id: `00000000-0000-4000-9000-00000000000${i}`,
        kind: 'urge' as const,
        worksheet: { id: 'urge-log', version: 1 },
        date: `2026-11-2${i}`,
        answers: { intensity: 5, trigger: hostile, coping: [hostile], intensityAfter: 1, outcome: 'rode-it-out' },
      }));
      writeStore(dir, [...reportHistory(), ...urges], { behaviours: [hostile], startDate: START });
      const html = cli(dir, ['report', '--out', '-'], { env }).stdout;
      expect(html.match(/[^\n]{0,60}(<script|<\/title><script|-->\s*\|)[^\n]{0,20}/g)).toBeNull();
      const report = await new HtmlValidate({ extends: ['html-validate:recommended'] }).validateString(html);
      expect(report.valid).toBe(true);
      expect(html).toContain('&lt;/title&gt;&lt;script&gt;');
      const md = cli(dir, ['report', '--format', 'md', '--out', '-'], { env }).stdout;
      expect(lintErrors(md)).toEqual([]);
      expect(md).not.toContain('<script>');
    } finally {
      removeDir(dir);
    }
  });

  it('asks an encrypted store for its passphrase as usual', () => {
    const pass = { FOURPOINT_PASSPHRASE: 'kettle and moon' };
    const enc = tempDir();
    try {
      writeStore(enc, reportHistory(), { behaviours: ['alcohol'], startDate: START });
      expect(cli(enc, ['config', 'set', 'encryption', 'on'], { env: { ...env, ...pass } }).code).toBe(0);
      const without = cli(enc, ['report', '--out', 'r.html'], { env });
      expect(without.code).not.toBe(0);
      expect(without.stderr).toMatch(/passphrase/);
      const withPass = cli(enc, ['report', '--out', 'r.html'], { env: { ...env, ...pass } });
      expect(withPass.code, withPass.stderr).toBe(0);
      expect(statSync(join(enc, 'r.html')).mode & 0o777).toBe(0o600);
    } finally {
      removeDir(enc);
    }
  });
});

describe('fourpoint progress --calendar', () => {
  it('draws months as grids with distinct glyphs under NO_COLOR, fitting 80, 60 and 40 columns (golden)', () => {
    for (const columns of ['80', '60', '40']) {
      const r = run(['progress', '--calendar', '3'], { COLUMNS: columns });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).not.toContain('\u001b[');
      for (const line of r.stdout.split('\n')) expect(line.length, line).toBeLessThanOrEqual(Number(columns));
      expect(r.stdout).toMatchSnapshot(`${columns} columns`);
    }
    const r = run(['progress', '--calendar']);
    expect(r.stdout).toContain('>23+'); // today, checked in and on track
    expect(r.stdout).toContain('+ on track   x lapse   · no check-in   >today');
  });

  it('colours the days when colour is on, and gives the days as JSON', () => {
    const colour = run(['progress', '--calendar'], { FORCE_COLOR: '1', NO_COLOR: '' });
    expect(colour.stdout).toContain('\u001b[32m');
    const json = JSON.parse(run(['progress', '--calendar', '2', '--json']).stdout) as { months: { month: string; days: { day: string; status: string }[] }[] };
    expect(json.months.map((m) => m.month)).toEqual(['2026-10', '2026-11']);
    const statuses = new Set(json.months.flatMap((m) => m.days.map((d) => d.status)));
    expect([...statuses].sort()).toEqual(['future', 'lapse', 'none', 'on-track']);
    expect(run(['progress', '--calendar', 'lots']).code).toBe(2);
  });
});
