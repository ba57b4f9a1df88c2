import type { ValidationIssue, ValidationReport } from '../gtfs/ValidationReport.ts';

/** How many of a refused feed's errors the catalog keeps to show (`/api/health`, `/api/feeds`). */
export const REFUSED_ERRORS_SHOWN = 20;

/**
 * A configured feed that is not served because the loader refused it (nothing sensible left, or any
 * error under `strict`): kept in the catalog so that `/api/health` lists it and a request naming it
 * is told it was refused rather than that it does not exist.
 */
export interface RefusedFeed {
  id: string;
  /** Where it was read from (path). */
  source: string;
  /** Why no Timetable was built (`ValidationReport.refused`). */
  reason: string;
  /** All errors the loader found. */
  errorCount: number;
  /** The first `REFUSED_ERRORS_SHOWN` of them, in the report's order. */
  errors: ValidationIssue[];
  refusedAt: Date;
}

/** The catalog's record of a feed refused with `report`. */
export function refusedFeed(id: string, source: string, report: ValidationReport): RefusedFeed {
  return {
    id,
    source,
    reason: report.refused ?? 'refused',
    errorCount: report.errors.length,
    errors: report.errors.slice(0, REFUSED_ERRORS_SHOWN),
    refusedAt: new Date(),
  };
}
