import type { StopIdx, Timetable } from '../../timetable/Timetable.ts';
import { INF } from '../raptor/Labels.ts';
import type { OneToAllResult } from './JourneyQuery.ts';
import type { QueryContext } from './QueryContext.ts';

/**
 * Earliest arrival at every stop from `from` leaving at the query time (first train within 24 h),
 * with at most maxTrips - 1 transfers, and arriving at most `maxTravelSeconds` after it when given; see
 * OneToAllResult. Stations take their earliest platform. A connection scan (`ctx.csa`) answers when
 * the cutoff keeps it shorter than RAPTOR's work (see CSA_CONNECTIONS_PER_PATTERN_STOP); RAPTOR otherwise.
 */
export function oneToAll(ctx: QueryContext, from: StopIdx[], maxTravelSeconds?: number): OneToAllResult {
  const { forward, fclock, t0, maxTrips, minTransfer } = ctx;
  const tt = ctx.data.timetable;
  const n = tt.stops.count;
  // Without targets the search's bound applies to every label: nothing at or after it is kept.
  const bound = maxTravelSeconds === undefined ? INF : Math.min(INF, t0 + maxTravelSeconds + 1);
  const firstBoardLimit = t0 + 86_400;
  // Best arrival with at most k trips at stop s: labels[s * perStop + k * perTrip].
  let labels: Int32Array;
  let perStop: number;
  let perTrip: number;
  // The stops that may hold a label: the scan lists them, RAPTOR's are all.
  let reached: Int32Array | null = null;
  if (
    ctx.csa?.search.run(
      fclock,
      { sources: from, time: t0, firstBoardLimit, bound, maxTrips, minTransfer },
      ctx.csa.maxConnections,
    )
  ) {
    labels = ctx.csa.search.arrBest;
    perStop = ctx.csa.search.labelsPerStop;
    perTrip = 1;
    reached = ctx.csa.search.reached;
  } else {
    forward.reset(fclock, ctx.fdays, [], bound);
    forward.run({ sources: from, time: t0, firstBoardLimit, minTransfer }, maxTrips);
    labels = forward.arrBest;
    perStop = 1;
    perTrip = n;
  }
  // One allocation for both (a typed array's backing store costs more than its filling here).
  const buffer = new ArrayBuffer(n * 9);
  const arrival = new Float64Array(buffer, 0, n).fill(Number.NaN);
  const transfers = new Int8Array(buffer, n * 8, n).fill(-1);
  const count = reached === null ? n : reached.length;
  for (let i = 0; i < count; i++) {
    const s = reached === null ? i : reached[i];
    const x = s * perStop;
    const t = labels[x + maxTrips * perTrip];
    if (t >= INF) continue;
    let k = 1;
    while (labels[x + k * perTrip] !== t) k++;
    arrival[s] = fclock.base + t;
    transfers[s] = k - 1;
  }
  for (const s of from) {
    arrival[s] = fclock.base + t0;
    transfers[s] = 0;
  }
  // Stations: their earliest platform.
  for (const s of stationsOf(tt)) {
    for (let c = tt.stops.childStart[s]; c < tt.stops.childStart[s + 1]; c++) {
      const x = tt.stops.childIdx[c];
      if (!Number.isNaN(arrival[x]) && !(arrival[x] >= arrival[s])) {
        arrival[s] = arrival[x];
        transfers[s] = transfers[x];
      }
    }
  }
  return { departure: fclock.base + t0, arrival, transfers };
}

const stationLists = new WeakMap<Timetable, Int32Array>();

/** The stops of `tt` that have child stops (stations), ascending; computed once per timetable. */
function stationsOf(tt: Timetable): Int32Array {
  let list = stationLists.get(tt);
  if (list === undefined) {
    const { childStart, count } = tt.stops;
    const out: number[] = [];
    for (let s = 0; s < count; s++) if (childStart[s + 1] > childStart[s]) out.push(s);
    list = Int32Array.from(out);
    stationLists.set(tt, list);
  }
  return list;
}
