// fourpoint worksheet list / show / fill, with no terminal.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Entry } from '../../src/domain/entry.js';
import { cli, removeDir, tempDir } from '../helpers/cli.js';
import { snapshot } from '../helpers/files.js';

let home: string;
beforeEach(() => {
  home = tempDir();
});
afterEach(() => removeDir(home));

const CBA = {
  benefitsOfDoing: [{ item: 'it relaxes me', term: 'short', importance: 7 }],
  costsOfDoing: [{ item: 'money', term: 'long', importance: 9 }],
  benefitsOfChanging: [{ item: 'better sleep' }],
  costsOfChanging: [{ item: 'missing the pub quiz' }],
  conclusion: 'Changing is worth it.',
};

describe('worksheet list and show', () => {
  it('lists the worksheets by point, and as JSON', () => {
    const text = cli(home, ['worksheet', 'list']);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/Point 1: [^\n]*\n(?:.*\n)*?\s+cost-benefit-analysis\s+Cost-Benefit Analysis \(fourpoint cba\)/);
    expect(text.stdout).not.toContain('daily-check-in'); // filled by its own command
    const json = cli(home, ['worksheet', 'list', '--json']);
    expect(json.code).toBe(0);
    const list = JSON.parse(json.stdout) as { id: string; point: number | null; shortcut: string | null; custom: boolean }[];
    expect(list).toContainEqual(expect.objectContaining({ id: 'cost-benefit-analysis', point: 1, shortcut: 'cba', custom: false }));
    expect(list.map((l) => l.id)).not.toContain('profile');
  });

  it('shows a worksheet field by field, and its definition as JSON', () => {
    const text = cli(home, ['worksheet', 'show', 'cba']);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^Cost-Benefit Analysis \(cost-benefit-analysis, version \d+\)/);
    expect(text.stdout).toMatch(/benefitsOfDoing\s+group \[required\]/);
    expect(text.stdout).toMatch(/importance\s+scale 1-10/);
    const checkin = cli(home, ['worksheet', 'show', 'daily-check-in']);
    expect(checkin.stdout).toMatch(/whatHappened\s+longtext \[only if onTrack is false\]/);
    const json = cli(home, ['worksheet', 'show', 'daily-check-in', '--json']);
    expect(json.code).toBe(0);
    const def = JSON.parse(json.stdout) as { id: string; fields: { id: string }[] };
    expect(def.id).toBe('daily-check-in');
    expect(def.fields.map((f) => f.id)).toEqual(['mood', 'urge', 'onTrack', 'lapseKind', 'whatHappened', 'learned', 'triggers', 'coping', 'point', 'note']);
  });

  it('sends the check-in and the profile to their own commands', () => {
    expect(cli(home, ['worksheet', 'fill', 'daily-check-in']).stderr).toBe('fourpoint: daily-check-in is filled by its own command\n  run: fourpoint checkin\n');
    const r = cli(home, ['worksheet', 'fill', 'profile']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('fourpoint: profile is filled by its own command\n  run: fourpoint init\n');
  });

  it('refuses an unknown worksheet id with exit 2 and a hint', () => {
    for (const verb of ['show', 'fill']) {
      const r = cli(home, ['worksheet', verb, 'no-such-sheet']);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe('fourpoint: no worksheet called "no-such-sheet"\n  see the list: fourpoint worksheet list\n');
    }
    expect(snapshot(home)).toEqual({});
  });
});

describe('worksheet fill', () => {
  it('saves answers from a file, readable by journal list', () => {
    writeFileSync(join(home, 'cba.json'), JSON.stringify(CBA));
    const r = cli(home, ['worksheet', 'fill', 'cost-benefit-analysis', '--answers', 'cba.json', '--date', '2026-11-20']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^Saved Cost-Benefit Analysis for 2026-11-20/);
    const list = JSON.parse(cli(home, ['journal', 'list', '--json']).stdout) as Entry[];
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ kind: 'worksheet', point: 1, date: '2026-11-20', worksheet: { id: 'cost-benefit-analysis' }, answers: CBA });
  });

  it('reads answers from stdin and --set, and --set wins over the file', () => {
    const r = cli(home, ['worksheet', 'fill', 'cba', '--answers', '-', '--set', 'conclusion=Keep going = one day at a time', '--json'], { input: JSON.stringify(CBA) });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as Entry).answers.conclusion).toBe('Keep going = one day at a time');
  });

  it('fills from --set alone, groups as JSON rows', () => {
    const rows = (item: string) => `[{"item":"${item}"}]`;
    const r = cli(home, [
      'worksheet', 'fill', 'cba',
      '--set', `benefitsOfDoing=${rows('calm')}`, '--set', `benefitsOfDoing=${rows('fun')}`,
      '--set', `costsOfDoing=${rows('health')}`, '--set', `benefitsOfChanging=${rows('energy')}`,
      '--set', `costsOfChanging=${rows('habit')}`, '--set', 'conclusion=try a month',
    ]);
    expect(r.code).toBe(0);
    const [e] = JSON.parse(cli(home, ['journal', 'list', '--json']).stdout) as Entry[];
    expect(e!.answers.benefitsOfDoing).toEqual([{ item: 'calm' }, { item: 'fun' }]);
  });

  describe('refuses bad answers: exit 2, one line, nothing written', () => {
    beforeEach(() => {
      writeFileSync(join(home, 'cba.json'), JSON.stringify(CBA));
      expect(cli(home, ['worksheet', 'fill', 'cba', '--answers', 'cba.json']).code).toBe(0);
    });

    it.each([
      ['malformed JSON', '{"conclusion": ', /^fourpoint: bad\.json is not valid JSON \(/],
      ['not an object', '["a"]', /^fourpoint: bad\.json must hold a JSON object of answers by field id/],
      ['a wrong type', JSON.stringify({ ...CBA, conclusion: 5 }), /^fourpoint: conclusion: must be text$/],
      ['a choice not offered', JSON.stringify({ ...CBA, costsOfDoing: [{ item: 'x', term: 'medium' }] }), /^fourpoint: costsOfDoing\.0\.term: must be one of: short, long$/],
      ['a scale out of range', JSON.stringify({ ...CBA, costsOfDoing: [{ item: 'x', importance: 11 }] }), /^fourpoint: costsOfDoing\.0\.importance: must be a whole number from 1 to 10$/],

      ['an empty required group', JSON.stringify({ ...CBA, costsOfDoing: [] }), /^fourpoint: costsOfDoing: needs at least 1$/],
    ])('%s', (_name, content, message) => {
      writeFileSync(join(home, 'bad.json'), content);
      const before = snapshot(home);
      const r = cli(home, ['worksheet', 'fill', 'cba', '--answers', 'bad.json']);
      expect(r.code).toBe(2);
      const lines = r.stderr.trimEnd().split('\n');
      expect(lines[0]).toMatch(message);
      expect(lines.length).toBeLessThanOrEqual(2);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(snapshot(home)).toEqual(before);
    });

    it.each([
      [['--answers', 'missing.json'], 'fourpoint: cannot read the answers file missing.json\n'],
      [['--set', 'colour=red'], 'fourpoint: cost-benefit-analysis has no field "colour"\n  see its fields: fourpoint worksheet show cost-benefit-analysis\n'],
      [['--set', 'conclusion'], 'fourpoint: --set expects field=value, got "conclusion"\n'],
      [['--answers', 'cba.json', '--set', 'benefitsOfDoing=calm'], 'fourpoint: benefitsOfDoing: a group takes JSON rows, such as [{"item":"…"}], or use --answers FILE\n'],
    ])('%j', (args, stderr) => {
      const before = snapshot(home);
      const r = cli(home, ['worksheet', 'fill', 'cba', ...args]);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(stderr);
      expect(snapshot(home)).toEqual(before);
    });

    it('names an unknown field in the file, and where to see the fields', () => {
      writeFileSync(join(home, 'bad.json'), JSON.stringify({ ...CBA, colour: 'red' }));
      const before = snapshot(home);
      const r = cli(home, ['worksheet', 'fill', 'cba', '--answers', 'bad.json']);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe('fourpoint: cost-benefit-analysis has no field "colour"\n  see its fields: fourpoint worksheet show cost-benefit-analysis\n');
      expect(snapshot(home)).toEqual(before);
    });

    it('names the flag for a missing required answer', () => {
      const before = snapshot(home);
      writeFileSync(join(home, 'part.json'), JSON.stringify({ ...CBA, conclusion: undefined }));
      const r = cli(home, ['worksheet', 'fill', 'cba', '--answers', 'part.json']);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^fourpoint: missing an answer for "Looking at the four boxes, what stands out, and what do you decide"\n  not at a terminal, so pass --set conclusion=… or --answers FILE\n$/);
      const after = snapshot(home);
      delete after['part.json'];
      expect(after).toEqual(before);
    });
  });
});
