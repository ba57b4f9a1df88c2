import { INF, type Labels } from './Labels.ts';
import type { RaptorIndex } from './RaptorIndex.ts';
import type { SearchPath, SearchRide } from './SearchPath.ts';

/**
 * Reads the path to `stop` with exactly k trips from a search's labels (as left by its last run), in
 * search order (source first): follows each ride back to its boarding stop, through-train segments
 * to their first trip, trip-to-trip transfers to the ride before, and the boarding readiness to the arrival (or source) it came from. Returns
 * null when there is no such label.
 */
export function readPath(idx: RaptorIndex, L: Labels, k: number, stop: number): SearchPath | null {
  const n = L.n;
  if (L.arr[k * n + stop] >= INF) return null;
  const out: SearchPath = [];
  let s = stop;
  while (k > 0) {
    const x = k * n + s;
    const g = L.arrTrip[x];
    const q = idx.tripPattern[idx.patTrips[g]];
    const rides: SearchRide[] = [];
    rides.push({
      kind: 'ride',
      trip: idx.patTrips[g],
      dayIndex: L.arrDay[x],
      fromPos: L.arrBoard[x],
      toPos: L.arrAlight[x],
      stayOn: false,
    });
    let boardQ = q;
    let boardPos = L.arrBoard[x];
    for (let seg = L.arrSeg[x]; seg >= 0; seg = L.segPrev[seg]) {
      const trip = L.segTrip[seg];
      rides[rides.length - 1].stayOn = true;
      boardQ = idx.tripPattern[trip];
      boardPos = L.segBoard[seg];
      const len = idx.patStopStart[boardQ + 1] - idx.patStopStart[boardQ];
      rides.push({
        kind: 'ride',
        trip,
        dayIndex: L.segDay[seg],
        fromPos: boardPos,
        toPos: len - 1,
        stayOn: false,
      });
    }
    for (const r of rides) out.push(r);
    // A ride boarded by a trip-to-trip transfer: the change, then the ride before it (one round less).
    const sp = -2 - L.arrSeg[x];
    if (sp >= 0) {
      const e = L.spRule[sp];
      if (idx.spAtStop[e] !== idx.spToStop[e]) {
        out.push({ kind: 'walk', from: idx.spAtStop[e], to: idx.spToStop[e], duration: idx.spTime[e] });
      }
      const trip = idx.patTrips[L.spXTrip[sp]];
      boardQ = idx.tripPattern[trip];
      boardPos = L.spXBoard[sp];
      out.push({
        kind: 'ride',
        trip,
        dayIndex: L.spXDay[sp],
        fromPos: boardPos,
        toPos: L.spXAlight[sp],
        stayOn: false,
      });
      k--;
    }
    const b = idx.patStops[idx.patStopStart[boardQ] + boardPos];
    const want = L.readyBest[(k - 1) * n + b];
    // Round 0 (the sources) serves round 1 only; later rounds board from arrivals of rounds >= 1.
    let j = k === 1 ? 0 : 1;
    while (j < k - 1 && L.ready[j * n + b] !== want) j++;
    if (j === 0) break;
    const a = L.readyFrom[j * n + b];
    if (a !== b) out.push({ kind: 'walk', from: a, to: b, duration: want - L.arr[j * n + a] });
    k = j;
    s = a;
  }
  return out.reverse();
}
