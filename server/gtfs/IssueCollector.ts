import type { ValidationIssue } from './ValidationIssue.ts';
import type { ValidationReport } from './ValidationReport.ts';

/** At most this many issues of one (code, file) are kept; a broken 2.4M-row file must not fill memory. */
const MAX_PER_KIND = 200;
/** Longest message, field or entity id kept in an issue (characters); a 10 MB value is not echoed back. */
const MAX_TEXT = 300;

/**
 * `text` cut to `MAX_TEXT` characters. The cut copy goes through a Buffer because a V8 slice of a
 * long string keeps the whole parent (the 10 MB field value) alive.
 */
function clip(text: string): string {
  if (text.length <= MAX_TEXT) return text;
  return Buffer.from(`${text.slice(0, MAX_TEXT - 40)}… (${text.length} characters)`).toString();
}

/**
 * Collects issues while a feed is read. Past `MAX_PER_KIND` issues of one code in one file it only
 * counts them, and `toReport` adds one summary issue saying how many were left out.
 */
export class IssueCollector {
  private readonly errors: ValidationIssue[] = [];
  private readonly warnings: ValidationIssue[] = [];
  private readonly counts = new Map<string, { n: number; first: ValidationIssue }>();
  /** Number of errors seen, including those left out of the report. */
  errorCount = 0;

  /** Records an error: the feed cannot be used. */
  error(code: string, file: string, line: number, field: string, message: string, entityId?: string): void {
    this.errorCount++;
    this.add({ severity: 'error', code, file, line, field, message, entityId });
  }

  /** Records a warning: the feed is used, with the problem noted. */
  warning(code: string, file: string, line: number, field: string, message: string, entityId?: string): void {
    this.add({ severity: 'warning', code, file, line, field, message, entityId });
  }

  private add(issue: ValidationIssue): void {
    if (issue.entityId === undefined) delete issue.entityId;
    const key = `${issue.severity}\u0000${issue.code}\u0000${issue.file}`;
    const seen = this.counts.get(key);
    if (seen) {
      seen.n++;
      if (seen.n > MAX_PER_KIND) return;
    } else this.counts.set(key, { n: 1, first: issue });
    issue.message = clip(issue.message);
    issue.field = clip(issue.field);
    if (issue.entityId !== undefined) issue.entityId = clip(issue.entityId);
    (issue.severity === 'error' ? this.errors : this.warnings).push(issue);
  }

  /** The report so far, with one summary issue per kind that overflowed. */
  toReport(): ValidationReport {
    const errors = [...this.errors];
    const warnings = [...this.warnings];
    for (const { n, first } of this.counts.values()) {
      if (n <= MAX_PER_KIND) continue;
      const summary: ValidationIssue = {
        severity: first.severity,
        code: first.code,
        file: first.file,
        line: 0,
        field: first.field,
        message: `${n - MAX_PER_KIND} more ${first.code} issue(s) in ${first.file} not listed`,
      };
      (first.severity === 'error' ? errors : warnings).push(summary);
    }
    return { ok: errors.length === 0, errors, warnings };
  }
}
