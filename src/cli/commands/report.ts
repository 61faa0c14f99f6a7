// fourpoint report: a private, self-contained HTML (or Markdown) picture of a period, to keep or to
// bring to a meeting. Written whole and atomically, mode 0600, never over a file unless --force.
import { resolve } from 'node:path';
import { UsageError } from '../../errors.js';
import { addDays } from '../../domain/dates.js';
import { writeExportFile } from '../../export/write-file.js';
import { renderReportHtml } from '../../report/html.js';
import { renderReportMarkdown } from '../../report/markdown.js';
import { buildReportModel, INCLUDABLE, type Includable } from '../../report/model.js';
import type { App } from '../context.js';
import { readProgress } from '../progress-report.js';
import { reportPeriod, type PeriodOptions } from '../report-period.js';
import { VERSION } from '../version.js';

export interface ReportOptions extends PeriodOptions {
  out?: string;
  include?: string;
  format?: string;
  force?: boolean;
}

export function parseInclude(raw: string | undefined): Set<Includable> {
  if (raw === undefined) return new Set();
  const words = raw.split(',').map((w) => w.trim().toLowerCase()).filter((w) => w !== '');
  if (words.includes('all')) return new Set(INCLUDABLE);
  const wrong = words.find((w) => !(INCLUDABLE as readonly string[]).includes(w));
  if (wrong !== undefined || words.length === 0) throw new UsageError(`--include expects a list of ${INCLUDABLE.join(', ')} (or all), got "${raw}"`);
  return new Set(words as Includable[]);
}

export async function run(o: ReportOptions, app: App): Promise<void> {
  const format = o.format ?? 'html';
  if (format !== 'html' && format !== 'md') throw new UsageError(`--format expects html or md, got "${format}"`);
  const include = parseInclude(o.include);
  const today = app.today();
  const profile = await app.requireProfile();
  const { from, to } = reportPeriod(o, today, profile.startDate);
  const { report } = readProgress(app, profile);
  const model = buildReportModel({
    from,
    to,
    today,
    madeAt: app.io.now().toISOString(),
    version: VERSION,
    profile,
    progress: report,
    entries: app.store.entries({ since: addDays(from, -6), until: to }),
    include,
    definitionFor: (id) => app.library.get(id)?.definition,
  });
  const weekStart = app.settings.weekStart === 'sunday' ? 'sunday' : 'monday';
  const text = format === 'md' ? renderReportMarkdown(model, weekStart) : renderReportHtml(model, weekStart);
  if (o.out === '-') {
    app.io.stdout.write(text);
    return;
  }
  const file = resolve(app.io.cwd, o.out ?? `fourpoint-report-${to}.${format}`);
  writeExportFile(file, text, { force: o.force });
  app.say(`Wrote your private report (${from} to ${to}) to ${file}`);
}
