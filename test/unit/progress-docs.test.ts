// docs/progress.md documents the --json shape and the thresholds: keep it in step with the code.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { THRESHOLDS, buildProgressReport } from '../../src/domain/progress/index.js';
import { checkin } from '../helpers/entries.js';
import { ROOT } from '../helpers/cli.js';

const doc = readFileSync(join(ROOT, 'docs', 'progress.md'), 'utf8');

function keysOf(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) keysOf(v, out);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      out.add(k);
      keysOf(v, out);
    }
  return out;
}

describe('docs/progress.md', () => {
  it('names every field of the JSON report', () => {
    const r = buildProgressReport({ startDate: '2026-11-01', graduation: {} }, [checkin('2026-11-20', { coping: ['a'] }), checkin('2026-11-21', { coping: ['a'] })], '2026-11-23');
    const fields = [...keysOf(r)].filter((k) => !(k in THRESHOLDS));
    expect(fields.filter((k) => !new RegExp(`\\b${k}\\b`).test(doc))).toEqual([]);
    for (const item of r.graduation.items) expect(doc).toContain(`\`${item.id}\``);
  });

  it('lists every threshold with its default', () => {
    for (const [key, spec] of Object.entries(THRESHOLDS)) expect(doc).toMatch(new RegExp(`\\| \`graduation\\.${key}\` \\| ${spec.default} \\|`));
  });
});
