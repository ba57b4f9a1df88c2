import { loadFeed } from '../gtfs/loadFeed.ts';
import type { ValidationReport } from '../gtfs/ValidationReport.ts';
import type { CountryLocator } from '../network/countryLocator.ts';
import { feedId } from './feedId.ts';
import { feedVersion } from './feedVersion.ts';
import type { LoadedFeed } from './LoadedFeed.ts';
import { prepareFeed } from './prepareFeed.ts';

/** Outcome of reading one feed for serving: the feed, or null and the report that refused it. */
export interface ServedFeedResult {
  id: string;
  feed: LoadedFeed | null;
  report: ValidationReport;
  /** Milliseconds spent reading, validating and preparing. */
  millis: number;
}

/**
 * Reads, validates and prepares the feed at `path` (zip or folder). Never throws for a bad feed: an
 * unreadable path or a feed with errors comes back as `feed: null` with its report.
 */
export async function loadServedFeed(path: string, locator: CountryLocator): Promise<ServedFeedResult> {
  const started = performance.now();
  const id = feedId(path);
  const { timetable, report } = await loadFeed(path);
  if (!timetable || !report.ok) return { id, feed: null, report, millis: performance.now() - started };
  const feed = prepareFeed(id, path, feedVersion(path), timetable, report, locator);
  return { id, feed, report, millis: performance.now() - started };
}
