// The one place errors become text and exit codes, run in-process with a memory Io.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { removeDir, tempDir } from '../helpers/cli.js';
import { memoryIo } from '../helpers/memory-io.js';

describe('run', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => removeDir(dir));

  it('maps bad input to 2, with the message and hint on stderr and nothing on stdout', async () => {
    const io = memoryIo();
    expect(await run(['--data-dir', dir, 'worksheet', 'show', 'nope'], io)).toBe(2);
    expect(io.err()).toBe('fourpoint: no worksheet called "nope"\n  see the list: fourpoint worksheet list\n');
    expect(io.out()).toBe('');
  });

  it('maps commander usage errors to 2, and help to 0 on stdout', async () => {
    const bad = memoryIo();
    expect(await run(['checkin', '--mood'], bad)).toBe(2);
    expect(bad.err()).toBe("fourpoint: option '--mood <n>' argument missing\n");
    const help = memoryIo();
    expect(await run(['checkin', '--help'], help)).toBe(0);
    expect(help.out()).toContain('Examples:');
    expect(help.err()).toBe('');
  });

  it('names a file-system failure in one line with what to do, and shows its stack only with --debug', async () => {
    const file = join(dir, 'not-a-folder');
    writeFileSync(file, '');
    const plain = memoryIo();
    expect(await run(['--data-dir', file, 'journal', 'list'], plain)).toBe(1);
    expect(plain.err()).toMatch(new RegExp(`^fourpoint: part of ${file}[^\n]* is a file where fourpoint expects a folder, so nothing was changed\n {2}[^\n]+\n$`));
    const debug = memoryIo();
    expect(await run(['--debug', '--data-dir', file, 'journal', 'list'], debug)).toBe(1);
    expect(debug.err()).toMatch(/\n\s+at /);
  });

  it('a store error is exit 1 naming the file and what to do', async () => {
    writeFileSync(join(dir, 'store.json'), 'nonsense');
    const io = memoryIo();
    expect(await run(['--data-dir', dir, 'journal', 'list'], io)).toBe(1);
    expect(io.err()).toBe(`fourpoint: ${join(dir, 'store.json')} is not valid JSON, so it was left untouched\n  there is no backup of it yet; run: fourpoint doctor\n`);
  });
});
