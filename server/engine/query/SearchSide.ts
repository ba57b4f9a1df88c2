import type { ActiveTrips } from '../raptor/ActiveTrips.ts';
import type { RaptorSearch } from '../raptor/RaptorSearch.ts';
import type { DayClock } from '../time/DayClock.ts';
import type { QueryContext } from './QueryContext.ts';

/** One direction of a query: its search, clock and the running trips of the clock's days. */
export interface SearchSide {
  search: RaptorSearch;
  clock: DayClock;
  days: ActiveTrips[];
}

/**
 * The two directions of a query in the order a one-way query uses them: depart-after searches forward
 * first and tightens in reverse, arrive-by the other way round. `time` is the query instant in the
 * first side's search time (negated in reverse).
 */
export function searchSides(
  ctx: QueryContext,
  arriveBy: boolean,
): { first: SearchSide; second: SearchSide; time: number } {
  const forward = { search: ctx.forward, clock: ctx.fclock, days: ctx.fdays };
  if (!arriveBy) return { first: forward, second: reverse(ctx), time: ctx.t0 };
  return { first: reverse(ctx), second: forward, time: -ctx.t0 };
}

function reverse(ctx: QueryContext): SearchSide {
  return { search: ctx.reverse, clock: ctx.rclock, days: ctx.rdays };
}
