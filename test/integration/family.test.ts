// The family planner end to end: answers files in, a Markdown plan out, through the built CLI.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from 'markdownlint/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EMERGENCY, NOT_A_SUBSTITUTE, SCREEN_NOTE } from '../../src/domain/family/messages.js';
import { cli as cliNow, removeDir, ROOT, tempDir } from '../helpers/cli.js';
import { onDay } from '../helpers/clock.js';

// On a fixed day, before the fixtures' "answer by" dates (a date field that takes only days to come).
const cli: typeof cliNow = (home, args, options = {}) => cliNow(home, args, { ...options, env: { ...onDay('2026-11-20'), ...options.env } });

const FIXTURES = join(ROOT, 'test', 'fixtures', 'family');
const fixture = (name: string) => join(FIXTURES, name);

/** Every file under the data folder with its bytes, to prove a failed command wrote nothing. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true }))
    if (e.isFile()) out[join(e.parentPath, e.name)] = readFileSync(join(e.parentPath, e.name), 'utf8');
  return out;
}

function markdownProblems(text: string): string[] {
  // Line length is off: answers are a person's own sentences, kept on one line each.
  const result = lint({ strings: { plan: text }, config: { default: true, MD013: false } });
  return result.plan!.map((e) => `${e.lineNumber}: ${e.ruleNames.join('/')} ${e.ruleDescription} ${e.errorContext ?? ''}`);
}

let home: string;
beforeEach(() => {
  home = tempDir();
});
afterEach(() => removeDir(home));

describe('fourpoint family', () => {
  it('goes from answers files to a Markdown plan a professional can read', () => {
    const assess = cli(home, ['family', 'assess', '--answers', fixture('decades.assessment.json')]);
    expect(assess.stderr).toContain(SCREEN_NOTE);
    expect(assess.code).toBe(0);
    expect(assess.stdout).toContain('## Recommended: Closure intervention');

    const plan = cli(home, ['family', 'plan', '--answers', fixture('closure.plan.json')]);
    expect(plan.code).toBe(0);
    expect(plan.stderr).toContain(SCREEN_NOTE);
    const map = cli(home, ['family', 'map', '--answers', fixture('family.map.json')]);
    expect(map.code).toBe(0);
    expect(map.stderr).toContain(SCREEN_NOTE);

    const show = cli(home, ['family', 'show', '--format', 'md']);
    expect(show.code).toBe(0);
    const md = show.stdout;
    expect(md).toContain('# Family plan for Dad');
    expect(md).toContain(NOT_A_SUBSTITUTE);
    expect(md).toContain('In an emergency');
    expect(md).toContain('## Recommended: Closure intervention');
    expect(md).toContain('- The family has little hope left (2 of 10).');
    expect(md).toMatch(/### Why not the others\n\n- Crisis intervention: [^\n]+\n- Recovery intervention: /);
    expect(md).toContain('## The plan: Closure intervention');
    expect(md).toContain('A bed is held for you until Friday.');
    expect(md).toContain('CRAFT');
    expect(md).toContain('## Family-system map');
    // The person's text stays literal: no stray emphasis, HTML or heading.
    expect(md).toContain('He \\*hides\\* bottles \\<b\\>in\\</b\\> the garage \\| shed \\# not a heading');
    // Safety comes before the recommendation.
    expect(md.indexOf('## Safety first')).toBeLessThan(md.indexOf('## Recommended'));
    expect(markdownProblems(md)).toEqual([]);
  });

  it('recommends a different plan for a teenager who is experimenting', () => {
    expect(cli(home, ['family', 'assess', '--answers', fixture('teen.assessment.json')]).code).toBe(0);
    expect(cli(home, ['family', 'plan']).code).toBe(0);
    const md = cli(home, ['family', 'show']).stdout;
    expect(md).toContain('## Recommended: Crisis intervention');
    expect(md).toContain('## The plan: Crisis intervention');
    expect(md).toContain('Jo is under 18');
    expect(md).toContain('- Closure intervention (ruled out): Jo is under 18');
    expect(md).not.toContain('## Safety first');
    expect(markdownProblems(md)).toEqual([]);
  });

  it('puts emergency guidance first when someone is in danger now', () => {
    const answers = { ...JSON.parse(readFileSync(fixture('teen.assessment.json'), 'utf8')), safety: ['self-harm'], dangerNow: true };
    writeFileSync(join(home, 'a.json'), JSON.stringify(answers));
    const r = cli(home, ['family', 'assess', '--answers', 'a.json']);
    expect(r.code).toBe(0);
    const firstSection = r.stdout.indexOf('## ');
    expect(r.stdout.slice(firstSection)).toMatch(/^## Safety first\n\n\*\*Someone may be in danger now\./);
    expect(r.stdout.indexOf(EMERGENCY)).toBeLessThan(r.stdout.indexOf('## Recommended'));
    expect(r.stderr).toContain('When everyone is safe');
    const md = cli(home, ['family', 'show']).stdout;
    expect(md).toMatch(/^# Family plan for Jo, \d{4}-\d{2}-\d{2}\n\n(> [^\n]*\n|>\n)+\n## Safety first\n/);
    expect(markdownProblems(md)).toEqual([]);
  });

  it('lets the family choose another intervention and keeps why', () => {
    cli(home, ['family', 'assess', '--answers', fixture('decades.assessment.json')]);
    const r = cli(home, ['family', 'plan', '--set', 'intervention=recovery', '--set', 'whyDifferent=He asked us for help last week', '--set', 'groups=smart']);
    expect(r.code).toBe(0);
    const md = cli(home, ['family', 'show']).stdout;
    expect(md).toContain('## Recommended: Closure intervention');
    expect(md).toContain('## The plan: Recovery intervention');
    expect(md).toContain('rather than the recommended closure one. Why: He asked us for help last week');
    expect(md).toContain('Sober living afterwards, for up to six months');
    expect(markdownProblems(md)).toEqual([]);
  });

  it('writes the plan to a file only its owner can read', () => {
    cli(home, ['family', 'assess', '--answers', fixture('teen.assessment.json')]);
    const r = cli(home, ['family', 'show', '--out', 'plan.md']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(readFileSync(join(home, 'plan.md'), 'utf8')).toContain('# Family plan for Jo');
    expect(statSync(join(home, 'plan.md')).mode & 0o777).toBe(0o600);
  });

  it('rejects a bad answer with one line, exit 2, and writes nothing', () => {
    writeFileSync(join(home, 'bad.json'), JSON.stringify({ ...JSON.parse(readFileSync(fixture('teen.assessment.json'), 'utf8')), ageGroup: 'toddler' }));
    const before = snapshot(home);
    const r = cli(home, ['family', 'assess', '--answers', 'bad.json']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual(['fourpoint: ageGroup: must be one of: under-18, young-adult, adult, older']);
    expect(snapshot(home)).toEqual(before);
  });

  it('takes every answer as --set field=value too, the same as from a file', () => {
    const r = cli(home, [
      'family', 'assess',
      '--set', 'name=Dad', '--set', 'relationship=child', '--set', 'ageGroup=older', '--set', 'behaviour=alcohol',
      '--set', 'duration=over-15-years', '--set', 'pattern=long-term', '--set', 'attempts=several',
      '--set', 'treatments=detox', '--set', 'treatments=inpatient or residential treatment', '--set', 'willingness=refuses',
      '--set', 'familyAgrees=agree', '--set', 'safety=driving', '--set', 'dangerNow=no', '--set', 'children=custody',
      '--set', 'hope=2', '--set', 'energy=2', '--set', 'notes=He *hides* bottles <b>in</b> the garage | shed\n# not a heading',
      '--json',
    ]);
    expect(r.code).toBe(0);
    const fromFlags = JSON.parse(r.stdout) as { entry: { answers: unknown }; recommendation: { intervention: string } };
    expect(fromFlags.entry.answers).toEqual(JSON.parse(readFileSync(fixture('decades.assessment.json'), 'utf8')));
    expect(fromFlags.recommendation.intervention).toBe('closure');
  });

  it('names the flag for a missing answer when not at a terminal', () => {
    const before = snapshot(home);
    const r = cli(home, ['family', 'assess', '--set', 'name=Jo']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--set ageGroup=/);
    expect(snapshot(home)).toEqual(before);
  });

  it('will not assume no one is in danger when a risk is given without the answer', () => {
    const before = snapshot(home);
    const r = cli(home, ['family', 'assess', '--answers', fixture('teen.assessment.json'), '--set', 'safety=violence']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--set dangerNow=yes or --set dangerNow=no');
    expect(snapshot(home)).toEqual(before);
  });

  it('will not take the recommendation by hand, and needs an assessment first', () => {
    const first = cli(home, ['family', 'plan']);
    expect(first.code).toBe(1);
    expect(first.stderr).toContain('fourpoint family assess');
    cli(home, ['family', 'assess', '--answers', fixture('teen.assessment.json')]);
    const before = snapshot(home);
    const r = cli(home, ['family', 'plan', '--set', 'reasons=because']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('reasons is filled from the assessment');
    expect(snapshot(home)).toEqual(before);
  });

  it('keeps its worksheets out of worksheet list and its entries as kind family', () => {
    cli(home, ['family', 'assess', '--answers', fixture('teen.assessment.json')]);
    expect(cli(home, ['worksheet', 'list']).stdout).not.toMatch(/family/i);
    const entries = JSON.parse(cli(home, ['journal', 'list', '--json']).stdout) as { kind: string; worksheet: { id: string } }[];
    expect(entries.map((e) => [e.kind, e.worksheet.id])).toEqual([['family', 'family-assessment']]);
  });

  it('starts a worried relative off with the steps, the limits and what to do in an emergency', () => {
    const r = cli(home, ['family']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(NOT_A_SUBSTITUTE);
    expect(r.stdout).toContain(EMERGENCY);
    expect(r.stdout).toContain('fourpoint family assess');
    expect(r.stdout).toContain('Start with: fourpoint family assess');
  });
});
