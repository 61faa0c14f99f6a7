// The report as one self-contained HTML page: inline CSS, inline SVG, no script and nothing fetched.
// A content security policy says so to the browser too, so even a mistake here cannot reach the network.
import type { WeekStart } from './calendar.js';
import { escapeHtml as h } from './html-text.js';
import { REPORT_CSS } from './html-style.js';
import { calendarSection, glanceSection, lapsesSection, milestonesSection, notesSection, pointsSection, trendsSection, triggersSection, worksheetsSection } from './html-sections.js';
import type { ReportModel } from './model.js';
import { privacyLines } from './words.js';

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; form-action 'none'; base-uri 'none'";

export function renderReportHtml(m: ReportModel, weekStart: WeekStart = 'monday'): string {
  const [first, ...rest] = privacyLines(m);
  const sections = [glanceSection(m), calendarSection(m, weekStart), trendsSection(m), pointsSection(m), triggersSection(m), milestonesSection(m), lapsesSection(m), worksheetsSection(m)];
  if (m.include.has('notes')) sections.push(notesSection(m));
  return [
    '<!DOCTYPE html>',
    // The file's first lines say what it is, for anyone who opens it in a text editor.
    `<!-- ${[first!, ...rest].map((l) => h(l)).join('\n     ')} -->`,
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light dark">',
    '<meta name="robots" content="noindex">',
    `<title>Private recovery report, ${m.from} to ${m.to}</title>`,
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1>Private recovery report: <span class="nw">${m.from}</span> to <span class="nw">${m.to}</span></h1>`,
    `<div class="private"><p><strong>${h(first!)}</strong></p>${rest.map((l) => `<p>${h(l)}</p>`).join('')}</div>`,
    '</header>',
    '<main>',
    ...sections,
    '</main>',
    `<footer><p>Made by fourpoint ${h(m.version)} on ${m.madeAt.slice(0, 10)}. fourpoint is an unofficial companion to the SMART Recovery 4-Point Program, not affiliated with SMART Recovery, and not a substitute for professional help.</p></footer>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
