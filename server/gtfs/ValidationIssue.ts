/**
 * What the loader leaves out of the Timetable because of an error (a feed with errors is still
 * served, without what they touch, unless loaded with `strict`):
 * - `row`: the row at `file`:`line` (and what depends on it: a stop's stop times, a trip's...);
 * - `trip`: the trip `entityId` with all its stop times (trip-level problems, reported on trips.txt);
 * - `shape`: every point of the shape `entityId` (its trips are drawn without one);
 * - `value`: the field's value only; the row is kept (a dangling shape_id, a platform's parent);
 * - `file`: the file, or the rest of it from `line`.
 */
export type DropScope = 'row' | 'trip' | 'shape' | 'value' | 'file';

/**
 * One problem found in a feed. `line` is the 1-based physical line in the file (the header is line 1;
 * a quoted field spanning lines counts every line), 0 for a problem with the file as a whole.
 * `field` is the column name, '' when the problem is not about one column. `code` follows
 * transitland-lib's names where one exists (DuplicateIDError, InvalidReferenceError...).
 * Errors say what they made the loader leave out (`dropped`); warnings never drop anything.
 */
export interface ValidationIssue {
  severity: 'error' | 'warning';
  code: string;
  file: string;
  line: number;
  field: string;
  entityId?: string;
  message: string;
  dropped?: DropScope;
}
