import { beforeAll, describe, expect, it } from 'vitest';
import { CROSSING_CACHE_RUNS, presentCrossings } from '../../server/api/present/presentCrossings.ts';
import type { LoadedFeed } from '../../server/feeds/LoadedFeed.ts';
import { loadServedFeed } from '../../server/feeds/loadServedFeed.ts';
import { tripGeometry } from '../../server/network/tripGeometry.ts';
import { corridor2026, locator } from './util/testApp.ts';

let feed: LoadedFeed;
let trip: number;
let stops: number[];

beforeAll(async () => {
  feed = (await loadServedFeed(corridor2026, locator)).feed!;
  const tr = feed.timetable.trips;
  // A trip that crosses the border: its first and last calls lie in different countries.
  trip = [...Array(tr.count).keys()].find(
    (t) => feed.countries[tr.stStop[tr.stStart[t]]] !== feed.countries[tr.stStop[tr.stStart[t + 1] - 1]],
  )!;
  stops = Array.from(tr.stStop.subarray(tr.stStart[trip], tr.stStart[trip + 1]));
});

describe('presentCrossings', () => {
  it('computes a keyed run once per feed, with the advisory still in the asked language', () => {
    const geometry = tripGeometry(feed.timetable, trip);
    const plain = presentCrossings(feed, stops, geometry, locator, 'en');
    expect(plain.length).toBeGreaterThan(0);
    feed.crossingCache.clear();
    expect(presentCrossings(feed, stops, geometry, locator, 'en', `${trip}`)).toEqual(plain);
    const cached = feed.crossingCache.get(`${trip}`);
    expect(cached).toBeDefined();
    // The second call reads the cache (an empty geometry would find no crossing point).
    const ru = presentCrossings(feed, stops, [], locator, 'ru', `${trip}`);
    expect(ru.map((c) => c.point)).toEqual(plain.map((c) => c.point));
    expect(ru[0].advisory).not.toBe(plain[0].advisory);
    expect(feed.crossingCache.get(`${trip}`)).toBe(cached);
  });

  it('starts afresh when full', () => {
    const geometry = tripGeometry(feed.timetable, trip);
    feed.crossingCache.clear();
    for (let i = 0; i < CROSSING_CACHE_RUNS; i++) feed.crossingCache.set(`filler ${i}`, []);
    presentCrossings(feed, stops, geometry, locator, 'en', 'new');
    expect(feed.crossingCache.size).toBe(1);
  });
});
