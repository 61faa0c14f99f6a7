// Which medical risks of stopping or lapsing apply to the behaviours a person names, in their own words.
// Pure: the personal workbook (init) and the family planner both ask it, so both name the same risks.
// It recognises; it never diagnoses. A match only decides whether to show the safety notice.

/** sedative-withdrawal: stopping suddenly can cause seizures. opioid-tolerance: a lapse at the old amount can be fatal. */
export type MedicalRisk = 'sedative-withdrawal' | 'opioid-tolerance';

/** Alcohol, benzodiazepines and other sedatives: stopping suddenly after heavy or long use can cause seizures. */
const SEDATIVE_WORDS = [
  // alcohol
  'alcohol', 'drink', 'drinks', 'drinking', 'drunk', 'booze', 'boozing', 'beer', 'beers', 'lager', 'ale', 'cider', 'wine', 'wines',
  'vodka', 'whisky', 'whiskey', 'gin', 'rum', 'tequila', 'brandy', 'bourbon', 'scotch', 'spirits', 'liquor', 'prosecco',
  'champagne', 'cocktail', 'cocktails', 'alcoholism', 'binge drinking', 'ethanol',
  // benzodiazepines and other sedatives
  'benzo', 'benzos', 'benzodiazepine', 'benzodiazepines', 'xanax', 'alprazolam', 'valium', 'diazepam', 'klonopin', 'clonazepam',
  'ativan', 'lorazepam', 'librium', 'chlordiazepoxide', 'temazepam', 'restoril', 'halcion', 'triazolam', 'etizolam', 'oxazepam',
  'sedative', 'sedatives', 'tranquilizer', 'tranquilizers', 'tranquiliser', 'tranquilisers', 'tranquilliser', 'tranquillisers', 'downers', 'barbiturate', 'barbiturates',
  'phenobarbital', 'sleeping pill', 'sleeping pills', 'sleeping tablets', 'sleep meds', 'sleep medication', 'ambien', 'zolpidem',
  'zopiclone', 'eszopiclone', 'lunesta', 'ghb', 'gbl', 'z drugs', 'z-drugs',
];

/** Opioids: tolerance falls within days of a break. */
const OPIOID_WORDS = [
  'opioid', 'opioids', 'opiate', 'opiates', 'heroin', 'smack', 'fentanyl', 'fent', 'oxycodone', 'oxycontin', 'oxy', 'oxys', 'percocet',
  'hydrocodone', 'vicodin', 'morphine', 'codeine', 'methadone', 'buprenorphine', 'subutex', 'suboxone', 'tramadol', 'tapentadol',
  'dilaudid', 'hydromorphone', 'oxymorphone', 'opium', 'kratom', 'painkiller', 'painkillers', 'pain killers', 'pain pills', 'pain meds',
  'pain medication', 'purple drank',
];

/** The family assessment's own choice: it can mean sedatives or opioid painkillers, so both cautions apply. */
const BOTH_WORDS = ['prescription medicines', 'prescription medicine', 'prescription drugs'];

/** Drinks that hold no alcohol: "energy drinks" is not drinking. */
const NOT_ALCOHOL = /\b(energy|soft|fizzy|sugary|sports|diet)[\s-]+drinks?\b/g;

/** Lower-case words and two-word phrases of a free-text answer ("Xanax, and wine at night"). */
function terms(text: string): Set<string> {
  const words = text
    .toLowerCase()
    .replace(NOT_ALCOHOL, ' ')
    .replace(/[’']/g, '')
    .split(/[^a-z0-9-]+/)
    .filter(Boolean);
  const out = new Set(words);
  for (let i = 0; i + 1 < words.length; i++) out.add(`${words[i]} ${words[i + 1]}`);
  // "z-drugs" is also read as "z drugs"; "pain-killers" as "painkillers".
  for (const w of words.filter((x) => x.includes('-'))) {
    out.add(w.replaceAll('-', ' '));
    out.add(w.replaceAll('-', ''));
  }
  return out;
}

function mentions(found: Set<string>, words: readonly string[]): boolean {
  return words.some((w) => found.has(w));
}

/** The risks that apply to any of the behaviours, in a fixed order, each once. Gambling, eating and the like give none. */
export function medicalRisks(behaviours: readonly string[]): MedicalRisk[] {
  const found = terms(behaviours.join(' , '));
  const risks: MedicalRisk[] = [];
  const both = mentions(found, BOTH_WORDS);
  if (both || mentions(found, SEDATIVE_WORDS)) risks.push('sedative-withdrawal');
  if (both || mentions(found, OPIOID_WORDS)) risks.push('opioid-tolerance');
  return risks;
}

/** The notice's lines for those risks: brief, kind, no diagnosis, never advice on how to taper. */
export function safetyNotice(risks: readonly MedicalRisk[]): string[] {
  if (risks.length === 0) return [];
  const lines = ['A word on safety, because it matters:'];
  if (risks.includes('sedative-withdrawal'))
    lines.push(
      'Stopping alcohol, benzodiazepines or other sedatives suddenly after heavy or long use can cause a seizure, and can kill. Please talk to a doctor before you stop or cut down; they can help you do it safely.',
    );
  if (risks.includes('opioid-tolerance'))
    lines.push(
      'After even a few days without opioids your tolerance falls, so using the old amount again can be fatal. Keep naloxone close, and never use alone.',
    );
  lines.push('In an emergency, call your local emergency number (911 in the US and Canada, 112 in most of Europe, 999 in the UK).');
  lines.push('More: fourpoint learn safety');
  return lines;
}
