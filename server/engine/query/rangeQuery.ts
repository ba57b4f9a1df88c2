import { buildJourney } from '../journey/buildJourney.ts';
import type { Journey } from '../journey/Journey.ts';
import { toRealPath } from '../journey/RealPath.ts';
import type { StopIdx } from '../model/Timetable.ts';
import { INF } from '../raptor/Labels.ts';
import { CAN_BOARD } from '../raptor/RaptorIndex.ts';
import { paretoFilter } from './paretoFilter.ts';
import type { QueryContext } from './QueryContext.ts';

/**
 * Range query (rRAPTOR): one RAPTOR run per distinct departure time of a train at an origin stop in
 * [t0, t0 + window], latest first, keeping labels between runs; a run reports a journey only where it
 * beats every later departure with as few or fewer transfers. Result: the Pareto set in
 * (departure later, arrival earlier, fewer transfers), sorted by departure. `window` in seconds.
 */
export function rangeQuery(ctx: QueryContext, from: StopIdx[], to: StopIdx[], window: number): Journey[] {
  const { forward, fclock, t0, maxTrips, minTransfer } = ctx;
  const tt = ctx.data.timetable;
  const times = departureTimes(ctx, from, t0, t0 + window);
  forward.reset(fclock, ctx.fdays, to, INF);
  const out: Journey[] = [];
  for (const tau of times) {
    forward.run({ sources: from, time: tau, firstBoardLimit: t0 + window, minTransfer }, maxTrips);
    for (let k = 1; k <= maxTrips; k++) {
      if (forward.runTargetArr[k] >= INF) continue;
      const path = forward.path(k, forward.runTargetStop[k]);
      if (path) out.push(buildJourney(tt, toRealPath(tt, path, fclock), ctx.noon));
    }
  }
  return paretoFilter(out);
}

/** Distinct departure times (search time, descending) of trip instances boardable at the stops in [lo, hi]. */
function departureTimes(ctx: QueryContext, stops: StopIdx[], lo: number, hi: number): number[] {
  const idx = ctx.data.forward;
  const clock = ctx.fclock;
  const active = ctx.data.timetable.services.active;
  const svcDays = ctx.data.timetable.services.dayCount;
  const set = new Set<number>();
  for (const s of stops) {
    for (let e = idx.stopPatStart[s]; e < idx.stopPatStart[s + 1]; e++) {
      const q = idx.stopPatPattern[e];
      const i = idx.stopPatPos[e];
      const ps = idx.patStopStart[q];
      if (!(idx.patFlags[ps + i] & CAN_BOARD)) continue;
      const len = idx.patStopStart[q + 1] - ps;
      for (let d = 0; d < clock.dayCount; d++) {
        const col = clock.serviceDay[d];
        const off = clock.offsets[idx.patZone[q] * clock.dayCount + d];
        if (col < 0 || off + idx.patMaxTime[q] < lo || off + idx.patMinTime[q] > hi) continue;
        for (let g = idx.patTripStart[q]; g < idx.patTripStart[q + 1]; g++) {
          const t = idx.tDep[idx.patTimeStart[q] + (g - idx.patTripStart[q]) * len + i] + off;
          if (t >= lo && t <= hi && active[idx.patService[g] * svcDays + col] === 1) set.add(t);
        }
      }
    }
  }
  return [...set].sort((a, b) => b - a);
}
