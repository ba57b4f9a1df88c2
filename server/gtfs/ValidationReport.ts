import type { ValidationIssue } from './ValidationIssue.ts';

export type { DropScope, ValidationIssue } from './ValidationIssue.ts';

/**
 * Rows of one file left out of the Timetable for one reason: `code` is the error code of the row's
 * own problem, or `DroppedReference` when the row names something dropped before it (a stop time of a
 * dropped trip, a trip of a dropped route); the first error explains that one.
 */
export interface DroppedRows {
  file: string;
  code: string;
  rows: number;
}

/**
 * Everything the loader found wrong with a feed. `ok` is true iff there are no errors. Errors confined
 * to rows drop those rows and what depends on them (`dropped`, and each error's `dropped` scope);
 * warnings are noted and change nothing. `refused` says why no Timetable was built (null when one
 * was): nothing sensible left to serve (no agency with a valid time zone, no stops, no trips), or any
 * error at all when loaded with `strict`.
 */
export interface ValidationReport {
  ok: boolean;
  errors: ValidationIssue[];
  warnings: ValidationIssue[];
  dropped: DroppedRows[];
  refused: string | null;
}

/** Code of rows dropped because they name something dropped for its own error. */
export const DROPPED_REFERENCE = 'DroppedReference';

/** Total rows the report says were left out. */
export function droppedRowCount(report: Pick<ValidationReport, 'dropped'>): number {
  let n = 0;
  for (const d of report.dropped) n += d.rows;
  return n;
}
