import type { DropScope, ValidationIssue } from './ValidationIssue.ts';
import { droppedRowCount, type ValidationReport } from './ValidationReport.ts';

const LEFT_OUT: Record<DropScope, string> = {
  row: 'row left out',
  trip: 'trip left out',
  shape: 'shape left out',
  value: 'value ignored',
  file: 'file left out',
};

/** One issue as a line: `ERROR stop_times.txt:12 stop_id: [InvalidReferenceError] ... (row left out)`. */
function formatIssue(issue: ValidationIssue): string {
  const where = issue.line > 0 ? `${issue.file}:${issue.line}` : issue.file;
  const field = issue.field ? ` ${issue.field}` : '';
  const dropped = issue.dropped ? ` (${LEFT_OUT[issue.dropped]})` : '';
  return `${issue.severity === 'error' ? 'ERROR' : 'WARNING'} ${where}${field}: [${issue.code}] ${issue.message}${dropped}`;
}

/**
 * Human-readable report for the `corridor validate` CLI: errors first, then warnings, one issue per
 * line, the rows left out per file and reason, and a closing verdict: OK (no errors), LOADED WITH
 * ERRORS (served without the rows left out) or REFUSED (and why).
 */
export function formatReport(report: ValidationReport): string {
  const lines = [...report.errors.map(formatIssue), ...report.warnings.map(formatIssue)];
  for (const d of report.dropped) lines.push(`LEFT OUT ${d.file}: ${d.rows} row(s) [${d.code}]`);
  const counts = `${report.errors.length} error(s), ${report.warnings.length} warning(s)`;
  const rows = droppedRowCount(report);
  if (report.refused) lines.push(`REFUSED (${report.refused}): ${counts}`);
  else if (report.ok) lines.push(`OK: ${counts}`);
  else lines.push(`LOADED WITH ERRORS: ${counts}, ${rows} row(s) left out`);
  return lines.join('\n');
}
