import { describe, expect, it } from 'vitest';
import { PROFILE_HORIZON_SECONDS } from '../../server/compare/profileOrigins.ts';
import { Router } from '../../server/engine/index.ts';
import { loadFeed } from '../../server/gtfs/loadFeed.ts';
import type { StopIdx } from '../../server/timetable/Timetable.ts';
import { sharedPath } from '../util/sharedData.ts';

/**
 * The one-pass-per-origin profiles of server/compare against the engine's own whole-day range query,
 * pair by pair, on the DB long-distance feed: seeded random origins and destinations (stations), for
 * journeys arriving within the days the profiles search.
 */
const zip = sharedPath('gtfs', 'db-fernverkehr-2023.zip');

describe('compare profiles on DB Fernverkehr', () => {
  it('equal the range query’s Pareto journeys for 8 origins × 25 destinations', async () => {
    const tt = (await loadFeed(zip)).timetable!;
    const router = new Router(tt);
    const stations: number[] = [];
    for (let s = 0; s < tt.stops.count; s++) if (tt.stops.parent[s] < 0) stations.push(s);
    let seed = 12345;
    const rnd = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const pick = (n: number) =>
      Array.from({ length: n }, () => stations[Math.floor(rnd() * stations.length)]);
    const date = '2023-12-29';
    const targets = [...new Set(pick(25))];
    // The comparison's profiles look for arrivals within PROFILE_HORIZON_SECONDS of the day's start;
    // the range query a week. Journeys arriving before the last of those days can have started (any
    // zone) must agree exactly.
    const cutoff = Date.parse(`${date}T00:00:00Z`) / 1000 + 2 * 86_400 - 14 * 3600;
    let compared = 0;
    for (const o of new Set(pick(8))) {
      const profiles = router.profile({
        from: [o as StopIdx],
        targets: targets.map((d) => [d as StopIdx]),
        date,
        time: 0,
        windowSeconds: 86_399,
        maxTravelSeconds: PROFILE_HORIZON_SECONDS,
      });
      targets.forEach((d, i) => {
        if (d === o) return;
        const expected = router
          .plan({ from: [o as StopIdx], to: [d as StopIdx], date, time: 0, windowSeconds: 86_399 })
          .filter((j) => j.arrival < cutoff)
          .map((j) => [j.departure, j.arrival, j.transfers]);
        const got = profiles[i]
          .filter((j) => j.arrival < cutoff)
          .map((j) => [j.departure, j.arrival, j.transfers]);
        expect(got, `${tt.stops.id[o]} → ${tt.stops.id[d]}`).toEqual(expected);
        compared += expected.length;
      });
    }
    expect(compared).toBeGreaterThan(100);
  });
});
