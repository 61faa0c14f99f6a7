// A relative drafts the plan at the real prompts, choosing another intervention than the one recommended.
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli, removeDir, ROOT, tempDir } from '../helpers/cli.js';
import { KEY, startPty } from '../helpers/pty.js';

describe('interactive family plan', () => {
  let home: string;
  beforeEach(() => {
    home = tempDir();
  });
  afterEach(() => removeDir(home));

  it('offers the recommendation first, asks why when the family differs, and asks nothing the rules filled', async () => {
    expect(cli(home, ['family', 'assess', '--answers', join(ROOT, 'test', 'fixtures', 'family', 'teen.assessment.json')]).code).toBe(0);
    const pty = startPty(['family', 'plan'], { FOURPOINT_HOME: home, NO_COLOR: '1' });
    await pty.waitFor('Not a substitute for professional help');
    await pty.waitFor('Crisis intervention (recommended)');
    pty.type(KEY.down);
    pty.type(KEY.enter); // recovery
    await pty.answer('Why did the family choose differently', `Jo asked us for help${KEY.enter}`);
    await pty.waitFor('Which steps of care fit');
    pty.type(KEY.enter); // keep the suggested steps
    await pty.answer('Anything else', KEY.enter);
    await pty.waitFor('Which support groups');
    pty.type(KEY.enter);
    await pty.answer('Anything else', KEY.enter);
    await pty.answer('look after yourselves', `a weekly walk${KEY.enter}`);
    await pty.answer('Which professional', `Dr Lee${KEY.enter}`);
    await pty.answer('first step', `Mum calls the clinic${KEY.enter}`);
    await pty.waitFor('Saved');
    expect(await pty.exit()).toBe(0);
    expect(pty.output()).toMatch(/\? Which support groups/);
    expect(pty.output()).not.toMatch(/\? (Safety first|Keep in mind|Why this intervention|Why not the others|Recommended from)/);

    const md = cli(home, ['family', 'show']).stdout;
    expect(md).toContain('## Recommended: Crisis intervention');
    expect(md).toContain('## The plan: Recovery intervention');
    expect(md).toContain('Why: Jo asked us for help');
    expect(md).toContain('- **Which professional will you bring this plan to:** Dr Lee');
  });
});
