// Which of the loved one's behaviours carry a medical risk when they stop or take a break: alcohol and
// sedatives (withdrawal can cause seizures and can kill) and opioids (tolerance falls within days, so a
// return to the old amount can be fatal). Read from the assessment's choices and free text alike.
// The personal workbook has the same recognition in src/domain/medical-risk.ts (written in parallel):
// the two are to become one.

export interface MedicalRisk {
  /** Alcohol, benzodiazepines or other sedatives: stopping suddenly after heavy or long use is dangerous. */
  sedative: boolean;
  /** Opioids: overdose risk after a break, naloxone. */
  opioid: boolean;
}

// Whole words, so "gin" never matches "gaming" nor "rum" "drum".
const SEDATIVE_WORDS = [
  'alcohol', 'drink', 'drinks', 'drinking', 'booze', 'beer', 'beers', 'wine', 'spirits', 'liquor', 'vodka', 'whisky', 'whiskey', 'gin', 'rum', 'tequila', 'cider', 'ethanol',
  'benzo', 'benzos', 'benzodiazepine', 'benzodiazepines', 'xanax', 'alprazolam', 'valium', 'diazepam', 'klonopin', 'clonazepam', 'ativan', 'lorazepam', 'temazepam',
  'sedative', 'sedatives', 'tranquilliser', 'tranquillisers', 'tranquilizer', 'tranquilizers', 'barbiturate', 'barbiturates', 'sleeping pills', 'sleeping tablets', 'ghb', 'gbl', 'zolpidem', 'ambien',
];
const OPIOID_WORDS = [
  'opioid', 'opioids', 'opiate', 'opiates', 'heroin', 'fentanyl', 'oxycodone', 'oxycontin', 'hydrocodone', 'vicodin', 'percocet', 'morphine', 'codeine', 'methadone', 'tramadol',
  'painkiller', 'painkillers', 'pain pills', 'pain killers',
];
// The assessment's own choice: it can mean sedatives or opioid painkillers, so both cautions apply.
const BOTH_WORDS = ['prescription medicines', 'prescription medicine', 'prescription drugs'];

function matcher(words: readonly string[]): RegExp {
  return new RegExp(`(^|[^\\p{L}\\p{N}])(${words.map((w) => w.replace(/ /g, '\\s+')).join('|')})(?=$|[^\\p{L}\\p{N}])`, 'iu');
}

const SEDATIVE = matcher(SEDATIVE_WORDS);
const OPIOID = matcher(OPIOID_WORDS);
const BOTH = matcher(BOTH_WORDS);

export function medicalRisk(behaviours: readonly string[]): MedicalRisk {
  const any = (re: RegExp) => behaviours.some((b) => re.test(b));
  const both = any(BOTH);
  return { sedative: both || any(SEDATIVE), opioid: both || any(OPIOID) };
}

export function hasMedicalRisk(behaviours: readonly string[]): boolean {
  const r = medicalRisk(behaviours);
  return r.sedative || r.opioid;
}
