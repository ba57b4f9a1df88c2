/**
 * One problem found in a feed. `line` is the 1-based physical line in the file (the header is line 1;
 * a quoted field spanning lines counts every line), 0 for a problem with the file as a whole.
 * `field` is the column name, '' when the problem is not about one column. `code` follows
 * transitland-lib's names where one exists (DuplicateIDError, InvalidReferenceError...).
 */
export interface ValidationIssue {
  severity: 'error' | 'warning';
  code: string;
  file: string;
  line: number;
  field: string;
  entityId?: string;
  message: string;
}
