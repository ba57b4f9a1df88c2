import type { Services } from '../../timetable/Timetable.ts';
import type { RaptorIndex } from './RaptorIndex.ts';

/**
 * The trips of every pattern that run on one service day, in pattern order (so still FIFO):
 * pattern q's are trips[start[q] .. start[q+1]), as trip positions inside the pattern. Lets the trip
 * search binary-search only running trips instead of skipping the other services' ones.
 */
export interface ActiveTrips {
  start: Int32Array;
  trips: Int32Array;
}

/** Builds the ActiveTrips of `day` (a DayNumber) for one index; O(pattern trips). */
export function buildActiveTrips(idx: RaptorIndex, services: Services, day: number): ActiveTrips {
  const P = idx.patternCount;
  const start = new Int32Array(P + 1);
  const col = day - services.firstDay;
  if (col < 0 || col >= services.dayCount) return { start, trips: new Int32Array(0) };
  const dc = services.dayCount;
  const active = services.active;
  const buf = new Int32Array(idx.patTrips.length);
  let n = 0;
  for (let q = 0; q < P; q++) {
    start[q] = n;
    const a = idx.patTripStart[q];
    const b = idx.patTripStart[q + 1];
    for (let g = a; g < b; g++) if (active[idx.patService[g] * dc + col] === 1) buf[n++] = g - a;
  }
  start[P] = n;
  return { start, trips: buf.slice(0, n) };
}
