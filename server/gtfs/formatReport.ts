import type { ValidationIssue } from './ValidationIssue.ts';
import type { ValidationReport } from './ValidationReport.ts';

/** One issue as a line: `ERROR stop_times.txt:12 stop_id: [InvalidReferenceError] ...`. */
function formatIssue(issue: ValidationIssue): string {
  const where = issue.line > 0 ? `${issue.file}:${issue.line}` : issue.file;
  const field = issue.field ? ` ${issue.field}` : '';
  return `${issue.severity === 'error' ? 'ERROR' : 'WARNING'} ${where}${field}: [${issue.code}] ${issue.message}`;
}

/**
 * Human-readable report for the `corridor validate` CLI: errors first, then warnings, one issue per
 * line, and a closing summary line.
 */
export function formatReport(report: ValidationReport): string {
  const lines = [...report.errors.map(formatIssue), ...report.warnings.map(formatIssue)];
  lines.push(
    `${report.ok ? 'OK' : 'INVALID'}: ${report.errors.length} error(s), ${report.warnings.length} warning(s)`,
  );
  return lines.join('\n');
}
