// Every threshold progress uses, with its default, in one place. A person overrides any of them in the
// profile's `graduation` record (fourpoint config set graduation.onTrackDays 60); graduation is their call.

export interface ThresholdSpec {
  default: number;
  min: number;
  max: number;
  integer: boolean;
  description: string;
}

export const THRESHOLDS = {
  onTrackDays: { default: 90, min: 1, max: 3650, integer: true, description: 'days on track in a row for the graduation checklist' },
  urgeLow: { default: 3, min: 0, max: 10, integer: false, description: 'an average urge (0-10) over 30 days at or below this counts as low' },
  cbaCount: { default: 2, min: 1, max: 50, integer: true, description: 'Cost-Benefit Analyses filled (the first and revisits)' },
  balanceAreas: { default: 6, min: 1, max: 20, integer: true, description: 'life areas rated in the Lifestyle Balance Pie' },
  pointReady: { default: 50, min: 0, max: 100, integer: true, description: 'score every point should reach for the graduation checklist' },
  urgeLogs: { default: 5, min: 1, max: 500, integer: true, description: 'urges logged with what you did to cope (point 2)' },
  abcCount: { default: 3, min: 1, max: 500, integer: true, description: 'ABCs worked through (point 3)' },
  pointDays: { default: 5, min: 1, max: 500, integer: true, description: 'check-ins naming a point, counted toward that point' },
  trendMargin: { default: 0.5, min: 0, max: 10, integer: false, description: 'smallest change in an average that counts as better or worse' },
  lookbackDays: { default: 90, min: 7, max: 3650, integer: true, description: 'days looked back over for top triggers and what helped' },
} satisfies Record<string, ThresholdSpec>;

export type ThresholdKey = keyof typeof THRESHOLDS;
export type Thresholds = Record<ThresholdKey, number>;

export const THRESHOLD_KEYS = Object.keys(THRESHOLDS) as ThresholdKey[];

export function isThresholdKey(key: string): key is ThresholdKey {
  return Object.hasOwn(THRESHOLDS, key);
}

/** Why a value is not allowed for a threshold, or undefined when it is fine. */
export function thresholdProblem(key: ThresholdKey, value: number): string | undefined {
  const spec: ThresholdSpec = THRESHOLDS[key];
  const kind = spec.integer ? 'a whole number' : 'a number';
  if (!Number.isFinite(value) || value < spec.min || value > spec.max || (spec.integer && !Number.isInteger(value)))
    return `${kind} from ${spec.min} to ${spec.max}`;
  return undefined;
}

/** The defaults with the profile's own values over them; a value out of range is ignored, not trusted. */
export function resolveThresholds(overrides: Readonly<Record<string, number>> = {}): Thresholds {
  const out = {} as Thresholds;
  for (const key of THRESHOLD_KEYS) {
    const own = overrides[key];
    out[key] = own !== undefined && thresholdProblem(key, own) === undefined ? own : THRESHOLDS[key].default;
  }
  return out;
}
