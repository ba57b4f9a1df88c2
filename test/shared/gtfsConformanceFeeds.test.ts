import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFeed } from '../../server/gtfs/loadFeed.ts';
import { checkTimetable } from '../gtfs/checkTimetable.ts';
import { sharedPath } from '../util/sharedData.ts';

/**
 * The other planners' test feeds (../shared/gtfs-conformance) are served: GraphHopper's sample feed
 * has one unused boarding area without a parent_station, which is left out (GraphHopper and
 * OpenTripPlanner load it too); the others are clean.
 */
const dir = sharedPath('gtfs-conformance');
const feeds = readdirSync(dir).filter((n) => !n.includes('.'));

describe('conformance feeds of other planners (../shared/gtfs-conformance)', () => {
  it.each(feeds)('%s is served as a consistent Timetable', async (name) => {
    const { timetable, report } = await loadFeed(join(dir, name));
    expect(report.refused).toBeNull();
    expect(checkTimetable(timetable!)).toEqual([]);
    if (name === 'gh-sample-feed') {
      expect(report.errors).toMatchObject([
        {
          code: 'ConditionallyRequiredFieldError',
          file: 'stops.txt',
          line: 12,
          field: 'parent_station',
          dropped: 'row',
        },
      ]);
      expect(report.dropped).toEqual([
        { file: 'stops.txt', code: 'ConditionallyRequiredFieldError', rows: 1 },
      ]);
      // The left-out boarding area was the only thing left out.
      expect(timetable!.trips.count).toBeGreaterThan(0);
      expect((await loadFeed(join(dir, name), { strict: true })).timetable).toBeNull();
    } else expect(report.errors).toEqual([]);
  });
});
