import type { Timetable } from '../timetable/Timetable.ts';
import type { FeedSource, SourceLimits } from './FeedSource.ts';
import { FeedSourceError } from './FeedSource.ts';
import { IssueCollector } from './IssueCollector.ts';
import { openSource } from './openSource.ts';
import { readFeed } from './readFeed.ts';
import type { ValidationReport } from './ValidationReport.ts';

/** Options of `loadFeed`: the source's size limits (see `SourceLimits`). */
export type LoadOptions = SourceLimits;

/** A loaded feed: the Timetable, or null iff the report has errors. */
export interface LoadResult {
  timetable: Timetable | null;
  report: ValidationReport;
}

/**
 * Loads a GTFS feed — a folder, a `.zip` path, or any `FeedSource` (e.g. `memorySource` in tests) —
 * validates it and builds the engine's Timetable. Never throws on bad input: every problem, down to
 * an unreadable path, ends up in the report.
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
    issues.error(code, file, 0, '', (e as Error).message);
    timetable = null;
  }
  const report = issues.toReport();
  return { timetable: report.ok ? timetable : null, report };
}
