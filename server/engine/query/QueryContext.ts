import type { CsaSearch } from '../csa/CsaSearch.ts';
import type { ActiveTrips } from '../raptor/ActiveTrips.ts';
import type { RaptorData } from '../raptor/buildRaptorData.ts';
import type { RaptorSearch } from '../raptor/RaptorSearch.ts';
import type { DayClock } from '../time/DayClock.ts';

/**
 * What a query function needs: the timetable's RAPTOR data, the two reusable searches (forward and
 * reverse, owned by a Router, so one query at a time), the query's clocks and running trips. `t0` is the query
 * instant as forward search time; `noon(trip, day)` the Unix seconds a trip's stop times count from.
 */
export interface QueryContext {
  data: RaptorData;
  forward: RaptorSearch;
  reverse: RaptorSearch;
  fclock: DayClock;
  rclock: DayClock;
  /** Running trips per day index of fclock (forward index) and of rclock (reverse index). */
  fdays: ActiveTrips[];
  rdays: ActiveTrips[];
  t0: number;
  maxTrips: number;
  minTransfer: number;
  noon: (trip: number, day: number) => number;
  /**
   * The connection scan for one-to-all, with the most connections it may scan before RAPTOR is the
   * cheaper search; absent where the timetable needs RAPTOR (through trains, trip-to-trip transfers).
   */
  csa?: { search: CsaSearch; maxConnections: number };
}
