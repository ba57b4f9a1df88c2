import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OriginProfiler } from '../../server/compare/OriginProfiler.ts';
import { serviceDay } from '../../server/compare/ServiceDay.ts';
import type { StopIdx } from '../../server/engine/model/Timetable.ts';
import { expandStops } from '../../server/engine/query/resolveStopOrStation.ts';
import { Router } from '../../server/engine/Router.ts';
import { loadFeed } from '../../server/gtfs/loadFeed.ts';

/**
 * The one-pass-per-origin profiles of server/compare against the engine's own whole-day range query,
 * pair by pair, on the DB long-distance feed: seeded random origins and destinations (stations), for
 * journeys arriving within the days the profiles search.
 */
const zip = join(import.meta.dirname, '../../../shared/gtfs/db-fernverkehr-2023.zip');

describe.skipIf(!existsSync(zip))('compare profiles on DB Fernverkehr', () => {
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
    const profiler = new OriginProfiler(router.data);
    const day = serviceDay(router.data, date);
    const targets = [...new Set(pick(25))];
    // The profiles search the date and the two days after it (ServiceDay); the Router a week. Journeys
    // arriving before the last of those days can have started (any zone) must agree exactly.
    const cutoff = day.clock.base + 2 * 86_400 - 14 * 3600;
    let compared = 0;
    for (const o of new Set(pick(8))) {
      const zone = tt.timezones[tt.stops.timezone[o]];
      const profiles = profiler.profile(
        day,
        expandStops(tt, [o]),
        zone,
        targets.map((d) => expandStops(tt, [d])),
      );
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
