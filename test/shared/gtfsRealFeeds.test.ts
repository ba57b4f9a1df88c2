import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFeed } from '../../server/gtfs/loadFeed.ts';
import { checkTimetable } from '../gtfs/checkTimetable.ts';
import { realFeedPaths, sharedPath } from '../util/sharedData.ts';

/** Every real feed in ../shared/gtfs loads without errors into a consistent Timetable. */
const feeds = realFeedPaths().map((p) => basename(p));
const dir = sharedPath('gtfs');

describe('real GTFS feeds (../shared/gtfs)', () => {
  it('finds the feeds', () => {
    expect(feeds.length).toBeGreaterThanOrEqual(6);
  });

  it.each(feeds)('%s loads without errors into a consistent Timetable', async (feed) => {
    const started = performance.now();
    const { timetable, report } = await loadFeed(join(dir, feed));
    const millis = Math.round(performance.now() - started);
    expect(report.errors).toEqual([]);
    expect(timetable).not.toBeNull();
    const tt = timetable!;
    console.log(
      `${feed}: ${millis} ms, ${tt.stops.count} stops, ${tt.routes.length} routes, ${tt.trips.count} trips, ` +
        `${tt.trips.stStop.length} stop times, ${tt.services.count} services x ${tt.services.dayCount} days, ` +
        `${tt.transfers.count} + ${tt.transfers.special.length} special transfers, ${report.warnings.length} warnings, rss ${Math.round(process.memoryUsage().rss / 2 ** 20)} MiB`,
    );
    expect(tt.trips.count).toBeGreaterThan(0);
    expect(checkTimetable(tt)).toEqual([]);
  });
});
