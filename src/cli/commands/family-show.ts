// fourpoint family show: the assessment, recommendation, plan and map as one document for a professional.
import { writeExportFile } from '../../export/write-file.js';
import { resolve } from 'node:path';
import { UsageError } from '../../errors.js';
import { renderFamilyDocument } from '../../export/family-markdown.js';
import { screenWidth } from '../../ui/layout.js';
import { markdownToTerminal } from '../../ui/markdown-terminal.js';
import type { App } from '../context.js';
import { familyDocument, requireAssessment, sayLimits } from '../family.js';

export interface ShowOptions {
  format?: string;
  out?: string;
  force?: boolean;
  assessment?: string;
  json?: boolean;
}

export async function run(o: ShowOptions, app: App): Promise<void> {
  const format = o.json ? 'json' : (o.format ?? 'md');
  if (format !== 'md' && format !== 'json') throw new UsageError(`--format expects md or json, got "${format}"`);
  const doc = familyDocument(app, requireAssessment(app, o.assessment));
  const text =
    format === 'json'
      ? `${JSON.stringify({ assessment: doc.assessment.entry, recommendation: doc.record, plan: doc.plan?.entry ?? null, map: doc.map?.entry ?? null }, null, 2)}\n`
      : renderFamilyDocument(doc);
  sayLimits(app);
  if (!o.out) {
    // At a terminal the document is laid out for reading; --format md (or a pipe) gives the Markdown itself.
    const forReading = format === 'md' && o.format === undefined && app.io.columns !== undefined;
    app.io.stdout.write(forReading ? markdownToTerminal(text, screenWidth(app.io), app.theme) : text);
    return;
  }
  const file = resolve(app.io.cwd, o.out);
  // Private data: written like an export, atomically and readable by its owner only.
  writeExportFile(file, text, { force: o.force });
  app.say(`${app.theme.good('Wrote')} ${o.out}. Bring it to your next appointment.`);
}
