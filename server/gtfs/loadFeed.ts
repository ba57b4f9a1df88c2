import type { Timetable } from '../timetable/Timetable.ts';
import type { FeedSource, SourceLimits } from './FeedSource.ts';
import { FeedSourceError } from './FeedSource.ts';
import { IssueCollector } from './IssueCollector.ts';
import { openSource } from './openSource.ts';
import { readFeed } from './readFeed.ts';
import type { ValidationReport } from './ValidationReport.ts';

/** Options of `loadFeed`: the source's size limits (see `SourceLimits`) and strictness. */
export interface LoadOptions extends SourceLimits {
  /**
   * Refuse the feed on any error (no Timetable), for planners who want a feed served only as it was
   * published. Default false: rows with errors are left out, the rest is served.
   */
  strict?: boolean;
}

/** A loaded feed: the Timetable, or null iff `report.refused` says why not. */
export interface LoadResult {
  timetable: Timetable | null;
  report: ValidationReport;
}

/**
 * Why a Timetable cannot be served (null when it can): nothing sensible is left once the rows with
 * errors are out, or (strict) there is any error at all.
 */
function refusal(tt: Timetable | null, errors: number, strict: boolean): string | null {
  if (strict && errors > 0) return `strict: the feed has ${errors} error(s)`;
  if (!tt) return 'the feed cannot be read';
  if (tt.agencies.length === 0) return 'no agency with a valid time zone';
  if (tt.stops.count === 0) return 'no usable stops';
  if (tt.trips.count === 0) return 'no usable trips';
  return null;
}

/**
 * Loads a GTFS feed — a folder, a `.zip` path, or any `FeedSource` (e.g. `memorySource` in tests) —
 * validates it and builds the engine's Timetable from what can be used: an error confined to rows
 * leaves those rows out (and what depends on them) and stays in the report. Refused (timetable null)
 * only when nothing sensible is left, or on any error with `strict`. Never throws on bad input:
 * every problem, down to an unreadable path, ends up in the report.
 */
export async function loadFeed(source: string | FeedSource, options: LoadOptions = {}): Promise<LoadResult> {
  const issues = new IssueCollector();
  let timetable: Timetable | null = null;
  try {
    const feed = typeof source === 'string' ? await openSource(source, options) : source;
    timetable = await readFeed(feed, issues);
  } catch (e) {
    // Only a source that cannot be listed gets here; report it rather than throw.
    const code = e instanceof FeedSourceError ? e.code : 'FeedUnreadableError';
    const file = e instanceof FeedSourceError ? e.file : '';
    issues.error(code, file, 0, '', (e as Error).message, undefined, 'file');
    timetable = null;
  }
  const refused = refusal(timetable, issues.errorCount, options.strict === true);
  return { timetable: refused ? null : timetable, report: issues.toReport(refused) };
}
