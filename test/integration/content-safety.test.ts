// Content a person can rely on (issue 15): medical safety where it matters, DEADS as SMART names it,
// the new tools and topics, and "my meeting". Reads the shipped files; runs the built CLI.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { medicalRisks, safetyNotice } from '../../src/domain/medical-risk.js';
import { loadTopics } from '../../src/learn/topics.js';
import { DEADS_REMINDER, EMERGENCY, WITHDRAWAL } from '../../src/ui/urge-text.js';
import { cli, removeDir, ROOT, tempDir } from '../helpers/cli.js';

const read = (...parts: string[]) => readFileSync(join(ROOT, ...parts), 'utf8');
const sheet = (id: string) => parse(read('worksheets', `${id}.yaml`)) as { fields: { id: string; label: string; help?: string }[]; point: number };
const topic = (id: string) => loadTopics().find((t) => t.id === id)!;
const FIXTURES = join(ROOT, 'test', 'fixtures', 'answers');

/** DEADS as SMART's toolbox names it: each letter with all of its parts. */
const DEADS_PARTS = ['Deny', 'Delay', 'Escape', 'Avoid', 'Accept', 'Attack', 'Distract', 'Substitute'];
const NEW_TOOLS = { 'other-acceptance': 3, 'backsliding-plan': 2, rehearsal: 2, 'coping-statements': 2 } as const;
const NEW_TOPICS = ['safety', 'meetings', 'other-acceptance', 'backsliding-plan', 'rehearsal', 'coping-statements', 'brainstorming'];

let home: string;
beforeEach(() => {
  home = tempDir();
});
afterEach(() => removeDir(home));

describe('DEADS', () => {
  it('has its five letters with all their parts in the worksheet, its lesson and the urge screen', () => {
    const labels = sheet('deads').fields.map((f) => f.label).join('\n');
    const lesson = topic('deads').body;
    const screen = DEADS_REMINDER.join('\n');
    for (const part of DEADS_PARTS) {
      expect(labels).toContain(part);
      expect(lesson).toContain(part);
      expect(screen).toContain(part);
    }
    // The five letters, in order, as the lines begin.
    expect(DEADS_REMINDER.map((l) => l[0]).join('')).toBe('DEADS');
    expect(lesson.split('\n').filter((l) => l.startsWith('- ')).map((l) => l[2]).join('')).toBe('DEADS');
  });

  it('promises no fixed length for an urge anywhere a person reads', () => {
    const texts = [
      ...readdirSync(join(ROOT, 'worksheets')).filter((f) => f.endsWith('.yaml')).map((f) => read('worksheets', f)),
      ...loadTopics().map((t) => t.body),
      read('src', 'ui', 'urge-text.ts'),
      read('README.md'),
    ];
    for (const text of texts) expect(text).not.toMatch(/15 to 30|half an hour|wait 15 minutes/);
  });
});

describe('the urge screen', () => {
  it('shows the emergency guidance, the withdrawal line, DEADS, the meeting and the coping card', () => {
    expect(cli(home, ['init', '--behaviour', 'gambling', '--meeting', 'Thursday 6pm, library'], {}).code).toBe(0);
    expect(cli(home, ['coping', '--answers', join(FIXTURES, 'coping-statements.json')]).code).toBe(0);
    const card = JSON.parse(read('test', 'fixtures', 'answers', 'coping-statements.json')) as { statements: string[] };
    const r = cli(home, ['urge', '--intensity', '6', '--after', '3', '--seconds', '0']);
    expect(r.code).toBe(0);
    for (const line of [...EMERGENCY, WITHDRAWAL, ...DEADS_REMINDER, ...card.statements]) expect(r.stderr).toContain(line);
    expect(r.stderr).toMatch(/withdrawal, not an urge to surf: get medical help/);
    expect(r.stderr).toContain('My meeting: Thursday 6pm, library');
  });
});

describe('the safety notice at init', () => {
  it.each([['alcohol'], ['red wine'], ['Xanax'], ['sleeping pills'], ['heroin'], ['painkillers']])('appears for %s', (behaviour) => {
    const r = cli(home, ['init', '--behaviour', behaviour]);
    expect(r.code).toBe(0);
    const notice = safetyNotice(medicalRisks([behaviour]));
    expect(notice.length).toBeGreaterThan(0);
    for (const line of notice) expect(r.stderr).toContain(line);
    expect(r.stderr).toMatch(/seizure|naloxone/);
    expect(r.stderr).toContain('fourpoint learn safety');
    // After the profile is saved, so it is the last thing read.
    expect(r.stderr.indexOf(notice[0]!)).toBeGreaterThan(r.stderr.indexOf('Saved your profile'));
  });

  it('does not appear for gambling', () => {
    const r = cli(home, ['init', '--behaviour', 'gambling']);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toMatch(/safety|seizure|naloxone/i);
  });
});

describe('learn safety', () => {
  it('says seizure, doctor, naloxone, never alone, the emergency number, and never how to taper', () => {
    const body = topic('safety').body;
    for (const words of [/seizure/, /doctor/, /naloxone/i, /never use\s+alone/, /emergency number/, /withdrawal/]) expect(body).toMatch(words);
    expect(body).not.toMatch(/\b(taper by|reduce by|\d+ ?mg)\b/i);
  });

  it('is linked from the point 2 lesson, the change plan (lesson and worksheet) and lapses', () => {
    for (const id of ['point-2', 'change-plan', 'lapses', 'backsliding-plan']) expect(topic(id).body).toMatch(/fourpoint learn\s+safety/);
    expect(read('worksheets', 'change-plan.yaml')).toContain('fourpoint learn safety');
  });
});

describe('the new tools and topics', () => {
  it('learn lists the new topics', () => {
    const listed = cli(home, ['learn']).stdout;
    for (const id of NEW_TOPICS) expect(listed).toContain(id);
  });

  it('worksheet list lists the new tools on their points', () => {
    expect(cli(home, ['init', '--behaviour', 'gambling']).code).toBe(0);
    const list = JSON.parse(cli(home, ['worksheet', 'list', '--json']).stdout) as { id: string; point: number }[];
    for (const [id, point] of Object.entries(NEW_TOOLS)) {
      expect(list).toContainEqual(expect.objectContaining({ id, point }));
      expect(sheet(id).point).toBe(point);
    }
  });

  it.each(Object.keys(NEW_TOOLS))('%s fills from an answers file and renders to Markdown', (id) => {
    expect(cli(home, ['init', '--behaviour', 'gambling']).code).toBe(0);
    const file = join(FIXTURES, `${id}.json`);
    expect(cli(home, ['worksheet', 'fill', id, '--answers', file]).code).toBe(0);
    const md = cli(home, ['worksheet', 'history', id, '--markdown']);
    expect(md.code).toBe(0);
    expect(md.stdout).toMatch(/^# /m);
    for (const f of sheet(id).fields.filter((f) => (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>)[f.id] !== undefined)) expect(md.stdout).toContain(f.label.split('{')[0]!.replace(/[?:]\s*$/, '').trim().slice(0, 20));
  });

  it('problem solving starts with brainstorming; the CBA asks for other ways to the benefits; DISARM is spelled out', () => {
    expect(sheet('problem-solving').fields.map((f) => f.id).slice(0, 2)).toEqual(['problem', 'brainstorm']);
    const cba = sheet('cost-benefit-analysis').fields.map((f) => f.id);
    expect(cba.indexOf('alternatives')).toBe(cba.indexOf('conclusion') - 1);
    expect(read('worksheets', 'disarm.yaml')).toContain('Destructive Imagery and Self-talk Awareness and Refusal Method');
    expect(topic('disarm').body).toMatch(/Destructive Imagery and Self-talk\s+Awareness and Refusal Method/);
    const plan = sheet('change-plan').fields;
    for (const id of ['importance', 'confidence']) expect(plan.find((f) => f.id === id)).toMatchObject({ type: 'scale', min: 0, max: 10 });
    for (const stage of ['precontemplation', 'contemplation', 'preparation', 'action', 'maintenance']) expect(topic('stages-of-change').body).toContain(stage);
  });

  it('VACI names the benefits from the latest CBA as starting points, and keeps an answers file as written', () => {
    expect(cli(home, ['init', '--behaviour', 'gambling']).code).toBe(0);
    expect(cli(home, ['cba', '--answers', join(FIXTURES, 'cost-benefit-analysis.json')]).code).toBe(0);
    const cba = JSON.parse(read('test', 'fixtures', 'answers', 'cost-benefit-analysis.json')) as { benefitsOfDoing: { item: string }[] };
    const r = cli(home, ['vaci', '--answers', join(FIXTURES, 'vaci.json')]);
    expect(r.code).toBe(0);
    for (const b of cba.benefitsOfDoing) expect(r.stderr).toContain(b.item);
    const [entry] = JSON.parse(cli(home, ['worksheet', 'history', 'vaci', '--json']).stdout);
    expect(entry.answers).toEqual(JSON.parse(read('test', 'fixtures', 'answers', 'vaci.json')));
    expect(read('worksheets', 'vaci.yaml')).toMatch(/one compulsion for another/);
  });
});

describe('my meeting', () => {
  it('is kept by init --meeting and shown by status and its JSON, as one plain line', () => {
    const hostile = 'Tue 7pm\n\u001b[31m$(rm -rf ~) `id` online';
    expect(cli(home, ['init', '--behaviour', 'gambling', '--meeting', hostile]).code).toBe(0);
    const line = cli(home, ['status']).stdout;
    expect(line).toMatch(/, my meeting: Tue 7pm +\[31m\$\(rm -rf ~\) `id` online\n$/);
    expect(line).not.toContain('\u001b');
    expect(line.split('\n')).toHaveLength(2);
    expect(JSON.parse(cli(home, ['status', '--json']).stdout).meeting).toBe('Tue 7pm [31m$(rm -rf ~) `id` online');
    // Kept as typed in the profile; an update without --meeting keeps it; "" clears it.
    expect(JSON.parse(cli(home, ['init', '--json']).stdout).meeting).toBe(hostile);
    expect(cli(home, ['init', '--meeting', '']).code).toBe(0);
    expect(cli(home, ['status']).stdout).not.toContain('my meeting');
  });
});
