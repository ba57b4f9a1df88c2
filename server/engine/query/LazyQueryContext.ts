import type { CsaSearch } from '../csa/CsaSearch.ts';
import type { ActiveTrips } from '../raptor/ActiveTrips.ts';
import type { RaptorData } from '../raptor/buildRaptorData.ts';
import type { RaptorSearch } from '../raptor/RaptorSearch.ts';
import type { DayClock } from '../time/DayClock.ts';
import type { QueryContext } from './QueryContext.ts';

/** What a Router lends every query's context: built once per Router, so a query creates no closures. */
export interface ContextSource {
  data: RaptorData;
  forward: RaptorSearch;
  reverse: RaptorSearch;
  /** The forward or reverse clock of a query day (a DayNumber), kept by the Router. */
  clock: (day: number, reverse: boolean) => DayClock;
  /** Running trips of a service day (a DayNumber) in the forward and in the reverse index. */
  forwardDays: { get(day: number): ActiveTrips };
  reverseDays: { get(day: number): ActiveTrips };
  /** Unix seconds a trip's stop times count from on a service day (see QueryContext.noon). */
  noon: (trip: number, day: number) => number;
}

/**
 * A query's QueryContext whose reverse clock and running trips are built on first use (one-to-all by
 * connection scan needs none of them). One object per query, its methods shared: on Amtrak a
 * one-to-all query costs 6.5 µs besides its search, and the context built from closures and getters
 * was a fifth of that.
 */
export class LazyQueryContext implements QueryContext {
  csa?: { search: CsaSearch; maxConnections: number };
  private rc: DayClock | undefined;
  private fd: ActiveTrips[] | undefined;
  private rd: ActiveTrips[] | undefined;

  /** `day`: the query day (a DayNumber); `t0`: the query instant as forward search time (seconds). */
  constructor(
    private readonly source: ContextSource,
    private readonly day: number,
    readonly fclock: DayClock,
    readonly t0: number,
    readonly maxTrips: number,
    readonly minTransfer: number,
  ) {}

  get data(): RaptorData {
    return this.source.data;
  }

  get forward(): RaptorSearch {
    return this.source.forward;
  }

  get reverse(): RaptorSearch {
    return this.source.reverse;
  }

  get noon(): (trip: number, day: number) => number {
    return this.source.noon;
  }

  get rclock(): DayClock {
    this.rc ??= this.source.clock(this.day, true);
    return this.rc;
  }

  get fdays(): ActiveTrips[] {
    this.fd ??= daysOf(this.fclock, this.source.forwardDays);
    return this.fd;
  }

  get rdays(): ActiveTrips[] {
    this.rd ??= daysOf(this.rclock, this.source.reverseDays);
    return this.rd;
  }
}

/** The running trips of each day index of a clock. */
function daysOf(clock: DayClock, days: { get(day: number): ActiveTrips }): ActiveTrips[] {
  const out: ActiveTrips[] = [];
  for (let i = 0; i < clock.dayCount; i++) out.push(days.get(clock.dayOf[i]));
  return out;
}
