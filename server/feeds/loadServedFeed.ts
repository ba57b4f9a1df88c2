import { loadFeed } from '../gtfs/loadFeed.ts';
import type { ValidationReport } from '../gtfs/ValidationReport.ts';
import type { CountryLocator } from '../network/countryLocator.ts';
import { feedId } from './feedId.ts';
import { feedVersion } from './feedVersion.ts';
import type { LoadedFeed } from './LoadedFeed.ts';
import { prepareFeed } from './prepareFeed.ts';
import { cachePath, readTimetableCache, writeTimetableCache } from './timetableCache.ts';

/** Outcome of reading one feed for serving: the feed, or null and the report that refused it. */
export interface ServedFeedResult {
  id: string;
  feed: LoadedFeed | null;
  report: ValidationReport;
  /** Milliseconds spent reading, validating and preparing. */
  millis: number;
}

/** Options of `loadServedFeed`. */
export interface ServedFeedOptions {
  /**
   * Directory of the binary timetable cache (see timetableCache.ts): a feed whose content hash has a
   * cache file there starts from it instead of the zip; a freshly loaded valid feed is written there.
   */
  cacheDir?: string;
  /** The feed's content hash (`feedVersion(path)`) when the caller has it already; computed otherwise. */
  version?: string;
  /** Refuse the feed on any validation error (default: serve it without the rows in error). */
  strict?: boolean;
}

/** Something that reads a feed for serving as `loadServedFeed` does (on this thread or another). */
export type ServedFeedLoader = (
  path: string,
  locator: CountryLocator,
  options?: ServedFeedOptions,
) => Promise<ServedFeedResult>;

/**
 * Reads, validates and prepares the feed at `path` (zip or folder). Never throws for a bad feed: an
 * unreadable path, a feed with nothing usable left (or, `strict`, any error) comes back as
 * `feed: null` with its report (`report.refused` says why).
 */
export async function loadServedFeed(
  path: string,
  locator: CountryLocator,
  options: ServedFeedOptions = {},
): Promise<ServedFeedResult> {
  const started = performance.now();
  const id = feedId(path);
  let version = options.version;
  const ver = () => {
    version ??= feedVersion(path);
    return version;
  };
  let cacheFile: string | null = null;
  try {
    if (options.cacheDir) cacheFile = cachePath(options.cacheDir, id, ver());
  } catch {
    // Unreadable: no cache to look up; loadFeed reports why.
  }
  const cached = cacheFile ? readTimetableCache(cacheFile) : null;
  if (cached) {
    const { timetable, raptor } = cached;
    let { report } = cached;
    if (options.strict && !report.ok) {
      report = { ...report, refused: `strict: the feed has ${report.errors.length} error(s)` };
      return { id, feed: null, report, millis: performance.now() - started };
    }
    const feed = prepareFeed(id, path, ver(), timetable, report, locator, raptor);
    feed.loadMillis = performance.now() - started;
    return { id, feed, report, millis: feed.loadMillis };
  }
  const { timetable, report } = await loadFeed(path, { strict: options.strict });
  if (!timetable) return { id, feed: null, report, millis: performance.now() - started };
  const feed = prepareFeed(id, path, ver(), timetable, report, locator);
  if (cacheFile) {
    try {
      writeTimetableCache(cacheFile, { timetable, report, raptor: feed.router.data });
    } catch {
      // A read-only or full disk only costs the next start its head start.
    }
  }
  feed.loadMillis = performance.now() - started;
  return { id, feed, report, millis: feed.loadMillis };
}
