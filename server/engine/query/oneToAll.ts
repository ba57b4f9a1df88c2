import type { StopIdx } from '../model/Timetable.ts';
import { INF } from '../raptor/Labels.ts';
import type { OneToAllResult } from './JourneyQuery.ts';
import type { QueryContext } from './QueryContext.ts';

/**
 * Earliest arrival at every stop from `from` leaving at the query time (first train within 24 h),
 * with at most maxTrips - 1 transfers, and arriving at most `maxTravelSeconds` after it when given; see
 * OneToAllResult. Stations take their earliest platform.
 */
export function oneToAll(ctx: QueryContext, from: StopIdx[], maxTravelSeconds?: number): OneToAllResult {
  const { forward, fclock, t0, maxTrips, minTransfer } = ctx;
  const tt = ctx.data.timetable;
  const n = tt.stops.count;
  // Without targets the search's bound applies to every label: nothing at or after it is kept.
  const bound = maxTravelSeconds === undefined ? INF : Math.min(INF, t0 + maxTravelSeconds + 1);
  forward.reset(fclock, ctx.fdays, [], bound);
  forward.run({ sources: from, time: t0, firstBoardLimit: t0 + 86_400, minTransfer }, maxTrips);
  const arrival = new Float64Array(n).fill(Number.NaN);
  const transfers = new Int8Array(n).fill(-1);
  const best = forward.arrBest;
  const last = maxTrips * n;
  for (let s = 0; s < n; s++) {
    const t = best[last + s];
    if (t >= INF) continue;
    let k = 1;
    while (best[k * n + s] !== t) k++;
    arrival[s] = fclock.base + t;
    transfers[s] = k - 1;
  }
  for (const s of from) {
    arrival[s] = fclock.base + t0;
    transfers[s] = 0;
  }
  // Stations: their earliest platform.
  for (let s = 0; s < n; s++) {
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
