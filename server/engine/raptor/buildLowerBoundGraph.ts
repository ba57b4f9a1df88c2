import type { Patterns } from './buildPatterns.ts';
import type { TripTransfers } from './buildTripTransfers.ts';
import { dijkstraBounds } from './lowerBounds.ts';

/** The lower-bound graph of a RaptorIndex (see `RaptorIndex.lbStart`), incoming edges per stop. */
export interface LowerBoundGraph {
  lbStart: Int32Array;
  lbFrom: Int32Array;
  lbWeight: Int32Array;
  lbTable: Int32Array;
}

/**
 * Feeds with at most this many stops get the bounds to every single target precomputed
 * (`RaptorIndex.lbTable`, stopCount² Int32 per direction: 4 MiB each at this size). There the per-query
 * Dijkstra was 14–20% of a depart-after query (Amtrak, ZSSK; BENCHMARKS.md); on larger feeds the scan
 * dominates and the table would grow quadratically.
 */
export const LB_TABLE_MAX_STOPS = 1024;

/**
 * Builds the lower-bound graph from the patterns (one edge per consecutive pair of pattern stops, the
 * smallest ride time of any trip, never negative), the footpaths (their duration; their walk when it
 * is the query's minimum transfer time or the walk, whichever is longer: the former is unknown here) and the stop changes of trip-to-trip transfers (their
 * time). Parallel edges are merged to the smallest weight.
 */
export function buildLowerBoundGraph(
  stopCount: number,
  p: Patterns,
  fpStart: Int32Array,
  fpTo: Int32Array,
  fpDur: Int32Array,
  fpWalk: Int32Array,
  sp: Pick<TripTransfers, 'spAtStop' | 'spToStop' | 'spTime'>,
): LowerBoundGraph {
  const best = new Map<number, number>();
  const add = (u: number, v: number, w: number) => {
    if (u === v) return;
    const key = u * stopCount + v;
    const old = best.get(key);
    if (old === undefined || w < old) best.set(key, w);
  };
  for (let q = 0; q < p.patternCount; q++) {
    const ps = p.patStopStart[q];
    const len = p.patStopStart[q + 1] - ps;
    const m = p.patTripStart[q + 1] - p.patTripStart[q];
    const ts = p.patTimeStart[q];
    for (let i = 0; i + 1 < len; i++) {
      let w = 0x7fffffff;
      for (let j = 0; j < m; j++) w = Math.min(w, p.tArr[ts + j * len + i + 1] - p.tDep[ts + j * len + i]);
      add(p.patStops[ps + i], p.patStops[ps + i + 1], Math.max(0, w));
    }
  }
  for (let u = 0; u < stopCount; u++) {
    for (let e = fpStart[u]; e < fpStart[u + 1]; e++) add(u, fpTo[e], fpDur[e] < 0 ? fpWalk[e] : fpDur[e]);
  }
  // Without these a journey whose only way on is a trip-to-trip transfer to another stop looked
  // unreachable, and the target pruning dropped it.
  for (let e = 0; e < sp.spAtStop.length; e++) add(sp.spAtStop[e], sp.spToStop[e], Math.max(0, sp.spTime[e]));
  const lbStart = new Int32Array(stopCount + 1);
  for (const key of best.keys()) lbStart[(key % stopCount) + 1]++;
  for (let v = 0; v < stopCount; v++) lbStart[v + 1] += lbStart[v];
  const fill = lbStart.slice(0, stopCount);
  const lbFrom = new Int32Array(best.size);
  const lbWeight = new Int32Array(best.size);
  for (const [key, w] of best) {
    const v = key % stopCount;
    const k = fill[v]++;
    lbFrom[k] = Math.floor(key / stopCount);
    lbWeight[k] = w;
  }
  const graph = { lbStart, lbFrom, lbWeight, lbTable: new Int32Array(0) };
  if (stopCount > 0 && stopCount <= LB_TABLE_MAX_STOPS) {
    const table = new Int32Array(stopCount * stopCount);
    const out = new Int32Array(stopCount);
    const heap = new Int32Array(stopCount);
    const pos = new Int32Array(stopCount);
    for (let t = 0; t < stopCount; t++) {
      dijkstraBounds(graph, [t], out, heap, pos);
      table.set(out, t * stopCount);
    }
    graph.lbTable = table;
  }
  return graph;
}
