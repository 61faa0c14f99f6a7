// The nudge: one line on stderr when there is no check-in yet today. Never on stdout, never for
// the commands that are about today already, never for --json, off with: fourpoint config set nudge off.
import type { Command } from 'commander';
import type { App } from './context.js';

/** Top-level commands that never nudge ('' is the home menu and progress a screen, which both show today's check-in themselves). */
const QUIET = new Set(['', 'status', 'checkin', 'urge', 'init', 'config', 'progress']);

function topLevelName(cmd: Command): string {
  let c: Command = cmd;
  while (c.parent?.parent) c = c.parent;
  return c.parent ? c.name() : '';
}

export function wantsNudge(cmd: Command, app: App): boolean {
  if (QUIET.has(topLevelName(cmd))) return false;
  if (cmd.opts().json) return false;
  return app.settings.nudge !== false;
}

/** Cheap: reads the settings and today's month only, and only when a profile exists. A read problem is not this command's business. */
export function nudge(cmd: Command, app: App): void {
  try {
    if (!wantsNudge(cmd, app) || !app.store.exists()) return;
    const today = app.today();
    if (app.store.entries({ since: today, until: today }).some((e) => e.kind === 'checkin')) return;
    app.say(app.theme.dim('No check-in yet today. When you have a minute: fourpoint checkin'));
  } catch {
    // A broken store is reported by the command that reads it, not by a reminder.
  }
}
