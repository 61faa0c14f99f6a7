// One row of the stress suite's table: what was tried, and how much was lost, corrupted or clearly refused.
import { appendFileSync } from 'node:fs';
import { inject } from 'vitest';

export interface Figures {
  scenario: string;
  tried: number;
  /** Entries a command reported saved that were not there afterwards. */
  lost: number;
  /** Store files that no longer parse and validate, or changed where they must not. */
  corrupted: number;
  /** Failures reported as one named line (never "something went wrong"). */
  clearErrors: number;
  notes?: string;
}

export function record(row: Figures): void {
  appendFileSync(inject('figuresFile'), `${JSON.stringify(row)}\n`);
}
