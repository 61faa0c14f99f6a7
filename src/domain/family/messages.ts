// Every safety and limits message of the family planner, in one place so the wording can be reviewed together.
import type { Intervention, SafetyRisk } from './assessment.js';

/** Shown on every family screen and at the top of every exported plan. */
export const NOT_A_SUBSTITUTE =
  'This planner helps you think and prepare. It is not a substitute for a doctor, counsellor or addiction professional: take what you write here to one.';

/**
 * Where to turn besides the emergency number: a crisis line, a domestic-violence line and a treatment
 * helpline. Part of every emergency text of the planner. The US numbers are national and free; elsewhere
 * the wording points to the local service rather than guess a number.
 */
export const HELP_LINES = [
  'Crisis line: call or text 988 in the US (the 988 Suicide & Crisis Lifeline), or your local crisis line elsewhere.',
  'Violence or threats at home: a domestic-violence helpline can help you plan for safety, in confidence; look up the one for your area.',
  "Treatment helpline: in the US, the SAMHSA National Helpline, 1-800-662-4357 (free, confidential, all day, every day); elsewhere, your health service's alcohol and drug helpline.",
] as const;

/** What to do in an emergency, in plain words, with the help lines. */
export const EMERGENCY = `If anyone is in danger now (talk of suicide, violence, an overdose, someone hard to wake or breathing strangely, someone about to drive impaired), call your local emergency number (such as 112, 911 or 999) or go to the nearest emergency department. Get yourself and any children to safety first; stay with your loved one only if it is safe to. ${HELP_LINES.join(' ')}`;

/** For the terminal: both of the above, short, one line each. */
export const SCREEN_NOTE = [
  'Not a substitute for professional help. In an emergency, call your local emergency number (112, 911, 999) or go to an emergency department.',
  ...HELP_LINES,
].join('\n');

/** Where the crisis/recovery/closure model comes from, said plainly: it is not SMART Recovery's program. */
export const MODEL_ORIGIN =
  'The crisis, recovery and closure model used here comes from an intervention provider\'s "Systemic Modular Approach to Recovery and Treatment". It is not part of SMART Recovery\'s own program: SMART\'s program for families is SMART Family & Friends, based on CRAFT.';

/** The scoring is a guide, not a judgement about the loved one. */
export const RULE_OF_THUMB =
  'The recommendation is a rule of thumb worked out from your answers, not an assessment: only a professional who meets your loved one can assess what they need.';

export const EMERGENCY_FIRST =
  'Someone may be in danger now. Deal with safety first: make the call, get to safety, and come back to the plan only when everyone is safe.';

export const RISK_GUIDANCE: Record<SafetyRisk, string> = {
  'self-harm':
    'Talk of suicide or self-harm is always taken seriously: ask directly how they are, remove means where you can, and get a professional or a crisis line involved today (call or text 988 in the US, or your local crisis line).',
  violence:
    'Where there are threats or violence, your safety and the children\'s comes first: have a safe place to go, do not hold a family talk where someone could get hurt, and call a domestic-violence helpline to plan for safety.',
  overdose:
    'Overdoses, blackouts and withdrawal can be medical emergencies: learn the signs, ask a pharmacist or doctor about overdose medicine (such as naloxone for opioids), and never let withdrawal from alcohol or sedatives happen without medical advice.',
  driving:
    'Driving under the influence endangers everyone on the road: take the keys where you can, offer a ride, and call the emergency number if they set off impaired.',
};

/** Short names of the risks, for reasons and lists. */
export const RISK_NAMES: Record<SafetyRisk, string> = {
  'self-harm': 'talk of suicide or self-harm',
  violence: 'threats or violence',
  overdose: 'overdose or dangerous withdrawal',
  driving: 'driving under the influence',
};

export const INTERVENTION_TITLES: Record<Intervention, string> = {
  crisis: 'Crisis intervention',
  recovery: 'Recovery intervention',
  closure: 'Closure intervention',
};

export const INTERVENTION_SUMMARIES: Record<Intervention, string> = {
  crisis: 'Act now, as one family, to get your loved one into treatment. Whether long-term recovery is needed is decided later, with the professionals.',
  recovery: 'Help your loved one engage in long-term recovery: a continuum of care, step by step, and a support group of their own choosing.',
  closure: 'The family has tried a great deal. Make one last, clear offer of a new start, and decide now what you will do whichever way it goes.',
};

/** Shown when the loved one has spoken of hopelessness (and self-harm was not already named). */
export const HOPELESSNESS =
  'Talk of hopelessness can come before thoughts of suicide. Ask them kindly and directly whether they have thought of ending their life: asking does not put the idea in their head. Call or text a crisis line together (988 in the US, or your local one), and call the emergency number if they might act on it now.';

/** When the loved one refuses help: the approaches built for that, before any intervention. */
export const CRAFT_FIRST =
  'Your loved one refuses help, and two approaches are designed for exactly that: CRAFT (Community Reinforcement and Family Training) and SMART Family & Friends, which is based on it. Rather than confront, the family learns to make sober time more rewarding, to talk so that it is heard, to step back from shielding, and to look after itself, which often brings a loved one to accept treatment. Start there: a counsellor trained in CRAFT, or a SMART Family & Friends meeting, in person or online. Use the plan below alongside it, not instead of it.';

/** CRAFT, described in our own words. */
export const CRAFT =
  'Another approach with good evidence is CRAFT (Community Reinforcement and Family Training), which SMART Family & Friends is based on. Instead of a confrontation, the family learns what sets off the use and what it gives your loved one, talks in a warm and positive way, makes sober time more rewarding, stops shielding them from the natural results of using, and takes care of its own wellbeing. Many families use it on its own or alongside the plan here; a counsellor trained in CRAFT can guide you.';

/** Medical safety, for every plan whose assessment names alcohol or sedatives: talk to a doctor, never how to taper. */
export function sedativeSafety(who: string): string {
  return `Medical safety: stopping alcohol, benzodiazepines or other sedatives suddenly after heavy or long use can cause seizures and can kill. Talk to a doctor before ${who} stops, or before any step that could make them stop suddenly, and call the emergency number for shaking, sweating, confusion, hallucinations or a seizure.`;
}

/** Medical safety, for every plan whose assessment names opioids: overdose after a break, naloxone. */
export function opioidSafety(who: string): string {
  return `Medical safety: after even a few days without opioids, tolerance falls, so going back to the old amount can be fatal. Keep naloxone at hand and learn how to use it, and ${who} should never use alone. Someone hard to wake or breathing strangely: call the emergency number and give naloxone.`;
}

/** Closure: withdrawing support has risks of its own. */
export const CLOSURE_CAUTION =
  'Withdrawing support has risks of its own: a loved one who loses a home can end up homeless, and on the street, or after a break from opioids, the risk of a fatal overdose is high. Plan with a professional how everyone stays safe, keep the children out of any bargaining, and keep one door open: the offer of treatment.';

export function lovedOne(name: string | undefined): string {
  return name && name.trim() ? name.trim() : 'your loved one';
}
