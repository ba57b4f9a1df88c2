import type { SearchState } from './SearchState.ts';

/** RaptorIndex.patFlags bit, as a literal in these loops (see CAN_ALIGHT). */
const ALIGHT = 2;

/**
 * Through trains of the later trips of a pattern. The scan rides the earliest catchable trip, and a
 * later one departs later at every stop, so its own arrivals never matter; but it may stay seated
 * into its block's next trip where the earliest does not. Every running instance of the pattern's
 * trips with a continuation that leaves the boarding position `board` at or after `dep` (the ridden
 * instance's departure, so it is catchable there too), before `limit` and not after the round's
 * target bound, gets its continuation queued like the ridden trip's.
 */
export function laterContinuations(
  S: SearchState,
  k: number,
  q: number,
  j: number,
  di: number,
  board: number,
  dep: number,
  limit: number,
): void {
  const idx = S.idx;
  const clock = S.clock!;
  const len = idx.patStopStart[q + 1] - idx.patStopStart[q];
  const ts = idx.patTimeStart[q];
  const tripBase = idx.patTripStart[q];
  const zoneBase = idx.patZone[q] * clock.dayCount;
  const bound = S.targetBest[k];
  for (let c = idx.patContStart[q]; c < idx.patContStart[q + 1]; c++) {
    const jj = idx.patContLocal[c];
    const svc = idx.patService[tripBase + jj];
    for (let d = S.patDays[2 * q]; d <= S.patDays[2 * q + 1]; d++) {
      if ((jj === j && d === di) || !S.serviceRuns(svc, d)) continue;
      const off = clock.offsets[zoneBase + d];
      const t = idx.tDep[ts + jj * len + board] + off;
      if (t < dep || t >= limit) continue;
      // Its continuation arrives after it reaches the pattern's end.
      if (idx.tArr[ts + jj * len + len - 1] + off >= bound) continue;
      S.maybeContinue(idx.patTrips[tripBase + jj], d, board);
    }
  }
}

/**
 * Notes the trip-to-trip transfers (rules spA..spB of the trip ridden) that leave at stop s, where the
 * ride (pattern trip g, day index di, from position board to alight) arrives at t; they are boarded
 * in round k + 1 by scanSpecials.
 */
export function noteSpecials(
  S: SearchState,
  k: number,
  s: number,
  t: number,
  spA: number,
  spB: number,
  g: number,
  di: number,
  board: number,
  alight: number,
): void {
  if (k >= S.lastRound) return;
  const idx = S.idx;
  for (let e = spA; e < spB; e++) {
    if (idx.spAtStop[e] !== s) continue;
    const ready = t + idx.spTime[e];
    if (ready + S.lb[idx.spToStop[e]] >= S.targetBest[k + 1]) continue;
    S.labels.pushSpecial(e, ready, g, di, board, alight);
  }
}

/**
 * Boards the trip-to-trip transfers noted in round k - 1 (pool entries from..to): the earliest running
 * instance of the rule's trip leaving its stop at or after the ready time, ridden to its end. Rides
 * boarded this way neither continue as through trains nor take further trip-to-trip transfers.
 */
export function scanSpecials(S: SearchState, k: number, from: number, to: number): void {
  const idx = S.idx;
  const L = S.labels;
  const clock = S.clock!;
  const cur = k * S.n;
  for (let x = from; x < to; x++) {
    const e = L.spRule[x];
    const ready = L.spReady[x];
    const trip = idx.spToTrip[e];
    const q = idx.tripPattern[trip];
    if (q < 0) continue;
    const ps = idx.patStopStart[q];
    const len = idx.patStopStart[q + 1] - ps;
    let pos = 0;
    while (pos < len - 1 && !(idx.patStops[ps + pos] === idx.spToStop[e] && idx.patFlags[ps + pos] & 1))
      pos++;
    if (pos >= len - 1) continue;
    const g = idx.patTripStart[q] + idx.tripLocal[trip];
    const base = idx.patTimeStart[q] + idx.tripLocal[trip] * len;
    const svc = idx.patService[g];
    let day = -1;
    let off = 0;
    for (let d = 0; d < clock.dayCount; d++) {
      const o = clock.offsets[idx.patZone[q] * clock.dayCount + d];
      if (!S.serviceRuns(svc, d) || idx.tDep[base + pos] + o < ready) continue;
      day = d;
      off = o;
      break;
    }
    if (day < 0) continue;
    for (let i = pos + 1; i < len; i++) {
      const s = idx.patStops[ps + i];
      if (!(idx.patFlags[ps + i] & ALIGHT)) continue;
      const t = idx.tArr[base + i] + off;
      if (t < S.arrBest[cur + s] && t + S.lb[s] < S.targetBest[k]) S.setArr(k, s, t, g, day, pos, i, -2 - x);
    }
  }
}

/** Rides on through trains: after a trip of a block ends, stay seated into the block's next trip. */
export function scanContinuations(S: SearchState, k: number, first: number): void {
  const idx = S.idx;
  const cur = k * S.n;
  for (let x = first; x < S.labels.segTrip.length; x++) {
    const trip = S.labels.segTrip[x];
    const di = S.labels.segDay[x];
    if (S.labels.segDepth[x] >= 16) continue;
    for (let e = idx.contStart[trip]; e < idx.contStart[trip + 1]; e++) {
      const next = idx.contTrips[e];
      if (!S.tripRunsOn(next, di)) continue;
      // Forward: the vehicle goes on as the first running successor only. Reverse: every running
      // predecessor whose vehicle goes on as this trip (no trip of its own runs first), as forward
      // each of them does; a block whose trips do not chain up (two trips ending where this one
      // starts) has several.
      let blocked = false;
      for (let b = idx.contBlockStart[e]; b < idx.contBlockStart[e + 1] && !blocked; b++)
        blocked = S.tripRunsOn(idx.contBlockTrips[b], di);
      if (!blocked) rideContinuation(S, k, x, next, di, cur);
      if (!idx.reverse) break;
    }
  }
}

/** Rides trip `next` (day index di) from its start as the continuation of segment x, in round k. */
export function rideContinuation(
  S: SearchState,
  k: number,
  x: number,
  next: number,
  di: number,
  cur: number,
): void {
  const idx = S.idx;
  const clock = S.clock!;
  const q = idx.tripPattern[next];
  const ps = idx.patStopStart[q];
  const len = idx.patStopStart[q + 1] - ps;
  const j = idx.tripLocal[next];
  const base = idx.patTimeStart[q] + j * len;
  const off = clock.offsets[idx.patZone[q] * clock.dayCount + di];
  for (let i = 1; i < len; i++) {
    const s = idx.patStops[ps + i];
    if (!(idx.patFlags[ps + i] & ALIGHT)) continue;
    const t = idx.tArr[base + i] + off;
    if (t < S.arrBest[cur + s] && t + S.lb[s] < S.targetBest[k]) {
      S.setArr(k, s, t, idx.patTripStart[q] + j, di, 0, i, x);
    }
  }
  if (idx.contStart[next + 1] > idx.contStart[next])
    S.labels.pushSeg(next, di, 0, x, S.labels.segDepth[x] + 1);
}
