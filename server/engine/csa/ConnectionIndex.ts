import type { RaptorIndex } from '../raptor/RaptorIndex.ts';

/**
 * Every elementary connection (one trip's hop from one stop to the next) of a forward RaptorIndex, as
 * struct-of-arrays sorted by departure: what the connection scan (`CsaSearch`) walks. Times are seconds
 * of the trip's service day (like `RaptorIndex.tDep`); equal departures keep each trip's stop order.
 */
export interface ConnectionIndex {
  count: number;
  /** Departure from `from` and arrival at `to`, service-day seconds. */
  dep: Int32Array;
  arr: Int32Array;
  from: Int32Array;
  to: Int32Array;
  /** Pattern-trip index (into RaptorIndex.patTrips / patService) of the connection's trip. */
  trip: Int32Array;
  /** Zone slot (RaptorIndex.patZone) and service (RaptorIndex.patService) of the connection's trip. */
  zone: Int32Array;
  service: Int32Array;
  /** Bit 1: boarding allowed at `from`; bit 2: alighting allowed at `to` (RaptorIndex.patFlags). */
  flags: Uint8Array;
  /** Number of pattern trips (upper bound of `trip`). */
  tripCount: number;
  /** Stops of the index: in the running lists, the stop number meaning "boarding (or alighting) not allowed here". */
  stopCount: number;
  /** Earliest and latest departure of any connection, service-day seconds (0 when there is none). */
  minDep: number;
  maxDep: number;
}

/** Builds the connections of a forward index; a stable counting sort on departure, O(connections + time range). */
export function buildConnectionIndex(idx: RaptorIndex): ConnectionIndex {
  if (idx.reverse) throw new Error('buildConnectionIndex needs the forward index');
  let count = 0;
  let minDep = Number.POSITIVE_INFINITY;
  let maxDep = Number.NEGATIVE_INFINITY;
  for (let q = 0; q < idx.patternCount; q++) {
    const len = idx.patStopStart[q + 1] - idx.patStopStart[q];
    const trips = idx.patTripStart[q + 1] - idx.patTripStart[q];
    if (len < 2 || trips === 0) continue;
    count += (len - 1) * trips;
    minDep = Math.min(minDep, idx.posMinDep[idx.patStopStart[q]]);
    for (let i = 0; i < len - 1; i++) maxDep = Math.max(maxDep, idx.posMaxDep[idx.patStopStart[q] + i]);
  }
  const out: ConnectionIndex = {
    count,
    dep: new Int32Array(count),
    arr: new Int32Array(count),
    from: new Int32Array(count),
    to: new Int32Array(count),
    trip: new Int32Array(count),
    zone: new Int32Array(count),
    service: new Int32Array(count),
    flags: new Uint8Array(count),
    tripCount: idx.patTrips.length,
    stopCount: idx.stopCount,
    minDep: count === 0 ? 0 : minDep,
    maxDep: count === 0 ? 0 : maxDep,
  };
  if (count === 0) return out;
  // Departure times may be negative only in theory (GTFS allows none); the range is what the feed uses.
  const buckets = new Int32Array(maxDep - minDep + 2);
  for (let q = 0; q < idx.patternCount; q++) {
    const ps = idx.patStopStart[q];
    const len = idx.patStopStart[q + 1] - ps;
    const ts = idx.patTimeStart[q];
    const trips = idx.patTripStart[q + 1] - idx.patTripStart[q];
    for (let j = 0; j < trips; j++)
      for (let i = 0; i + 1 < len; i++) buckets[idx.tDep[ts + j * len + i] - minDep + 1]++;
  }
  for (let b = 1; b < buckets.length; b++) buckets[b] += buckets[b - 1];
  // Trips in order and each trip's hops in stop order: the sort is stable, so a trip's equal-time hops
  // stay in travel order.
  for (let q = 0; q < idx.patternCount; q++) {
    const ps = idx.patStopStart[q];
    const len = idx.patStopStart[q + 1] - ps;
    const ts = idx.patTimeStart[q];
    const g0 = idx.patTripStart[q];
    const trips = idx.patTripStart[q + 1] - g0;
    for (let j = 0; j < trips; j++) {
      const row = ts + j * len;
      for (let i = 0; i + 1 < len; i++) {
        const c = buckets[idx.tDep[row + i] - minDep]++;
        out.dep[c] = idx.tDep[row + i];
        out.arr[c] = idx.tArr[row + i + 1];
        out.from[c] = idx.patStops[ps + i];
        out.to[c] = idx.patStops[ps + i + 1];
        out.trip[c] = g0 + j;
        out.zone[c] = idx.patZone[q];
        out.service[c] = idx.patService[g0 + j];
        out.flags[c] = (idx.patFlags[ps + i] & 1) | (idx.patFlags[ps + i + 1] & 2);
      }
    }
  }
  return out;
}
