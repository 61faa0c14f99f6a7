// Size limits with clear errors: one answer of text, and an import file.
import { truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_LONGTEXT, MAX_TEXT } from '../../src/worksheets/limits.js';
import { cli, removeDir, tempDir } from '../helpers/cli.js';

describe('size limits', () => {
  let home: string;
  beforeEach(() => {
    home = tempDir();
  });
  afterEach(() => removeDir(home));

  it('a check-in note over the limit is refused (exit 2), one at the limit is kept', () => {
    const over = cli(home, ['checkin', '--mood', '5', '--urge', '2', '--on-track', '--note', 'x'.repeat(MAX_TEXT + 1)]);
    expect(over.code).toBe(2);
    expect(over.stderr).toContain(`note: must be at most ${MAX_TEXT} characters`);
    expect(cli(home, ['checkin', '--mood', '5', '--urge', '2', '--on-track', '--note', 'x'.repeat(MAX_TEXT)]).code).toBe(0);
  });

  it('an imported entry with a huge text is rejected by name, the rest imported', () => {
    expect(cli(home, ['checkin', '--mood', '5', '--urge', '2', '--on-track']).code).toBe(0);
    const doc = JSON.parse(cli(home, ['export', '--format', 'json']).stdout);
    const [first] = doc.entries;
    doc.entries = [{ ...first, id: 'huge-one', answers: { ...first.answers, note: 'x'.repeat(MAX_LONGTEXT * 2) } }, { ...first, id: 'fine-one' }];
    writeFileSync(join(home, 'in.json'), JSON.stringify(doc));
    const r = cli(home, ['import', 'in.json']);
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toContain('id "huge-one"');
    expect(r.stdout + r.stderr).toContain('must be at most');
    expect(cli(home, ['journal', 'show', 'fine-one']).code).toBe(0);
  });

  it('an import file over 64 MB is refused before it is read (exit 2)', () => {
    const file = join(home, 'big.json');
    writeFileSync(file, '');
    truncateSync(file, 65 * 2 ** 20);
    const r = cli(home, ['import', 'big.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('more than the 64 MB an import may be');
  });
});
