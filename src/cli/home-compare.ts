// From the journal: two fillings of one worksheet side by side (your first against this one, or this
// first one against your latest), each laid out as `journal show` lays it out; stacked when narrow.
import type { Entry } from '../domain/entry.js';
import { screenWidth, sideBySide, wrap } from '../ui/layout.js';
import { markdownToTerminal } from '../ui/markdown-terminal.js';
import { renderEntry } from '../worksheets/markdown.js';
import type { App } from './context.js';
import { definitionOf } from './journal-entry.js';

/** The other filling to set beside `entry`: the first one, or when `entry` is the first, the latest. */
export function comparePartner(app: App, entry: Entry): { other: Entry; first: boolean } | undefined {
  if (entry.kind !== 'worksheet' || !entry.worksheet) return undefined;
  const same = app.store.entries().filter((e) => e.kind === 'worksheet' && e.worksheet?.id === entry.worksheet!.id);
  if (same.length < 2) return undefined;
  const first = same[0]!;
  return first.id === entry.id ? { other: same.at(-1)!, first: false } : { other: first, first: true };
}

export function showComparison(app: App, entry: Entry, partner: { other: Entry; first: boolean }): void {
  const t = app.theme;
  const [older, newer] = partner.first ? [partner.other, entry] : [entry, partner.other];
  const column = (e: Entry, title: string) => (width: number) => [
    ...wrap(t.heading(`${title}, ${e.date}`), width),
    ...markdownToTerminal(renderEntry(definitionOf(app, e), e), width, t).replace(/\n+$/, '').split('\n'),
  ];
  const lines = sideBySide(column(older, partner.first ? 'Your first' : 'This one'), column(newer, partner.first ? 'This one' : 'Your latest'), screenWidth(app.io));
  app.out(lines.join('\n'));
}
