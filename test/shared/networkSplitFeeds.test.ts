import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Router } from '../../server/engine/index.ts';
import { loadFeed } from '../../server/gtfs/loadFeed.ts';
import { zipSource } from '../../server/gtfs/zipSource.ts';
import { mergeTimetables } from '../../server/timetable/merge/mergeTimetables.ts';
import type { StopIdx, Timetable } from '../../server/timetable/Timetable.ts';
import { checkTimetable } from '../gtfs/checkTimetable.ts';
import { fcSeed } from '../util/fcSeed.ts';
import { realFeedPaths } from '../util/sharedData.ts';
import { splitFeedByRoute } from './util/splitFeedByRoute.ts';

/**
 * Property: a feed split in two by route (as two operators would publish it) and served as one
 * network gives the same earliest arrival at every stop as the whole feed, for seeded random
 * one-to-all queries on its busiest day (half of them with a 6-hour cutoff, which the connection
 * scan answers, half without). `FC_SEED` draws other queries.
 */
const QUERIES = 10;

function busiestDate(tt: Timetable): string {
  const sv = tt.services;
  const tripsOf = new Array(sv.count).fill(0);
  for (let t = 0; t < tt.trips.count; t++) tripsOf[tt.trips.service[t]]++;
  let best = 0;
  let bestCount = -1;
  for (let col = 0; col < sv.dayCount; col++) {
    let c = 0;
    for (let s = 0; s < sv.count; s++) if (sv.active[s * sv.dayCount + col]) c += tripsOf[s];
    if (c > bestCount) [best, bestCount] = [col, c];
  }
  return new Date((sv.firstDay + best) * 86_400_000).toISOString().slice(0, 10);
}

function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe.each(realFeedPaths().map((p) => [basename(p), p]))(
  '%s split by route into two feeds',
  (_name, path) => {
    it('gives the same earliest arrivals as the whole feed', { timeout: 240_000 }, async () => {
      const started = performance.now();
      const whole = (await loadFeed(path)).timetable!;
      const halves = await splitFeedByRoute(zipSource(path));
      const parts = [];
      for (const [k, half] of halves.entries()) {
        const { timetable, report } = await loadFeed(half);
        expect(report.refused, JSON.stringify(report.errors.slice(0, 3))).toBeNull();
        parts.push({ id: `half${k + 1}`, timetable: timetable! });
      }
      const network = mergeTimetables(parts);
      const net = network.timetable;
      expect(checkTimetable(net)).toEqual([]);
      expect(net.trips.count).toBe(whole.trips.count);
      expect(parts.every((p) => p.timetable.trips.count > 0)).toBe(true);
      // Both halves keep every stop: each id is one stop of the network, none qualified.
      expect([...net.stopIndex.keys()].sort()).toEqual([...whole.stopIndex.keys()].sort());
      const a = new Router(whole, { maxTransfersLimit: 4 });
      const b = new Router(net, { maxTransfersLimit: 4 });
      const date = busiestDate(whole);
      const next = random(fcSeed(18) ?? Date.now());
      const origins = [...whole.stopIndex.values()].filter((s) => whole.stops.parent[s] < 0);
      const toNet = whole.stops.id.map((id) => net.stopIndex.get(id)!);
      let reached = 0;
      for (let q = 0; q < QUERIES; q++) {
        const origin = origins[Math.floor(next() * origins.length)];
        const time = 5 * 3600 + Math.floor(next() * 14 * 3600);
        const query = { date, time, maxTransfers: 3, maxTravelSeconds: q % 2 === 0 ? 6 * 3600 : undefined };
        const ra = a.oneToAll({ ...query, from: [origin as StopIdx] });
        const rb = b.oneToAll({ ...query, from: [toNet[origin] as StopIdx] });
        const diff: string[] = [];
        for (let s = 0; s < whole.stops.count; s++) {
          const x = ra.arrival[s];
          const y = rb.arrival[toNet[s]];
          if (!(x === y || (Number.isNaN(x) && Number.isNaN(y))))
            diff.push(`${whole.stops.id[s]}: ${x} vs ${y}`);
          else if (!Number.isNaN(x)) reached++;
        }
        expect(diff.slice(0, 5), `from ${whole.stops.id[origin]} at ${time} s on ${date}`).toEqual([]);
      }
      expect(reached).toBeGreaterThan(QUERIES);
      console.log(
        `${basename(path)}: halves of ${parts[0].timetable.trips.count} + ${parts[1].timetable.trips.count} trips, ` +
          `${QUERIES} one-to-all queries equal, ${reached} arrivals compared, ${Math.round(performance.now() - started)} ms`,
      );
    });
  },
);
