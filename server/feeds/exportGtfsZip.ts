import { strToU8, zipSync } from 'fflate';
import { loadFeed } from '../gtfs/loadFeed.ts';
import { memorySource } from '../gtfs/memorySource.ts';
import type { ValidationIssue } from '../gtfs/ValidationReport.ts';
import { writeGtfs } from '../gtfs/writeGtfs.ts';
import type { LoadedFeed } from './LoadedFeed.ts';

/** A served feed written as a GTFS zip, and what our own reader says of it. */
export interface GtfsExport {
  zip: Uint8Array;
  /** Errors our reader finds in the written files (none, or the export is not to be served). */
  errors: ValidationIssue[];
  /** Trips and stop times read back, to compare with the feed's own. */
  trips: number;
  stopTimes: number;
}

/**
 * Writes `feed`'s Timetable back to GTFS (`writeGtfs`), reads the files again with our own loader
 * (strict: any error is the exporter's fault) and zips them (deflate, fflate). CPU-bound: seconds on a
 * large feed; callers cache it by the feed's version.
 */
export async function exportGtfsZip(feed: LoadedFeed): Promise<GtfsExport> {
  const files = writeGtfs(feed.timetable);
  const { timetable, report } = await loadFeed(memorySource(files, `${feed.id} (export)`), { strict: true });
  const errors = [...report.errors];
  const trips = timetable?.trips.count ?? 0;
  const stopTimes = timetable?.trips.stStop.length ?? 0;
  if (timetable && (trips !== feed.timetable.trips.count || stopTimes !== feed.timetable.trips.stStop.length))
    errors.push({
      severity: 'error',
      code: 'ExportMismatch',
      file: 'stop_times.txt',
      line: 0,
      field: '',
      message: `read back ${trips} trips and ${stopTimes} stop times of ${feed.timetable.trips.count} and ${feed.timetable.trips.stStop.length}`,
    });
  const zip = zipSync(
    Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)])),
    {
      level: 6,
    },
  );
  return { zip, errors, trips, stopTimes };
}
