// The words of urge help, kept together so they can be read and reviewed in one place.

export const EMERGENCY = [
  'If you or someone else is in danger right now, call your local emergency number (911 in the US and Canada, 112 in most of Europe, 999 in the UK).',
  'If you need to talk to someone now, a crisis line will listen: in the US call or text 988; elsewhere, your local crisis or helpline.',
];

/** Withdrawal is a medical matter, not an urge to surf (the safety facts every screen near stopping respects). */
export const WITHDRAWAL =
  'Shaking, sweating or confusion after stopping alcohol, sedatives or opioids can be withdrawal, not an urge to surf: get medical help now. (fourpoint learn safety)';

/** DEADS as SMART's toolbox names it, for the urge screen when no plan of one's own is written yet. */
export const DEADS_REMINDER = [
  'Deny/Delay: not now; urges rise and fall, often within minutes.',
  'Escape: leave the situation that is feeding it.',
  'Avoid/Accept/Attack: steer clear of triggers; accept the urge is uncomfortable, not dangerous; dispute what it tells you.',
  'Distract: something that takes all your attention.',
  'Substitute: a healthy thing in its place.',
];

export const OPENING = 'An urge is like a wave: it rises and falls, often within minutes. You do not have to act on it. Let us ride this one out together.';

/** Shown in turn while the timer runs, one every stretch of the session. */
export const SURFING_STEPS = [
  'Sit or stand comfortably. Breathe in slowly through your nose, and out a little longer than you breathed in.',
  'Notice where you feel the urge in your body: chest, stomach, hands, mouth. Just notice it, without fighting it.',
  'Give it a number from 0 to 10 in your head. Watch whether it grows, stays, or shifts.',
  'Picture the urge as a wave. You are on top of it, riding it. Waves rise and they fall.',
  'The urge may be talking ("just one", "you deserve it"). Hear it, and let the words pass like traffic outside.',
  'Keep breathing slowly. Each breath is a few seconds the urge has not decided for you.',
  'Think of one reason you are making this change. Hold it for a moment.',
  'Notice how the urge has changed since you started. It is already different from a few minutes ago.',
];

export const CLOSING_RODE = 'You rode it out. That is real evidence that urges pass and that you can get through them.';
export const CLOSING_USED = 'Thank you for being honest. A lapse is information, not a verdict: what you noticed today can help next time.';
export const CLOSING_ONGOING = 'It is still there, and that is all right. Try one thing from your plan now, or reach out to someone. Run fourpoint urge again any time.';
