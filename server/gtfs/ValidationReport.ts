import type { ValidationIssue } from './ValidationIssue.ts';

export type { ValidationIssue } from './ValidationIssue.ts';

/**
 * Everything the loader found wrong with a feed. `ok` is true iff there are no errors: errors make the
 * feed unusable (no Timetable is built), warnings are noted and the feed is used anyway.
 */
export interface ValidationReport {
  ok: boolean;
  errors: ValidationIssue[];
  warnings: ValidationIssue[];
}
