/** Parameters of one search run. Times are search times (see DayClock). */
export interface RunParams {
  sources: ArrayLike<number>;
  /** When each source may be left (aligned with `sources`: an access walk's end); default `time`. */
  sourceTimes?: ArrayLike<number>;
  time: number;
  /**
   * Trips boarded in round 1 must depart (in search direction) no later than this; at a source with
   * its own time (`sourceTimes`) that much later than `time`, that much later.
   */
  firstBoardLimit: number;
  minTransfer: number;
  /** For a tightening search: what the search whose journey it tightens found (FirstSearchBound). */
  firstSearch?: FirstSearchBound;
}

/**
 * What a tightening search learns from the search whose journey it tightens (depart-after: the forward
 * search, tightened by a reverse one for the latest departure; arrive-by: the reverse search, tightened
 * by a forward one for the earliest arrival). The tightening search starts at the journey's far end
 * and works towards the first search's sources, which are its targets: a label at stop s with k trips
 * is of use only if the first search reaches s in time with at most trips - k trips. The first
 * search's `readyBest` says when it does at the earliest (in its search time, the negation of this
 * one's), exactly for such ways: it pruned only against target arrivals with fewer trips than the
 * journey's, all worse than the journey's, which a way that still makes the journey never reaches. It
 * covers only ways whose first trip leaves within its `firstBoardLimit`; a way leaving later reaches s
 * no earlier than that plus the lower bound between s and the sources, so the bound is the smaller of
 * the two. Only for indexes without through trains and trip-to-trip transfers.
 */
export interface FirstSearchBound {
  /** The first search's `readyBest` (its own array, read after its run) and its run's parameters. */
  readyBest: Int32Array;
  trips: number;
  firstBoardLimit: number;
}

/**
 * What a query's ends add to the plain search (RaptorSearch.reset). Times in the search's direction.
 * - `targetOffsets`: per target (aligned with the targets), the time from it to the query's end (an
 *   egress walk); a target label counts as reaching the end that much later.
 * - `noReboard`: stops where no trip may be boarded after the first (in real time, in both
 *   directions: forward no label to board there after a trip, reverse nothing before boarding there),
 *   see noReboardOf: a way back to where a journey began is always beaten by waiting there.
 */
export interface SearchEnds {
  targetOffsets?: ArrayLike<number>;
  noReboard?: ArrayLike<number>;
}
