import { Router } from '../../server/engine/index.ts';
import { loadFeed } from '../../server/gtfs/loadFeed.ts';
import { mergeTimetables } from '../../server/timetable/merge/mergeTimetables.ts';
import type { StopIdx } from '../../server/timetable/Timetable.ts';
import { benchQueries } from './benchQueries.ts';
import { percentiles } from './percentiles.ts';

/** What the scale entry measured (one process: run it in a fresh child so RSS is its own). */
export interface ScaleFigures {
  feeds: number;
  stopTimes: number;
  stops: number;
  loadMs: number;
  mergeMs: number;
  indexMs: number;
  peakRssMb: number;
  departAfter: ReturnType<typeof percentiles>;
  oneToAll: ReturnType<typeof percentiles>;
  /** Share of depart-after queries with a journey (random pairs across continents mostly have none). */
  found: number;
  /** Queries whose ends lie in one member feed (the journeys a traveller would ask for). */
  withinFeed: ReturnType<typeof percentiles>;
}

/**
 * Issue 18's scale entry: every feed in `paths` loaded, merged into one network (`mergeTimetables`,
 * what `feed=a,b,...` and CORRIDOR_NETWORKS serve) and indexed in this process; then `count` seeded
 * random depart-after and one-to-all queries over the whole network, and `count` depart-after queries
 * whose ends are in one member feed (mapped into the network), as p50/p95/p99 ms.
 */
export async function scaleNetwork(
  paths: readonly string[],
  count: number,
  seed: number,
): Promise<ScaleFigures> {
  const t0 = performance.now();
  const parts = [];
  for (const p of paths) {
    const { timetable } = await loadFeed(p);
    if (!timetable) throw new Error(`${p} is refused`);
    parts.push({
      id: p
        .split('/')
        .pop()!
        .replace(/\.zip$/, ''),
      timetable,
    });
  }
  const t1 = performance.now();
  const merged = mergeTimetables(parts);
  const t2 = performance.now();
  const router = new Router(merged.timetable);
  const t3 = performance.now();
  const tt = merged.timetable;
  const queries = benchQueries(tt, count, seed);
  const time = (list: typeof queries, f: (q: (typeof queries)[number]) => number) => {
    for (const q of list.slice(0, 10)) f(q); // warm-up
    return percentiles(
      list.map((q) => {
        const t = performance.now();
        f(q);
        return performance.now() - t;
      }),
    );
  };
  const departAfter = time(queries, (q) => router.plan(q).length);
  const found = queries.filter((q) => router.plan(q).length > 0).length / count;
  const oneToAll = time(queries, (q) => router.oneToAll(q).arrival.length);
  // Within one member: that member's own seeded queries, its stops mapped into the network.
  const per = Math.max(1, Math.ceil(count / parts.length));
  const local = parts.flatMap((p, k) =>
    benchQueries(p.timetable, per, seed + k).map((q) => ({
      ...q,
      from: q.from.map((s) => merged.stopMaps[k][s] as StopIdx),
      to: q.to.map((s) => merged.stopMaps[k][s] as StopIdx),
    })),
  );
  const withinFeed = time(local, (q) => router.plan(q).length);
  return {
    feeds: parts.length,
    stopTimes: tt.trips.stStop.length,
    stops: tt.stops.count,
    loadMs: t1 - t0,
    mergeMs: t2 - t1,
    indexMs: t3 - t2,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    departAfter,
    oneToAll,
    found,
    withinFeed,
  };
}
