import { tripZones } from '../../timetable/ServiceDayTimes.ts';
import type { Timetable } from '../../timetable/Timetable.ts';
import { buildLowerBoundGraph } from './buildLowerBoundGraph.ts';
import { buildPatterns, type Patterns } from './buildPatterns.ts';
import { buildTransferRules, type TransferRules } from './buildTransferRules.ts';
import { buildTripTransfers } from './buildTripTransfers.ts';
import { CAN_ALIGHT, CAN_BOARD, type RaptorIndex } from './RaptorIndex.ts';
import { WALKS, type WalkSettings } from './walksNearby.ts';

/** Everything the engine derives once from a Timetable to route over it. Read-only after building. */
export interface RaptorData {
  timetable: Timetable;
  /** Distinct agency time zones (`tripZones`); `RaptorIndex.patZone` indexes this. */
  zones: string[];
  /** Zone slot of each trip (its agency's zone). */
  zoneOfTrip: Int32Array;
  /** Largest stop time of any trip, seconds: how many service days back a trip can still run. */
  maxTime: number;
  forward: RaptorIndex;
  reverse: RaptorIndex;
}

/**
 * Builds the forward and reverse RAPTOR indexes of a timetable (patterns, transfers, through trains),
 * with walks generated between nearby stops as `walks` says (default WALKS: 400 m).
 */
export function buildRaptorData(tt: Timetable, walks: WalkSettings = WALKS): RaptorData {
  const { zones, zoneOfTrip } = tripZones(tt);
  let maxTime = 0;
  for (let r = 0; r < tt.trips.stArrival.length; r++) maxTime = Math.max(maxTime, tt.trips.stArrival[r]);
  const pats = buildPatterns(tt, zoneOfTrip);
  const rules = buildTransferRules(tt, walks);
  const { next, prev, prevBlockers } = blockNeighbours(tt);
  return {
    timetable: tt,
    zones,
    zoneOfTrip,
    maxTime,
    forward: makeIndex(tt, pats, rules, next, [], false),
    reverse: makeIndex(tt, mirror(pats), rules, prev, prevBlockers, true),
  };
}

/** The same patterns seen backwards in time: stops reversed, trips reversed, times negated. */
function mirror(p: Patterns): Patterns {
  const out: Patterns = {
    ...p,
    patStops: new Int32Array(p.patStops.length),
    patFlags: new Uint8Array(p.patFlags.length),
    patTrips: new Int32Array(p.patTrips.length),
    patService: new Int32Array(p.patService.length),
    tArr: new Int32Array(p.tArr.length),
    tDep: new Int32Array(p.tDep.length),
  };
  for (let q = 0; q < p.patternCount; q++) {
    const s0 = p.patStopStart[q];
    const n = p.patStopStart[q + 1] - s0;
    for (let i = 0; i < n; i++) {
      const f = p.patFlags[s0 + n - 1 - i];
      out.patStops[s0 + i] = p.patStops[s0 + n - 1 - i];
      out.patFlags[s0 + i] = (f & CAN_BOARD ? CAN_ALIGHT : 0) | (f & CAN_ALIGHT ? CAN_BOARD : 0);
    }
    const t0 = p.patTripStart[q];
    const m = p.patTripStart[q + 1] - t0;
    const base = p.patTimeStart[q];
    for (let j = 0; j < m; j++) {
      out.patTrips[t0 + j] = p.patTrips[t0 + m - 1 - j];
      out.patService[t0 + j] = p.patService[t0 + m - 1 - j];
      for (let i = 0; i < n; i++) {
        const src = base + (m - 1 - j) * n + (n - 1 - i);
        out.tArr[base + j * n + i] = -p.tDep[src];
        out.tDep[base + j * n + i] = -p.tArr[src];
      }
    }
  }
  return out;
}

function makeIndex(
  tt: Timetable,
  p: Patterns,
  rules: TransferRules,
  cont: number[][],
  contBlockers: number[][][],
  reverse: boolean,
): RaptorIndex {
  const nStops = tt.stops.count;
  const P = p.patternCount;
  const patMinTime = new Int32Array(P);
  const patMaxTime = new Int32Array(P);
  const posMinDep = new Int32Array(p.patStops.length);
  const posMaxDep = new Int32Array(p.patStops.length);
  const tripPattern = new Int32Array(tt.trips.count).fill(-1);
  const tripLocal = new Int32Array(tt.trips.count).fill(-1);
  const count = new Int32Array(nStops + 1);
  for (let q = 0; q < P; q++) {
    const a = p.patTimeStart[q];
    const b = a + (p.patStopStart[q + 1] - p.patStopStart[q]) * (p.patTripStart[q + 1] - p.patTripStart[q]);
    let lo = 0x7fffffff;
    let hi = -0x7fffffff;
    for (let r = a; r < b; r++) {
      lo = Math.min(lo, p.tArr[r], p.tDep[r]);
      hi = Math.max(hi, p.tArr[r], p.tDep[r]);
    }
    patMinTime[q] = lo;
    patMaxTime[q] = hi;
    const ps = p.patStopStart[q];
    const len = p.patStopStart[q + 1] - ps;
    for (let i = 0; i < len; i++) {
      let dlo = 0x7fffffff;
      let dhi = -0x7fffffff;
      for (let r = a + i; r < b; r += len) {
        if (p.tDep[r] < dlo) dlo = p.tDep[r];
        if (p.tDep[r] > dhi) dhi = p.tDep[r];
      }
      posMinDep[ps + i] = dlo;
      posMaxDep[ps + i] = dhi;
    }
    for (let j = p.patTripStart[q]; j < p.patTripStart[q + 1]; j++) {
      tripPattern[p.patTrips[j]] = q;
      tripLocal[p.patTrips[j]] = j - p.patTripStart[q];
    }
    for (let i = p.patStopStart[q]; i < p.patStopStart[q + 1]; i++) count[p.patStops[i] + 1]++;
  }
  const stopPatStart = prefix(count);
  const fill = stopPatStart.slice(0, nStops);
  const stopPatPattern = new Int32Array(p.patStops.length);
  const stopPatPos = new Int32Array(p.patStops.length);
  for (let q = 0; q < P; q++) {
    for (let i = p.patStopStart[q]; i < p.patStopStart[q + 1]; i++) {
      const k = fill[p.patStops[i]]++;
      stopPatPattern[k] = q;
      stopPatPos[k] = i - p.patStopStart[q];
    }
  }
  // Footpaths in search direction: reversed edges for the reverse index.
  const fpCount = new Int32Array(nStops + 1);
  const src = reverse ? rules.to : rules.from;
  const dst = reverse ? rules.from : rules.to;
  for (const a of src) fpCount[a + 1]++;
  const fpStart = prefix(fpCount);
  const fpFill = fpStart.slice(0, nStops);
  const fpTo = new Int32Array(src.length);
  const fpDur = new Int32Array(src.length);
  const fpWalk = new Int32Array(src.length);
  for (let i = 0; i < src.length; i++) {
    const k = fpFill[src[i]]++;
    fpTo[k] = dst[i];
    fpDur[k] = rules.dur[i];
    fpWalk[k] = rules.walk[i];
  }
  const tripTransfers = buildTripTransfers(tt, reverse);
  const contCount = new Int32Array(tt.trips.count + 1);
  for (let t = 0; t < tt.trips.count; t++) contCount[t + 1] = cont[t]?.length ?? 0;
  const contStart = prefix(contCount);
  const contTrips = new Int32Array(contStart[tt.trips.count]);
  for (let t = 0; t < tt.trips.count; t++) contTrips.set(cont[t] ?? [], contStart[t]);
  // Per pattern, its trips (pattern-local positions) with a through-train continuation.
  const patContStart = new Int32Array(P + 1);
  const patContLocal: number[] = [];
  for (let q = 0; q < P; q++) {
    patContStart[q] = patContLocal.length;
    for (let j = p.patTripStart[q]; j < p.patTripStart[q + 1]; j++)
      if ((cont[p.patTrips[j]]?.length ?? 0) > 0) patContLocal.push(j - p.patTripStart[q]);
  }
  patContStart[P] = patContLocal.length;
  const contBlockStart = new Int32Array(contTrips.length + 1);
  const blockers: number[] = [];
  for (let t = 0; t < tt.trips.count; t++) {
    for (let e = contStart[t]; e < contStart[t + 1]; e++) {
      contBlockStart[e] = blockers.length;
      blockers.push(...(contBlockers[t]?.[e - contStart[t]] ?? []));
    }
  }
  contBlockStart[contTrips.length] = blockers.length;
  const contBlockTrips = Int32Array.from(blockers);
  return {
    ...buildLowerBoundGraph(nStops, p, fpStart, fpTo, fpDur, fpWalk, tripTransfers),
    ...tripTransfers,
    reverse,
    stopCount: nStops,
    ...p,
    patMinTime,
    patMaxTime,
    posMinDep,
    posMaxDep,
    stopPatStart,
    stopPatPattern,
    stopPatPos,
    fpStart,
    fpTo,
    fpDur,
    fpWalk,
    selfTransfer: rules.selfTransfer,
    tripPattern,
    tripLocal,
    contStart,
    contTrips,
    contBlockStart,
    contBlockTrips,
    patContStart,
    patContLocal: Int32Array.from(patContLocal),
  };
}

function prefix(count: Int32Array): Int32Array {
  const out = new Int32Array(count.length);
  for (let i = 1; i < count.length; i++) out[i] = out[i - 1] + count[i];
  return out;
}

/**
 * Through-train neighbours of every trip (block_id). Forward: the later trips of its block that start
 * where it ends (same stop or same parent station) no earlier than it arrives, nearest first, at most 8;
 * the query stays seated into the first one running that service day. Reverse: the earlier trips a
 * whose forward list holds b, latest first, each with its blockers: the trips before b in a's list.
 * If a blocker runs that day, a continues into it, not into b.
 */
function blockNeighbours(tt: Timetable): {
  next: number[][];
  prev: number[][];
  prevBlockers: number[][][];
} {
  const tr = tt.trips;
  const next: number[][] = [];
  const prev: number[][] = [];
  const prevBlockers: number[][][] = [];
  const byBlock = new Map<number, number[]>();
  for (let t = 0; t < tr.count; t++) {
    if (tr.block[t] < 0 || tr.stStart[t + 1] - tr.stStart[t] < 2) continue;
    const g = byBlock.get(tr.block[t]);
    if (g) g.push(t);
    else byBlock.set(tr.block[t], [t]);
  }
  const first = (t: number) => tr.stStart[t];
  const last = (t: number) => tr.stStart[t + 1] - 1;
  const station = (s: number) => (tt.stops.parent[s] >= 0 ? tt.stops.parent[s] : s);
  for (const trips of byBlock.values()) {
    if (trips.length < 2) continue;
    trips.sort((a, b) => tr.stDeparture[first(a)] - tr.stDeparture[first(b)]);
    for (const a of trips) {
      for (const b of trips) {
        if (a === b || station(tr.stStop[last(a)]) !== station(tr.stStop[first(b)])) continue;
        if (tr.stDeparture[first(b)] < tr.stArrival[last(a)]) continue;
        next[a] ??= [];
        if (next[a].length < 8) next[a].push(b);
      }
    }
    for (let i = trips.length - 1; i >= 0; i--) {
      const b = trips[i];
      for (let j = trips.length - 1; j >= 0; j--) {
        const a = trips[j];
        const at = next[a]?.indexOf(b) ?? -1;
        if (at < 0) continue;
        prev[b] ??= [];
        prevBlockers[b] ??= [];
        if (prev[b].length >= 8) continue;
        prev[b].push(a);
        prevBlockers[b].push(next[a].slice(0, at));
      }
    }
  }
  return { next, prev, prevBlockers };
}
