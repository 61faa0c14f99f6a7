// fourpoint learn: topics are data files; every point and tool has one; unknown topics get suggestions.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHORTCUTS } from '../../src/cli/register/shortcuts.js';
import { loadTopics } from '../../src/learn/topics.js';
import { cli, removeDir, tempDir } from '../helpers/cli.js';

let home: string;
beforeAll(() => {
  home = tempDir();
});
afterAll(() => removeDir(home));

describe('fourpoint learn', () => {
  it('with no topic lists every topic with its summary', () => {
    const r = cli(home, ['learn']);
    expect(r.code).toBe(0);
    const topics = loadTopics();
    for (const t of topics) expect(r.stdout).toContain(t.id);
    expect(JSON.parse(cli(home, ['learn', '--json']).stdout).map((t: { id: string }) => t.id)).toEqual(topics.map((t) => t.id));
  });

  it('covers each point, SMART and 12-step programs, lapses and graduation', () => {
    const ids = loadTopics().map((t) => t.id);
    expect(ids).toEqual(expect.arrayContaining(['point-1', 'point-2', 'point-3', 'point-4', 'smart-and-12-step', 'lapses', 'graduation', 'urge-surfing', 'stages-of-change']));
  });

  it.each(Object.entries(SHORTCUTS).map(([k, v]) => [k, v.id]))('explains the tool behind the shortcut %s, also by its id %s', (shortcut, id) => {
    const r = cli(home, ['learn', shortcut]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').length).toBeGreaterThan(4);
    expect(loadTopics().find((t) => t.id === id || t.aliases.includes(id))).toBeDefined();
  });

  it('uses kind words: no labels for the person', () => {
    for (const t of loadTopics()) expect(`${t.title} ${t.summary} ${t.body}`).not.toMatch(/\b(addict|alcoholic|patient)s?\b/i);
  });

  it('an unknown topic exits 2 and suggests the nearest ones', () => {
    const r = cli(home, ['learn', 'lapsse']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('no topic called "lapsse"');
    expect(r.stderr).toContain('did you mean: lapses');
  });

  it('an unknown topic with nothing near still points at the list', () => {
    const r = cli(home, ['learn', 'zzzzzzzz']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('fourpoint learn');
  });
});
