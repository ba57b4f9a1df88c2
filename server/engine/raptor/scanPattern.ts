import { FOUND_DAYS, findTrip } from './findTrip.ts';
import { INF } from './Labels.ts';
import type { SearchState } from './SearchState.ts';
import { laterContinuations, noteSpecials } from './tripLinks.ts';

/** Scans pattern q from position `start` in round k (boarding uses round k-1 labels). */
export function scanPattern(S: SearchState, k: number, q: number, start: number, boardLimit: number): void {
  // Typed arrays in locals and literal flag bits: this is the hot loop.
  const idx = S.idx;
  const patStops = idx.patStops;
  const patFlags = idx.patFlags;
  const tArr = idx.tArr;
  const tDep = idx.tDep;
  const readyBest = S.readyBest;
  const arrBest = S.arrBest;
  const lb = S.lb;
  const offsets = S.clock!.offsets;
  const ps = idx.patStopStart[q];
  const len = idx.patStopStart[q + 1] - ps;
  const ts = idx.patTimeStart[q];
  const tripBase = idx.patTripStart[q];
  const dayCount = S.clock!.dayCount;
  const zoneBase = idx.patZone[q] * dayCount;
  const posMinDep = idx.posMinDep;
  const posMaxDep = idx.posMaxDep;
  const prev = (k - 1) * S.n;
  const cur = k * S.n;
  const limit = boardLimit + 1;
  const firstLimit = S.firstLimit;
  let j = -1;
  let x = -1;
  let first = 0;
  let list: Int32Array | null = null;
  let row = 0;
  let di = -1;
  let off = 0;
  let board = -1;
  let bound = S.targetBest[k];
  // Trip-to-trip transfer rules of the trip ridden (RaptorIndex.sp*), spA == spB when none.
  let spA = 0;
  let spB = 0;
  for (let i = start; i < len; i++) {
    const s = patStops[ps + i];
    const fl = patFlags[ps + i];
    if (j >= 0 && (fl & 2) !== 0) {
      const t = tArr[row + i] + off;
      // Target pruning with a lower bound on the rest of the way (A*-like, exact).
      if (
        t + lb[s] < bound &&
        t < arrBest[cur + s] &&
        (S.firstSearch === null || S.firstSearchReaches(k, s, t))
      ) {
        S.setArr(k, s, t, tripBase + j, di, board, i, -1);
        bound = S.targetBest[k];
      }
      if (spA < spB) noteSpecials(S, k, s, t, spA, spB, tripBase + j, di, board, i);
    }
    if ((fl & 1) !== 0) {
      const r = readyBest[prev + s];
      if (r < INF) {
        const curDep = j >= 0 ? tDep[row + i] + off : INF;
        // A trip boarded here must leave before the one ridden, and (with the lower bound on the rest
        // of the way) before the best target arrival `bound`.
        // Round 1 boards only at sources, each with its own limit (RunParams.firstBoardLimit).
        const before = Math.min(curDep, k === 1 ? firstLimit[s] + 1 : limit, bound - lb[s]);
        // Worth a search only if an earlier instance may exist: the previous running trip of the
        // same day, or one of an earlier day (overnight trips) or of the day after (DST).
        const found =
          r < before &&
          (j < 0 ||
            (x > first && tDep[ts + list![x - 1] * len + i] + off >= r) ||
            (di > 0 &&
              offsets[zoneBase + di - 1] + posMaxDep[ps + i] >= r &&
              earlierDayReaches(S, q, i, di, r)) ||
            (di + 1 < dayCount && offsets[zoneBase + di + 1] + posMinDep[ps + i] < curDep))
            ? findTrip(
                idx,
                S.dayTrips,
                offsets,
                dayCount,
                S.patDays[2 * q],
                S.patDays[2 * q + 1],
                q,
                i,
                r,
                before,
                x,
                di,
              )
            : -1;
        if (found >= 0) {
          // The trip given up may still continue as a through train, or have trip-to-trip transfers
          // further on, where the new one does not.
          if (j >= 0) {
            S.maybeContinue(idx.patTrips[tripBase + j], di, board);
            for (let i2 = i + 1; i2 < len && spA < spB; i2++) {
              if ((patFlags[ps + i2] & 2) !== 0) {
                const s2 = patStops[ps + i2];
                noteSpecials(S, k, s2, tArr[row + i2] + off, spA, spB, tripBase + j, di, board, i2);
              }
            }
          }
          di = found % FOUND_DAYS;
          const at = S.dayTrips[di];
          list = at.trips;
          first = at.start[q];
          x = (found - di) / FOUND_DAYS;
          j = list[x];
          row = ts + j * len;
          off = offsets[zoneBase + di];
          board = i;
          const trip = idx.patTrips[tripBase + j];
          spA = idx.spStart[trip];
          spB = idx.spStart[trip + 1];
        }
      }
    }
  }
  if (j >= 0) {
    S.maybeContinue(idx.patTrips[tripBase + j], di, board);
    if (idx.patContStart[q + 1] > idx.patContStart[q])
      laterContinuations(S, k, q, j, di, board, tDep[row + board] + off, limit);
  }
}

/**
 * Whether a running trip of pattern q on a day index before `di` leaves position i at or after the
 * search time r. Days are looked at backwards while their latest possible departure there
 * (posMaxDep) still reaches r; a day's latest running trip is its latest departure (FIFO).
 */
export function earlierDayReaches(S: SearchState, q: number, i: number, di: number, r: number): boolean {
  const idx = S.idx;
  const offsets = S.clock!.offsets;
  const zoneBase = idx.patZone[q] * S.clock!.dayCount;
  const p = idx.patStopStart[q];
  const maxDep = idx.posMaxDep[p + i];
  const len = idx.patStopStart[q + 1] - p;
  const ts = idx.patTimeStart[q];
  const lo = S.patDays[2 * q];
  for (let d = di - 1; d >= lo; d--) {
    const off = offsets[zoneBase + d];
    if (off + maxDep < r) return false;
    const at = S.dayTrips[d];
    const end = at.start[q + 1];
    if (end > at.start[q] && idx.tDep[ts + at.trips[end - 1] * len + i] + off >= r) return true;
  }
  return false;
}
