// The period a report covers: lengths count back from --to and never start before the start date.
import { describe, expect, it } from 'vitest';
import { reportPeriod } from '../../src/cli/report-period.js';
import { UsageError } from '../../src/errors.js';

const today = '2026-11-23';
const start = '2025-01-01';

describe('reportPeriod', () => {
  it('reads lengths in days, weeks, months and years, the last day included', () => {
    expect(reportPeriod({}, today, start)).toEqual({ from: '2026-10-27', to: today });
    expect(reportPeriod({ since: '1d' }, today, start)).toEqual({ from: today, to: today });
    expect(reportPeriod({ since: '30d' }, today, start).from).toBe('2026-10-25');
    expect(reportPeriod({ since: '3m' }, today, start).from).toBe('2026-08-24');
    expect(reportPeriod({ since: '1y' }, today, start).from).toBe('2025-11-24');
    expect(reportPeriod({ since: '1m' }, '2026-03-31', start).from).toBe('2026-03-01'); // February has no 31st
    expect(reportPeriod({ since: '2026-11-01' }, today, start).from).toBe('2026-11-01');
    expect(reportPeriod({ since: '2 weeks ago' }, today, start).from).toBe('2026-11-09');
  });

  it('starts a length at the start date when that is later, but --from where it says', () => {
    expect(reportPeriod({ since: '1y' }, today, '2026-10-01').from).toBe('2026-10-01');
    expect(reportPeriod({ from: '2026-09-01' }, today, '2026-10-01').from).toBe('2026-09-01');
    expect(reportPeriod({ since: '4w', to: '2026-10-31' }, today, start)).toEqual({ from: '2026-10-04', to: '2026-10-31' });
  });

  it('refuses what it cannot read, future days and backwards periods', () => {
    for (const o of [{ since: '4x' }, { since: '0w' }, { since: 'soon' }, { since: '4w', from: '2026-11-01' }, { to: '2026-12-01' }, { from: '2026-11-20', to: '2026-11-01' }])
      expect(() => reportPeriod(o, today, start), JSON.stringify(o)).toThrow(UsageError);
  });
});
