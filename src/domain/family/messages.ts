// Every safety and limits message of the family planner, in one place so the wording can be reviewed together.
import type { Intervention, SafetyRisk } from './assessment.js';

/** Shown on every family screen and at the top of every exported plan. */
export const NOT_A_SUBSTITUTE =
  'This planner helps you think and prepare. It is not a substitute for a doctor, counsellor or addiction professional: take what you write here to one.';

/** What to do in an emergency, in plain words. */
export const EMERGENCY =
  'If anyone is in danger now (talk of suicide, violence, an overdose, someone hard to wake or breathing strangely, someone about to drive impaired), call your local emergency number (such as 112, 911 or 999) or go to the nearest emergency department. Get yourself and any children to safety first; stay with your loved one only if it is safe to.';

/** One line for the terminal: both of the above, short. */
export const SCREEN_NOTE = `Not a substitute for professional help. In an emergency, call your local emergency number (112, 911, 999) or go to an emergency department.`;

export const EMERGENCY_FIRST =
  'Someone may be in danger now. Deal with safety first: make the call, get to safety, and come back to the plan only when everyone is safe.';

export const RISK_GUIDANCE: Record<SafetyRisk, string> = {
  'self-harm':
    'Talk of suicide or self-harm is always taken seriously: ask directly how they are, remove means where you can, and get a professional or a crisis line involved today.',
  violence:
    'Where there are threats or violence, your safety and the children\'s comes first: have a safe place to go, and do not hold a family talk where someone could get hurt.',
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

/** CRAFT, described in our own words. */
export const CRAFT =
  'Another approach with good evidence is CRAFT (Community Reinforcement and Family Training). Instead of a confrontation, the family learns what sets off the use and what it gives your loved one, talks in a warm and positive way, makes sober time more rewarding, stops shielding them from the natural results of using, and takes care of its own wellbeing. Many families use it on its own or alongside the plan here; a counsellor trained in CRAFT can guide you.';

export function lovedOne(name: string | undefined): string {
  return name && name.trim() ? name.trim() : 'your loved one';
}
