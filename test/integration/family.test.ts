// The family planner end to end: answers files in, a Markdown plan out, through the built CLI.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from 'markdownlint/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { EMERGENCY, HOPELESSNESS, MODEL_ORIGIN, NOT_A_SUBSTITUTE, RULE_OF_THUMB, SCREEN_NOTE } from '../../src/domain/family/messages.js';
import { BIN, cli as cliNow, removeDir, ROOT, tempDir } from '../helpers/cli.js';
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
    // Laid out for reading, not Markdown: Markdown is for family show (to a pipe or --out) and exports.
    expect(assess.stdout).toMatch(/^Recommended: Closure intervention\n─+$/m);
    expect(assess.stdout).not.toMatch(/^#|\*\*|^- /m);

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
    expect(cli(home, ['family', 'plan', '--set', 'firstStep=Mum calls the school counsellor']).code).toBe(0);
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
    expect(r.stdout).toMatch(/^Safety first\n─+\n\nSomeone may be in danger now\./m);
    const flat = r.stdout.replace(/[│\s]+/g, ' ');
    expect(flat.indexOf(EMERGENCY)).toBeGreaterThan(-1);
    expect(flat.indexOf(EMERGENCY)).toBeLessThan(flat.indexOf('Safety first'));
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
      '--set', 'familyAgrees=agree', '--set', 'safety=driving', '--set', 'dangerNow=no', '--set', 'hopeless=no', '--set', 'children=custody',
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

  it('shows the emergency guidance on every family screen and in every export: crisis line, domestic-violence line, treatment helpline', () => {
    const guidance = [/\b988\b/, /domestic-violence helpline/, /SAMHSA National Helpline, 1-800-662-4357/, /emergency number/];
    const runs: [string, string][] = [];
    const run = (args: string[]) => {
      const r = cli(home, args);
      expect(r.code, args.join(' ')).toBe(0);
      runs.push([args.join(' '), r.stdout + r.stderr]);
      return r;
    };
    run(['family']);
    run(['family', 'assess', '--answers', fixture('decades.assessment.json')]);
    run(['family', 'assess', '--answers', fixture('decades.assessment.json'), '--json']);
    run(['family', 'plan', '--answers', fixture('closure.plan.json')]);
    run(['family', 'map', '--answers', fixture('family.map.json')]);
    run(['family']);
    const md = run(['family', 'show']).stdout;
    run(['family', 'show', '--format', 'json']);
    run(['family', 'show', '--out', 'plan.md']);
    run(['family', '--help']);
    runs.push(['plan.md', readFileSync(join(home, 'plan.md'), 'utf8')], ['show (stdout only)', md]);
    for (const [what, text] of runs) for (const g of guidance) expect(text, what).toMatch(g);
  });

  it('says where the model comes from and that the scoring is a rule of thumb, on the home screen and in the export', () => {
    const origin = /intervention provider's "Systemic Modular Approach to Recovery and Treatment"[\s\S]*not part of SMART Recovery's own program/;
    const home1 = cli(home, ['family']).stdout;
    expect(home1).toContain(MODEL_ORIGIN);
    expect(home1).toContain(RULE_OF_THUMB);
    cli(home, ['family', 'assess', '--answers', fixture('teen.assessment.json')]);
    const md = cli(home, ['family', 'show']).stdout;
    expect(md).toMatch(origin);
    expect(md).toContain(RULE_OF_THUMB);
    expect(cli(home, ['learn', 'treatment-and-recovery']).stdout).toMatch(/inpatient[\s\S]*sober living[\s\S]*up to six months[\s\S]*outpatient[\s\S]*support groups/i);
  });

  it('leads with CRAFT and SMART Family & Friends when the loved one refuses help, and never long-term recovery with nothing tried', () => {
    const answers = { ...JSON.parse(readFileSync(fixture('teen.assessment.json'), 'utf8')), ageGroup: 'adult', behaviour: ['opioids'], duration: '5-15-years', pattern: 'regular', willingness: 'refuses', safety: ['overdose'], dangerNow: false };
    writeFileSync(join(home, 'a.json'), JSON.stringify(answers));
    const r = cli(home, ['family', 'assess', '--answers', 'a.json']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('## Recommended: Recovery intervention');
    expect(r.stdout).toContain('- Recovery intervention (ruled out)');
    expect(r.stdout.indexOf('## Start here: CRAFT and SMART Family & Friends')).toBeGreaterThan(-1);
    expect(r.stdout.indexOf('## Start here: CRAFT')).toBeLessThan(r.stdout.indexOf('## Recommended'));
    expect(cli(home, ['family', 'plan', '--set', 'firstStep=Find a CRAFT counsellor']).code).toBe(0);
    const md = cli(home, ['family', 'show']).stdout;
    expect(md).toMatch(/## Start here: CRAFT and SMART Family & Friends[\s\S]*## Recommended: Crisis intervention/);
    // The plan starts with medical safety for opioids: overdose after a break, naloxone.
    expect(md).toMatch(/## The plan: Crisis intervention\n\n1\. Medical safety: after even a few days without opioids[^\n]*naloxone/);
    expect(markdownProblems(md)).toEqual([]);
  });

  it('asks a script about hopelessness too, and shows crisis guidance when the loved one has spoken of it', () => {
    const before = snapshot(home);
    const teen = JSON.parse(readFileSync(fixture('teen.assessment.json'), 'utf8'));
    delete teen.hopeless;
    writeFileSync(join(home, 'a.json'), JSON.stringify(teen));
    const missing = cli(home, ['family', 'assess', '--answers', 'a.json']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--set hopeless=yes or --set hopeless=no');
    expect(snapshot(home)).toEqual({ ...before, [join(home, 'a.json')]: JSON.stringify(teen) });
    const r = cli(home, ['family', 'assess', '--answers', 'a.json', '--set', 'hopeless=yes']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/## Safety first\n\n- Talk of hopelessness can come before thoughts of suicide/);
    expect(cli(home, ['family', 'show']).stdout).toContain('988');
    expect(HOPELESSNESS).toContain('988');
  });

  it('family plan with stdin from /dev/null and no answers exits 2, names the flags and saves nothing', () => {
    cli(home, ['family', 'assess', '--answers', fixture('teen.assessment.json')]);
    const before = snapshot(home);
    const devNull = openSync('/dev/null', 'r');
    try {
      const r = spawnSync(process.execPath, [BIN, 'family', 'plan'], {
        cwd: home,
        stdio: [devNull, 'pipe', 'pipe'],
        encoding: 'utf8',
        env: { PATH: process.env.PATH, HOME: home, TZ: 'UTC', NO_COLOR: '1', FOURPOINT_HOME: home },
        timeout: 20_000,
      });
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^fourpoint: no plan to save/);
      expect(r.stderr).toContain('--answers FILE');
      expect(r.stderr).toContain('--set field=value');
    } finally {
      closeSync(devNull);
    }
    expect(snapshot(home)).toEqual(before);
    const kinds = (JSON.parse(cli(home, ['journal', 'list', '--json']).stdout) as { worksheet: { id: string } }[]).map((e) => e.worksheet.id);
    expect(kinds).toEqual(['family-assessment']);
  });
});
