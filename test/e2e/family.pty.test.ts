// A relative drafts the plan at the real prompts, choosing another intervention than the one recommended.
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HOPELESSNESS } from '../../src/domain/family/messages.js';
import { NEEDS_CHOICE, NEEDS_TEXT } from '../../src/prompts/inquirer.js';
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
    pty.type(KEY.enter); // none is pre-selected: cannabis flags no withdrawal risk
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

  it('walks a relative through the assessment and shows emergency guidance before the recommendation', async () => {
    const pty = startPty(['family', 'assess'], { FOURPOINT_HOME: home, NO_COLOR: '1' });
    await pty.waitFor('Not a substitute for professional help');
    await pty.answer('What name should the plan use', `Jo${KEY.enter}`);
    await pty.answer('How are you related', KEY.enter); // parent
    await pty.answer('How old is your loved one', KEY.enter); // under 18
    await pty.waitFor('What worries you');
    pty.type(KEY.down);
    pty.type(KEY.space);
    pty.type(KEY.enter); // cannabis
    await pty.answer('Anything else', KEY.enter);
    await pty.answer('How long has it been going on', KEY.enter);
    await pty.answer('Which sounds closest', KEY.enter);
    await pty.answer('tried treatment or tried to stop', KEY.enter); // not yet: "what was tried" is skipped
    await pty.answer('said about changing', KEY.enter);
    await pty.answer('see the problem the same way', KEY.enter);
    await pty.waitFor('Are any of these happening');
    pty.type(KEY.space);
    pty.type(KEY.enter); // self-harm
    await pty.answer('in danger right now', `y${KEY.enter}`);
    await pty.answer('Are children involved', KEY.enter);
    await pty.answer('How much hope', `8${KEY.enter}`);
    await pty.answer('How much energy', `7${KEY.enter}`);
    await pty.answer('Anything else a professional should know', KEY.enter);
    await pty.waitFor('Saved the assessment');
    expect(await pty.exit()).toBe(0);
    const out = pty.output();
    expect(out).not.toContain('What was tried');
    expect(out.indexOf('Someone may be in danger now')).toBeGreaterThan(-1);
    expect(out.indexOf('Someone may be in danger now')).toBeLessThan(out.indexOf('Recommended: Crisis intervention'));

    const [entry] = JSON.parse(cli(home, ['journal', 'list', '--json']).stdout);
    expect(entry.answers).toMatchObject({ name: 'Jo', ageGroup: 'under-18', behaviour: ['cannabis'], safety: ['self-harm'], dangerNow: true, hope: 8, energy: 7 });

    // Drafting the plan afterwards starts with the emergency again, and Ctrl-C leaves without saving a plan.
    const plan = startPty(['family', 'plan'], { FOURPOINT_HOME: home, NO_COLOR: '1' });
    await plan.waitFor('Someone may be in danger now');
    await plan.waitFor('Which intervention will the family plan for');
    plan.type(KEY.ctrlC);
    expect(await plan.exit()).toBe(130);
    expect(JSON.parse(cli(home, ['journal', 'list', '--json']).stdout)).toHaveLength(1);
  });

  it('offers the next step from the overview, so nobody has to remember a command', async () => {
    const pty = startPty(['family'], { FOURPOINT_HOME: home, NO_COLOR: '1' });
    await pty.waitFor('call your local emergency number');
    await pty.waitFor('What would you like to do');
    pty.type(KEY.down);
    pty.type(KEY.enter); // draw the family map
    await pty.answer('Name', `Me${KEY.enter}`);
    await pty.answer('Role', KEY.enter);
    await pty.answer('What they do that helps', `I listen${KEY.enter}`);
    await pty.answer('What they do that hurts', KEY.enter);
    await pty.answer('One change they could make', KEY.enter);
    await pty.answer('Name', KEY.enter); // no more people
    await pty.answer('What patterns', KEY.enter);
    await pty.waitFor('Saved the family map');
    expect(await pty.exit()).toBe(0);
    const [entry] = JSON.parse(cli(home, ['journal', 'list', '--json']).stdout);
    expect(entry.answers).toEqual({ people: [{ name: 'Me', role: 'me', helps: 'I listen' }] });
  });

  it('never contradicts itself when nothing is chosen, speaks in its own words, and asks about hopelessness', async () => {
    const pty = startPty(['family', 'assess'], { FOURPOINT_HOME: home, NO_COLOR: '1' });
    await pty.answer('What name should the plan use', `Sam${KEY.enter}`);
    await pty.answer('How are you related', KEY.enter);
    await pty.answer('How old is your loved one', `${KEY.down}${KEY.down}${KEY.enter}`); // 26 to 59
    await pty.waitFor('What worries you');
    pty.type(KEY.enter); // nothing ticked
    await pty.waitFor('Nothing was chosen above, and this needs an answer');
    pty.type(KEY.enter); // nothing typed either: our own words say what is needed
    await pty.waitFor(NEEDS_TEXT);
    pty.type(`,${KEY.enter}`); // a comma alone is no answer either
    await pty.waitFor('Please type at least one answer');
    pty.type(`${KEY.backspace}kratom${KEY.enter}`); // one a line, as every list is typed
    await pty.answer('another, or Enter', `Xanax${KEY.enter}`);
    await pty.answer('another, or Enter', KEY.enter);
    await pty.answer('How long has it been going on', KEY.enter);
    await pty.answer('Which sounds closest', KEY.enter);
    await pty.answer('tried treatment or tried to stop', KEY.enter);
    await pty.answer('said about changing', KEY.enter);
    await pty.answer('see the problem the same way', KEY.enter);
    await pty.waitFor('Are any of these happening');
    pty.type(KEY.enter); // nothing ticked
    await pty.waitFor(NEEDS_CHOICE);
    pty.type(`${KEY.down}${KEY.down}${KEY.down}${KEY.down}${KEY.space}${KEY.enter}`); // none of these
    await pty.answer('spoken of feeling hopeless', `y${KEY.enter}`);
    await pty.answer('Are children involved', KEY.enter);
    await pty.answer('How much hope', `5${KEY.enter}`);
    await pty.answer('How much energy', `5${KEY.enter}`);
    await pty.answer('Anything else a professional should know', KEY.enter);
    await pty.waitFor('Saved the assessment');
    expect(await pty.exit()).toBe(0);
    const out = pty.output();
    for (const theirs of ['You must provide a value', 'At least one choice must be selected', 'You must select a valid value', 'Enter for none'])
      expect(out).not.toContain(theirs);
    // Crisis guidance, with a crisis line, before the recommendation.
    const flat = out.replace(/\s+/g, ' ');
    expect(flat.indexOf(HOPELESSNESS)).toBeGreaterThan(-1);
    expect(flat.indexOf('Recommended: ')).toBeGreaterThan(-1);
    expect(flat.indexOf(HOPELESSNESS)).toBeLessThan(flat.indexOf('Recommended: '));
    const [entry] = JSON.parse(cli(home, ['journal', 'list', '--json']).stdout);
    expect(entry.answers).toMatchObject({ behaviour: ['kratom', 'Xanax'], safety: ['none'], hopeless: true });

    // Xanax flags a withdrawal risk: medically supervised withdrawal is the one step of care ticked.
    const plan = startPty(['family', 'plan'], { FOURPOINT_HOME: home, NO_COLOR: '1' });
    await plan.waitFor('Which intervention will the family plan for');
    plan.type(`${KEY.down}${KEY.enter}`); // recovery, not the recommendation
    await plan.answer('Why did the family choose differently', `Sam asked for help${KEY.enter}`);
    await plan.waitFor('Which steps of care fit');
    plan.type(KEY.enter);
    await plan.answer('Anything else', KEY.enter);
    await plan.waitFor('Which support groups');
    plan.type(KEY.enter);
    await plan.answer('Anything else', KEY.enter);
    await plan.answer('look after yourselves', KEY.enter);
    await plan.answer('Which professional', KEY.enter);
    await plan.answer('first step', `Call the GP${KEY.enter}`);
    await plan.waitFor('Saved');
    expect(await plan.exit()).toBe(0);
    const saved = (JSON.parse(cli(home, ['journal', 'list', '--json']).stdout) as { worksheet: { id: string }; answers: Record<string, unknown> }[]).find((e) => e.worksheet.id === 'family-plan')!;
    expect(saved.answers.levels).toEqual(['detox']);
  });
});
