// The answers progress reads, by worksheet and field id, kept in one place. A test loads the shipped
// definitions (worksheets/*.yaml) and holds every id here against them, with the type progress expects,
// so a renamed field fails a test instead of silently counting nothing (the balance pie once read `now`
// while its field was `rating`, and graduation could never be reached).

export const CHECKIN = {
  worksheet: 'daily-check-in',
  mood: 'mood',
  urge: 'urge',
  onTrack: 'onTrack',
  triggers: 'triggers',
  coping: 'coping',
  point: 'point',
} as const;

export const URGE_LOG = {
  worksheet: 'urge-log',
  intensity: 'intensity',
  intensityAfter: 'intensityAfter',
  trigger: 'trigger',
  coping: 'coping',
  outcome: 'outcome',
  /** The outcome that is a lapse. */
  used: 'used',
} as const;

export const BALANCE_PIE = {
  worksheet: 'lifestyle-balance-pie',
  /** The group field with one row an area. */
  areas: 'areas',
  area: 'area',
  rating: 'rating',
} as const;

/** How progress reads an answer: the field types that give it what it needs. */
export type ReadAs = 'number' | 'text' | 'boolean' | 'choice';

export interface FieldRead {
  worksheet: string;
  /** The field id, with the group's id first for a field of a group row. */
  path: readonly string[];
  as: ReadAs;
  /** Choice values progress compares against: each must be one of the field's choices. */
  values?: readonly string[];
}

/** Every answer progress reads (for the test against the definitions). */
export const FIELDS_READ: readonly FieldRead[] = [
  { worksheet: CHECKIN.worksheet, path: [CHECKIN.mood], as: 'number' },
  { worksheet: CHECKIN.worksheet, path: [CHECKIN.urge], as: 'number' },
  { worksheet: CHECKIN.worksheet, path: [CHECKIN.onTrack], as: 'boolean' },
  { worksheet: CHECKIN.worksheet, path: [CHECKIN.triggers], as: 'text' },
  { worksheet: CHECKIN.worksheet, path: [CHECKIN.coping], as: 'text' },
  { worksheet: CHECKIN.worksheet, path: [CHECKIN.point], as: 'choice', values: ['1', '2', '3', '4'] },
  { worksheet: URGE_LOG.worksheet, path: [URGE_LOG.intensity], as: 'number' },
  { worksheet: URGE_LOG.worksheet, path: [URGE_LOG.intensityAfter], as: 'number' },
  { worksheet: URGE_LOG.worksheet, path: [URGE_LOG.trigger], as: 'text' },
  { worksheet: URGE_LOG.worksheet, path: [URGE_LOG.coping], as: 'text' },
  { worksheet: URGE_LOG.worksheet, path: [URGE_LOG.outcome], as: 'choice', values: [URGE_LOG.used] },
  { worksheet: BALANCE_PIE.worksheet, path: [BALANCE_PIE.areas, BALANCE_PIE.area], as: 'text' },
  { worksheet: BALANCE_PIE.worksheet, path: [BALANCE_PIE.areas, BALANCE_PIE.rating], as: 'number' },
];
