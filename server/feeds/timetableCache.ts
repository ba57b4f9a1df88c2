import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RaptorData } from '../engine/index.ts';
import type { ValidationReport } from '../gtfs/ValidationReport.ts';
import type { Timetable } from '../timetable/Timetable.ts';
import { decodeImage, encodeImage } from './binaryImage.ts';

/**
 * Bump when the shape of Timetable, RaptorData or ValidationReport changes: older cache files then
 * stop matching (their names carry it) and are simply not read.
 */
export const CACHE_FORMAT = 8;

/** What the cache holds for one feed version: the routable timetable, its report and routing index. */
export interface CachedFeed {
  timetable: Timetable;
  report: ValidationReport;
  raptor: RaptorData;
}

/**
 * `<dir>/<feedId>-<version>-f<format>.bin`. The version is the feed's content hash (feedVersion), so an
 * edited feed never meets a stale cache.
 */
export function cachePath(dir: string, feedId: string, version: string): string {
  return join(dir, `${feedId}-${version}-f${CACHE_FORMAT}.bin`);
}

/** Writes the cache file atomically (temporary file, then rename). */
export function writeTimetableCache(path: string, feed: CachedFeed): void {
  const { timetable: _, ...raptor } = feed.raptor;
  const image = encodeImage({ timetable: feed.timetable, report: feed.report, raptor });
  mkdirSync(join(path, '..'), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, image);
  renameSync(tmp, path);
}

/** Reads a cache file; null when it is missing or unreadable (the caller loads the feed instead). */
export function readTimetableCache(path: string): CachedFeed | null {
  let buf: Buffer;
  try {
    buf = readFileSync(path);
  } catch {
    return null;
  }
  try {
    const v = decodeImage(buf) as {
      timetable: Timetable;
      report: ValidationReport;
      raptor: Omit<RaptorData, 'timetable'>;
    };
    if (!v.timetable?.trips?.stStop || !v.raptor?.forward || !v.report) return null;
    return { timetable: v.timetable, report: v.report, raptor: { ...v.raptor, timetable: v.timetable } };
  } catch {
    return null;
  }
}
