// fourpoint doctor [--json] [--repair]: what the store looks like, and a careful repair.
import { inspect, repair, type DoctorReport } from '../../store/doctor.js';
import type { App } from '../context.js';

/** Reads no worksheet definition: starts without loading the worksheet engine. */
export const usesLibrary = false;

export interface DoctorOptions {
  json?: boolean;
  repair?: boolean;
}

export async function run(o: DoctorOptions, app: App): Promise<number> {
  const actions = o.repair ? repair(app.dataDir, app.codec, app.io.now()) : undefined;
  const report = inspect(app.dataDir, app.codec);
  if (o.json) app.out(JSON.stringify(actions ? { ...report, repairs: actions } : report, null, 2));
  else {
    for (const a of actions ?? []) app.say(`${app.theme.accent('repair')} ${a.file}: ${a.done}`);
    printReport(report, app);
  }
  return report.ok ? 0 : 1;
}

function printReport(r: DoctorReport, app: App): void {
  const { good, warn, dim } = app.theme;
  const line = (ok: boolean, text: string) => app.out(`${ok ? good('ok  ') : warn('!!  ')} ${text}`);
  app.out(dim(`Data folder: ${r.dataDir}${r.encrypted ? ' (encrypted)' : ''}`));
  if (!r.exists) {
    app.out('Nothing stored yet.');
    return;
  }
  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  for (const f of r.files) line(f.ok, f.ok ? `${f.file}: ${f.entries !== undefined ? count(f.entries, 'entry').replace('entrys', 'entries') : count(f.drafts ?? 0, 'draft')}` : `${f.file} ${f.problem}`);
  app.out(`${count(r.entries, 'entry').replace('entrys', 'entries')} in ${count(r.files.filter((f) => f.entries !== undefined).length, 'month')}, ${count(r.drafts, 'draft')}`);
  app.out(r.backups.length ? `Backups: ${r.backups.map((b) => b.name).join(', ')}` : 'Backups: none yet (one is made on the first change of each day)');
  line(true, r.lock.state === 'free' ? 'lock: free' : r.lock.state === 'held' ? `lock: held by running process ${r.lock.pid}${r.lock.command ? ` (${r.lock.command})` : ''}` : `lock: left by process ${r.lock.pid}, which is no longer running (cleared on the next change, or now by: fourpoint doctor --repair)`);
  if (r.interruptedCommit)
    line(true, `an import was interrupted ${r.interruptedCommit === 'forward' ? 'after it was committed: the next change (or fourpoint doctor --repair) finishes it' : 'before it was committed: the next change (or fourpoint doctor --repair) clears what it staged'}`);
  if (r.strayFiles.length) app.out(dim(`Leftover temporary files (ignored, cleared on the next change): ${r.strayFiles.join(', ')}`));
  for (const p of r.permissions) line(false, `${p} can be read by others`);
  for (const p of r.notWritable) {
    const mode = parseInt(/\((\d+)\)$/.exec(p)?.[1] ?? '0', 8);
    line(false, `${p} ${mode & 0o200 ? 'cannot be read by you' : 'is not writable by you (read-only)'}, so fourpoint cannot save changes there`);
  }
  for (const l of r.links) line(false, `${l} is a link; fourpoint does not follow links, so it was not read: put the file itself there`);
  for (const p of r.plainInEncrypted) line(false, `${p} is not encrypted; run: fourpoint config set encryption on`);
  if (r.files.some((f) => !f.ok) || r.permissions.length || r.notWritable.length) app.say('To fix what can be fixed, run: fourpoint doctor --repair');
}
