import type { DropScope, ValidationIssue } from './ValidationIssue.ts';
import type { DroppedRows, ValidationReport } from './ValidationReport.ts';

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

/** Code-point order (the same on every machine, unlike localeCompare). */
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Collects issues while a feed is read. Past `MAX_PER_KIND` issues of one code in one file it only
 * counts them, and `toReport` adds one summary issue saying how many were left out. Readers also
 * count here the rows they leave out (`dropRows`), so the report says how many rows each file lost
 * and why, even past the listed issues.
 */
export class IssueCollector {
  private readonly errors: ValidationIssue[] = [];
  private readonly warnings: ValidationIssue[] = [];
  private readonly counts = new Map<string, { n: number; first: ValidationIssue }>();
  private readonly dropped = new Map<string, DroppedRows>();
  /** Number of errors seen, including those left out of the report. */
  errorCount = 0;

  /**
   * Records an error and what it makes the loader leave out (`dropped`, default the row). Counting
   * the rows is the reader's part (`dropRows`), where it really skips them.
   */
  error(
    code: string,
    file: string,
    line: number,
    field: string,
    message: string,
    entityId?: string,
    dropped: DropScope = 'row',
  ): void {
    this.errorCount++;
    this.add({ severity: 'error', code, file, line, field, message, entityId, dropped });
  }

  /** Records a warning: the feed is used as it is, with the problem noted. */
  warning(code: string, file: string, line: number, field: string, message: string, entityId?: string): void {
    this.add({ severity: 'warning', code, file, line, field, message, entityId });
  }

  /** Counts `rows` rows of `file` left out of the Timetable because of `code`. */
  dropRows(file: string, code: string, rows = 1): void {
    if (rows <= 0) return;
    const key = `${file}\u0000${code}`;
    const d = this.dropped.get(key);
    if (d) d.rows += rows;
    else this.dropped.set(key, { file, code, rows });
  }

  private add(issue: ValidationIssue): void {
    if (issue.entityId === undefined) delete issue.entityId;
    if (issue.dropped === undefined) delete issue.dropped;
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

  /** The report so far, with one summary issue per kind that overflowed; `refused` as decided by the caller. */
  toReport(refused: string | null = null): ValidationReport {
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
      if (first.dropped) summary.dropped = first.dropped;
      (first.severity === 'error' ? errors : warnings).push(summary);
    }
    const dropped = [...this.dropped.values()]
      .map((d) => ({ ...d }))
      .sort((a, b) => byText(a.file, b.file) || b.rows - a.rows || byText(a.code, b.code));
    return { ok: errors.length === 0, errors, warnings, dropped, refused };
  }
}
