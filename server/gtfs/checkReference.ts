import type { IssueCollector } from './IssueCollector.ts';

/**
 * Reports an InvalidReferenceError (or `code`) when a non-empty `value` is not among `known` ids.
 * Returns false when it reported.
 */
export function checkReference(
  issues: IssueCollector,
  file: string,
  line: number,
  field: string,
  value: string,
  known: { has(id: string): boolean },
  code = 'InvalidReferenceError',
): boolean {
  if (!value || known.has(value)) return true;
  issues.error(code, file, line, field, `${field} '${value}' does not exist`, value);
  return false;
}
