/**
 * The engine-owned, direction-specific view of a timetable that one RAPTOR search scans. Built once
 * per Timetable by `buildRaptorData` (a forward and a mirrored reverse copy), then read-only.
 *
 * All arrays are flat typed arrays (CSR where a list per item is needed). Times are integer seconds
 * relative to the trip's service day ("noon minus 12 h" in the agency's zone); in the reverse index
 * they are negated so that "later" is always "worse" for the search kernel.
 */
export interface RaptorIndex {
  /** true for the mirrored index used by arrive-by and latest-departure searches. */
  reverse: boolean;
  stopCount: number;
  patternCount: number;
  /** Stops of pattern p: patStops[patStopStart[p] .. patStopStart[p+1]), in travel order. */
  patStopStart: Int32Array;
  patStops: Int32Array;
  /** Per pattern stop: bit 1 = may board (pickup_type != 1), bit 2 = may alight (drop_off_type != 1). */
  patFlags: Uint8Array;
  /** Trips of pattern p: patTrips[patTripStart[p] .. patTripStart[p+1]), sorted by departure, FIFO. */
  patTripStart: Int32Array;
  /** Global TripIdx of each pattern trip. */
  patTrips: Int32Array;
  /** ServiceIdx of each pattern trip (aligned with patTrips). */
  patService: Int32Array;
  /** Index into `RaptorData.zones` (the agency's zone: what a stop time is counted in). */
  patZone: Int32Array;
  /**
   * Times of pattern p, trip j (0-based inside the pattern), stop position i:
   * tArr/tDep[patTimeStart[p] + j * stopsOfP + i]; seconds (negated in the reverse index).
   */
  patTimeStart: Int32Array;
  tArr: Int32Array;
  tDep: Int32Array;
  /** Smallest and largest time of any trip of the pattern: lets the trip search skip whole service days. */
  patMinTime: Int32Array;
  patMaxTime: Int32Array;
  /**
   * Per pattern stop (aligned with patStops): smallest and largest departure (seconds, search
   * direction) of any trip of the pattern there; tighter than patMinTime/patMaxTime for the trip search.
   */
  posMinDep: Int32Array;
  posMaxDep: Int32Array;
  /** Patterns through stop s: (stopPatPattern, stopPatPos)[stopPatStart[s] .. stopPatStart[s+1]). */
  stopPatStart: Int32Array;
  stopPatPattern: Int32Array;
  stopPatPos: Int32Array;
  /**
   * Footpaths leaving stop s (in search direction): fpTo/fpDur[fpStart[s] .. fpStart[s+1]).
   * fpDur in seconds; -1 means "the query's minTransferSeconds, or fpWalk when longer" (platforms of one
   * station, transfers.txt rows without a time: fpWalk 0; walks generated between nearby stops:
   * fpWalk their estimated walking seconds).
   */
  fpStart: Int32Array;
  fpTo: Int32Array;
  fpDur: Int32Array;
  fpWalk: Int32Array;
  /** Transfer time at the same stop: -1 = the query's minTransferSeconds, -2 = forbidden, else seconds. */
  selfTransfer: Int32Array;
  /** Pattern and position inside the pattern's trips of every TripIdx (-1 for trips with < 2 stops). */
  tripPattern: Int32Array;
  tripLocal: Int32Array;
  /**
   * Through-train continuations (block_id): trips one may stay seated into at the end of trip t, in
   * preference order: contTrips[contStart[t] .. contStart[t+1]). Forward: the next trips of the
   * block; reverse: the previous ones. Used only when running on the same service day.
   */
  contStart: Int32Array;
  contTrips: Int32Array;
  /**
   * Per continuation entry e (index into contTrips): trips that, when running that day, mean the
   * vehicle goes on as one of them rather than as contTrips[e] (contBlockTrips[contBlockStart[e] ..
   * contBlockStart[e+1])). Reverse index only: trip a stays seated into b only if b is a's first
   * running successor. Empty in the forward index.
   */
  contBlockStart: Int32Array;
  contBlockTrips: Int32Array;
  /**
   * Trips of pattern p with a through-train continuation, as pattern-local positions:
   * patContLocal[patContStart[p] .. patContStart[p+1]). Most patterns have none.
   */
  patContStart: Int32Array;
  patContLocal: Int32Array;
  /**
   * A time-independent graph for lower bounds on the remaining travel time: the edges u -> v (search
   * direction) arriving at stop v are (lbFrom, lbWeight)[lbStart[v] .. lbStart[v+1]), weight = the
   * least time any trip takes from u to the next stop v (seconds), 0 for footpaths of default length.
   */
  lbStart: Int32Array;
  lbFrom: Int32Array;
  lbWeight: Int32Array;
  /**
   * The same bounds for every single target, precomputed on small feeds (stopCount <= LB_TABLE_MAX_STOPS):
   * lbTable[t * stopCount + s] = bound from s to target t (seconds). Empty on larger feeds, where each
   * query runs its own Dijkstra instead.
   */
  lbTable: Int32Array;
  /**
   * Trip-to-trip transfers (transfers.txt rows with both trip ids): leaving trip t at spAtStop, one may
   * board trip spToTrip at spToStop spTime seconds later, whatever the stop rules say:
   * (spAtStop, spToTrip, spToStop, spTime)[spStart[t] .. spStart[t+1]). Reverse index: mirrored.
   */
  spStart: Int32Array;
  spAtStop: Int32Array;
  spToTrip: Int32Array;
  spToStop: Int32Array;
  spTime: Int32Array;
}

/** Bit in `RaptorIndex.patFlags`: boarding allowed at this pattern stop (in search direction). */
export const CAN_BOARD = 1;
/** Bit in `RaptorIndex.patFlags`: alighting allowed at this pattern stop (in search direction). */
export const CAN_ALIGHT = 2;

/**
 * Whether the index has no through trains (block_id continuations) and no trip-to-trip transfers: what
 * the connection scan and the tightening searches' FirstSearchBound need.
 */
export function hasNoTripLinks(idx: RaptorIndex): boolean {
  return idx.contStart[idx.contStart.length - 1] === 0 && idx.spStart[idx.spStart.length - 1] === 0;
}
