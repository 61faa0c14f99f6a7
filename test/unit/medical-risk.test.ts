// Which behaviours get the safety notice: common names and free text, and nothing for behaviours without that risk.
import { describe, expect, it } from 'vitest';
import { medicalRisks, safetyNotice } from '../../src/domain/medical-risk.js';

describe('medicalRisks', () => {
  it.each([
    [['alcohol'], ['sedative-withdrawal']],
    [['Drinking'], ['sedative-withdrawal']],
    [['beer and wine on weeknights'], ['sedative-withdrawal']],
    [['VODKA'], ['sedative-withdrawal']],
    [['benzos'], ['sedative-withdrawal']],
    [['Xanax'], ['sedative-withdrawal']],
    [['valium (prescribed)'], ['sedative-withdrawal']],
    [['sleeping pills'], ['sedative-withdrawal']],
    [['sedatives'], ['sedative-withdrawal']],
    [['heroin'], ['opioid-tolerance']],
    [['fentanyl'], ['opioid-tolerance']],
    [['Oxycodone'], ['opioid-tolerance']],
    [['painkillers'], ['opioid-tolerance']],
    [['pain-killers'], ['opioid-tolerance']],
    [['methadone'], ['opioid-tolerance']],
    [['gambling', 'drinking'], ['sedative-withdrawal']],
    [['wine', 'oxycontin'], ['sedative-withdrawal', 'opioid-tolerance']],
  ])('%j gives %j', (behaviours, risks) => {
    expect(medicalRisks(behaviours)).toEqual(risks);
  });

  it.each([[['gambling']], [['online betting']], [['eating']], [['gaming', 'shopping']], [['energy drinks']], [['soft drinks and sugar']], [['ginger biscuits']]])(
    '%j gives no risk',
    (behaviours) => {
      expect(medicalRisks(behaviours)).toEqual([]);
    },
  );
});

describe('safetyNotice', () => {
  it('is empty without a risk', () => expect(safetyNotice([])).toEqual([]));

  it('says seizure and doctor for sedatives, naloxone and never alone for opioids, and the emergency number for both', () => {
    const sedative = safetyNotice(['sedative-withdrawal']).join(' ');
    expect(sedative).toMatch(/seizure/i);
    expect(sedative).toMatch(/doctor/i);
    expect(sedative).not.toMatch(/naloxone/i);
    const opioid = safetyNotice(['opioid-tolerance']).join(' ');
    expect(opioid).toMatch(/naloxone/i);
    expect(opioid).toMatch(/never use alone/i);
    for (const text of [sedative, opioid]) {
      expect(text).toMatch(/emergency number/);
      expect(text).toContain('fourpoint learn safety');
      expect(text).not.toMatch(/taper|\baddict|alcoholic|patient/i);
    }
  });
});
