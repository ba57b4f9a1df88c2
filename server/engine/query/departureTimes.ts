import type { Services, StopIdx } from '../../timetable/Timetable.ts';
import { CAN_BOARD, type RaptorIndex } from '../raptor/RaptorIndex.ts';
import type { DayClock } from '../time/DayClock.ts';

/**
 * Distinct start times (search time of `idx`'s direction, seconds, descending) of the trip instances
 * that may be boarded at `stops` when leaving at a time in [lo, hi]: a train's departure at stop i less the walk
 * `offsets[i]` to it (default none). The departures an rRAPTOR range search iterates over, latest
 * first. Shared by range queries and the planners' service-day profiles.
 */
export function departureTimes(
  idx: RaptorIndex,
  services: Services,
  clock: DayClock,
  stops: StopIdx[],
  lo: number,
  hi: number,
  offsets?: readonly number[],
): number[] {
  const { active, dayCount: svcDays } = services;
  const set = new Set<number>();
  for (let si = 0; si < stops.length; si++) {
    const s = stops[si];
    const walk = offsets?.[si] ?? 0;
    for (let e = idx.stopPatStart[s]; e < idx.stopPatStart[s + 1]; e++) {
      const q = idx.stopPatPattern[e];
      const i = idx.stopPatPos[e];
      const ps = idx.patStopStart[q];
      if (!(idx.patFlags[ps + i] & CAN_BOARD)) continue;
      const len = idx.patStopStart[q + 1] - ps;
      for (let d = 0; d < clock.dayCount; d++) {
        const col = clock.serviceDay[d];
        const off = clock.offsets[idx.patZone[q] * clock.dayCount + d] - walk;
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
