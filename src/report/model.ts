// What a report shows, worked out once from the store's data and handed to the HTML and Markdown
// renderers, so both say the same. Pure: the period, today, the entries and the progress report come in.
// Private by default: a person's own words (notes, what happened in a lapse, worksheet answers) are in
// the model only when `include` names them.
import { addDays } from '../domain/dates.js';
import type { Entry } from '../domain/entry.js';
import type { Profile } from '../domain/profile.js';
import { foldDays, isLapse } from '../domain/progress/days.js';
import { copingByUrge, topTriggers } from '../domain/progress/insights.js';
import { keptMilestones, type KeptMilestone } from '../domain/progress/milestones.js';
import { averageOver } from '../domain/progress/trends.js';
import type { CopingResult, ProgressReport, TriggerCount } from '../domain/progress/types.js';
import type { WorksheetDefinition } from '../worksheets/definition.js';
import { fillTemplate } from '../worksheets/template.js';
import { countStatuses, dayStatus, type DayStatus, type StatusCounts } from './calendar.js';
import { answered, keyAnswers, LAPSE_FIELDS, type Answered, type KeyAnswers } from './key-answers.js';

export const INCLUDABLE = ['notes', 'worksheets', 'lapses'] as const;
export type Includable = (typeof INCLUDABLE)[number];

export interface ReportInput {
  from: string;
  to: string;
  today: string;
  /** When the report was made (an ISO instant). */
  madeAt: string;
  version: string;
  profile: Profile;
  /** The progress report as of today: the four points and the graduation checklist. */
  progress: ProgressReport;
  /** Entries from six days before `from` (for the first 7-day averages) to `to`. */
  entries: readonly Entry[];
  include: ReadonlySet<Includable>;
  definitionFor(id: string): WorksheetDefinition | undefined;
}

export interface ReportDay {
  day: string;
  status: DayStatus;
  urge: number | null;
  mood: number | null;
  /** The mean of the days with a value among this day and the six before it. */
  urge7: number | null;
  mood7: number | null;
}

export interface LapseDay {
  day: string;
  /** What the person wrote about it: empty unless lapses are included. */
  details: Answered[];
}

export interface WorksheetDone {
  day: string;
  id: string;
  title: string;
  /** Empty unless worksheets are included. */
  answers: KeyAnswers;
}

export interface ReportModel {
  from: string;
  to: string;
  today: string;
  madeAt: string;
  version: string;
  behaviours: string;
  include: ReadonlySet<Includable>;
  days: ReportDay[];
  counts: StatusCounts;
  progress: ProgressReport;
  triggers: TriggerCount[];
  coping: CopingResult[];
  milestones: KeptMilestone[];
  lapses: LapseDay[];
  worksheets: WorksheetDone[];
  notes: { day: string; text: string }[];
}

export function buildReportModel(input: ReportInput): ReportModel {
  const { from, to, profile, include } = input;
  const facts = foldDays(input.entries.filter((e) => e.date <= input.today));
  const inPeriod = input.entries.filter((e) => e.date >= from && e.date <= to);
  const days: ReportDay[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) {
    const f = facts.get(d);
    const week = addDays(d, -6);
    const future = d > input.today;
    days.push({
      day: d,
      status: dayStatus(d, f, profile.startDate, input.today),
      urge: f?.urge ?? null,
      mood: f?.mood ?? null,
      urge7: future ? null : averageOver(facts, 'urge', week, d).average,
      mood7: future ? null : averageOver(facts, 'mood', week, d).average,
    });
  }
  return {
    from,
    to,
    today: input.today,
    madeAt: input.madeAt,
    version: input.version,
    behaviours: profile.behaviours.join(' and '),
    include,
    days,
    counts: countStatuses(days),
    progress: input.progress,
    triggers: topTriggers(inPeriod, 5),
    coping: copingByUrge(inPeriod, 2, 5),
    milestones: keptMilestones(inPeriod).sort((a, b) => a.reachedOn.localeCompare(b.reachedOn)),
    lapses: lapseDays(inPeriod, input),
    worksheets: worksheetsDone(inPeriod, input),
    notes: include.has('notes') ? notesOf(inPeriod) : [],
  };
}

function lapseDays(entries: readonly Entry[], input: ReportInput): LapseDay[] {
  const byDay = new Map<string, Answered[]>();
  for (const e of entries.filter(isLapse).sort(byDate)) {
    const details = byDay.get(e.date) ?? [];
    const def = e.worksheet ? input.definitionFor(e.worksheet.id) : undefined;
    if (input.include.has('lapses') && def) details.push(...answered(def, e.answers, LAPSE_FIELDS[def.id] ?? [], input.profile));
    byDay.set(e.date, details);
  }
  return [...byDay].map(([day, details]) => ({ day, details }));
}

function worksheetsDone(entries: readonly Entry[], input: ReportInput): WorksheetDone[] {
  return entries
    .filter((e) => e.kind === 'worksheet' && e.worksheet)
    .sort(byDate)
    .map((e) => {
      const def = input.definitionFor(e.worksheet!.id);
      return {
        day: e.date,
        id: e.worksheet!.id,
        title: def ? fillTemplate(def.title, input.profile) : e.worksheet!.id,
        answers: input.include.has('worksheets') ? keyAnswers(def, e, input.profile) : { fields: [] },
      };
    });
}

function notesOf(entries: readonly Entry[]): { day: string; text: string }[] {
  return entries
    .filter((e) => e.kind === 'checkin' && typeof e.answers.note === 'string')
    .sort(byDate)
    .map((e) => ({ day: e.date, text: String(e.answers.note).trim() }))
    .filter((n) => n.text !== '');
}

const byDate = (a: Entry, b: Entry) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt);
