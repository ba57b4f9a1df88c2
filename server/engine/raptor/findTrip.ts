import type { ActiveTrips } from './ActiveTrips.ts';
import type { RaptorIndex } from './RaptorIndex.ts';

/** `findTrip` packs its result as position * FOUND_DAYS + day index. */
export const FOUND_DAYS = 1024;

/**
 * The trip search of RAPTOR: the earliest running trip instance of pattern q departing at position i
 * no earlier than r and strictly before `before` (search times). Returns position-in-list * FOUND_DAYS
 * + day index (the trip is dayTrips[day].trips[position]), or -1. Only the day indexes dayLo..dayHi
 * (the pattern's days with running trips) are looked at; days whose whole pattern lies before r are
 * skipped and the loop stops once a day starts after the best found. (curX, curDi): the instance
 * ridden now, if any: on its day only earlier trips can be better.
 */
export function findTrip(
  idx: RaptorIndex,
  dayTrips: ActiveTrips[],
  offsets: Int32Array,
  dayCount: number,
  dayLo: number,
  dayHi: number,
  q: number,
  i: number,
  r: number,
  before: number,
  curX: number,
  curDi: number,
): number {
  const tDep = idx.tDep;
  const len = idx.patStopStart[q + 1] - idx.patStopStart[q];
  const ts = idx.patTimeStart[q];
  const zoneBase = idx.patZone[q] * dayCount;
  const minT = idx.posMinDep[idx.patStopStart[q] + i];
  const maxT = idx.posMaxDep[idx.patStopStart[q] + i];
  let best = before;
  let found = -1;
  // minT..maxT: the pattern's departures at position i. Offsets grow by about a day per day index
  // (DST moves them a little): estimate the first day whose departures may reach r, then step back
  // while the day before may still reach it too.
  // (Truncated, not floored: a negative estimate is raised to dayLo below anyway.)
  let d = ((r - maxT - offsets[zoneBase]) / 86_400) | 0;
  if (d > dayHi) d = dayHi;
  while (d > dayLo && offsets[zoneBase + d - 1] + maxT >= r) d--;
  if (d < dayLo) d = dayLo;
  for (; d <= dayHi; d++) {
    const off = offsets[zoneBase + d];
    if (off + minT >= best) break;
    if (off + maxT < r) continue;
    const at = dayTrips[d];
    let lo = at.start[q];
    const end = d === curDi ? curX : at.start[q + 1];
    if (lo >= end) continue;
    const list = at.trips;
    const want = r - off;
    let hi = end;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (tDep[ts + list[mid] * len + i] < want) lo = mid + 1;
      else hi = mid;
    }
    if (lo < end) {
      const dep = tDep[ts + list[lo] * len + i] + off;
      if (dep < best) {
        best = dep;
        found = lo * FOUND_DAYS + d;
      }
    }
  }
  return found;
}
