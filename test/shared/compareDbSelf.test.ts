import { describe, expect, it } from 'vitest';
import { compareInWorkers } from '../../server/compare/worker/compareInWorkers.ts';
import { loadFeed } from '../../server/gtfs/loadFeed.ts';
import type { Timetable } from '../../server/timetable/Timetable.ts';
import { sharedPath } from '../util/sharedData.ts';

/**
 * Scale: the whole DB long-distance feed (1,629 stops, 591 stations) compared with itself shifted by
 * four minutes, every ordered station pair, on two worker threads sharing the timetable; the shift must
 * leave almost every journey time unchanged. The time it takes is printed, never asserted (speed lives
 * in `npm run bench`: on a quiet 2-core machine about 18 s, on a loaded one three times that or more).
 */
const zip = sharedPath('gtfs', 'db-fernverkehr-2023.zip');
const SHIFT = 240;

/** The same timetable with every stop time `seconds` later: an in-memory scenario, no copied feed. */
function shifted(tt: Timetable, seconds: number): Timetable {
  return {
    ...tt,
    trips: {
      ...tt.trips,
      stArrival: tt.trips.stArrival.map((x) => x + seconds),
      stDeparture: tt.trips.stDeparture.map((x) => x + seconds),
    },
  };
}

describe('DB Fernverkehr compared with itself shifted by 4 minutes', () => {
  it('every station pair, two workers, with progress', async () => {
    const { timetable } = await loadFeed(zip);
    const tt = timetable!;
    const stations: string[] = [];
    for (let s = 0; s < tt.stops.count; s++) if (tt.stops.parent[s] < 0) stations.push(tt.stops.id[s]);
    expect(stations.length).toBeGreaterThan(500);
    const progress: number[] = [];
    const started = performance.now();
    const rows = await compareInWorkers(tt, shifted(tt, SHIFT), {
      stations,
      date: '2023-12-29',
      workers: 2,
      onProgress: (f) => progress.push(f),
    });
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `DB self-comparison: ${stations.length} stations, ${rows.length} pairs, ${seconds.toFixed(1)} s`,
    );
    expect(rows).toHaveLength(stations.length * (stations.length - 1));
    expect(progress.at(-1)).toBe(1);
    expect(progress.every((p, i) => i === 0 || p >= progress[i - 1])).toBe(true);

    const connected = rows.filter((r) => r.status !== 'none');
    const same = connected.filter((r) => r.status === 'same');
    expect(connected.length).toBeGreaterThan(100_000);
    // Only journeys near midnight can change (a departure moving into or out of the service day).
    expect(same.length / connected.length).toBeGreaterThan(0.99);
    for (const r of same.slice(0, 2000)) {
      expect(r.scenario.fastest).toBe(r.baseline.fastest);
      expect(r.change.fastest).toBe(0);
    }
    const moved = same.filter(
      (r) =>
        r.scenario.firstDeparture !== null &&
        r.scenario.firstDeparture - r.baseline.firstDeparture! === SHIFT,
    );
    expect(moved.length / same.length).toBeGreaterThan(0.95);
  });
});
