// The passphrase at a real terminal: hidden, confirmed when encryption is turned on, asked once per command.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli, removeDir, tempDir } from '../helpers/cli.js';
import { KEY, startPty } from '../helpers/pty.js';

describe('passphrase at a terminal', () => {
  let home: string;
  beforeEach(() => {
    home = tempDir();
  });
  afterEach(() => removeDir(home));

  it('turns encryption on with a confirmed passphrase, then asks for it once per command', async () => {
    expect(cli(home, ['worksheet', 'fill', 'urge-log', '--set', 'intensity=4', '--set', 'trigger=MOTH-SECRET']).code).toBe(0);

    const on = startPty(['config', 'set', 'encryption', 'on'], { FOURPOINT_HOME: home, NO_COLOR: '1' });
    await on.answer('Choose a passphrase', `river stone${KEY.enter}`);
    await on.answer('Type it again', `river stone${KEY.enter}`);
    await on.waitFor('Encrypted');
    expect(await on.exit()).toBe(0);
    expect(on.output()).not.toContain('river stone');
    const months = readdirSync(join(home, 'entries'));
    expect(months).toHaveLength(1);
    expect(readFileSync(join(home, 'entries', months[0]!)).includes('MOTH-SECRET')).toBe(false);

    const list = startPty(['journal', 'list'], { FOURPOINT_HOME: home, NO_COLOR: '1' });
    await list.answer('Passphrase', `river stone${KEY.enter}`);
    await list.waitFor('Urge log');
    // Asked once: it finishes without a second question (the key is derived once, too).
    expect(await list.exit()).toBe(0);
    expect(list.output()).not.toContain('river stone');

    const wrong = startPty(['journal', 'list'], { FOURPOINT_HOME: home, NO_COLOR: '1' });
    await wrong.answer('Passphrase', `sea glass${KEY.enter}`);
    await wrong.waitFor('does not open');
    expect(await wrong.exit()).toBe(1);
  });

  it('does not turn encryption on when the two passphrases differ', async () => {
    const on = startPty(['config', 'set', 'encryption', 'on'], { FOURPOINT_HOME: home, NO_COLOR: '1' });
    await on.answer('Choose a passphrase', `one${KEY.enter}`);
    await on.waitFor('at least 8 characters');
    on.type(`${KEY.backspace.repeat(3)}one passphrase${KEY.enter}`);
    await on.answer('Type it again', `two passphrase${KEY.enter}`);
    await on.waitFor('did not match');
    expect(await on.exit()).toBe(1);
    expect(cli(home, ['config', 'get', 'encryption']).stdout.trim()).toBe('false');
  });
});
