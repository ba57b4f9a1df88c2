import { expandStops } from '../timetable/expandStops.ts';
import { type ServiceDayTimes, serviceDayTimes } from '../timetable/ServiceDayTimes.ts';
import type { Timetable } from '../timetable/Timetable.ts';
import { dayNumber } from '../timetable/time/dayNumber.ts';
import { localToUnix } from '../timetable/time/localToUnix.ts';
import { buildConnectionIndex } from './csa/ConnectionIndex.ts';
import { CSA_CONNECTIONS_PER_PATTERN_STOP, CsaSearch } from './csa/CsaSearch.ts';
import { RunningConnections } from './csa/RunningConnections.ts';
import type { Journey } from './journey/Journey.ts';
import {
  type JourneyPage,
  type JourneyQuery,
  type OneToAllQuery,
  type OneToAllResult,
  type ProfileJourney,
  type ProfileQuery,
  QUERY_DEFAULTS,
} from './query/JourneyQuery.ts';
import { type ContextSource, LazyQueryContext } from './query/LazyQueryContext.ts';
import { oneToAll } from './query/oneToAll.ts';
import { oneWayQuery } from './query/oneWayQuery.ts';
import { pageAfter, pageArriveBy, pageAt } from './query/pageQuery.ts';
import { profileQuery } from './query/profileQuery.ts';
import type { QueryContext } from './query/QueryContext.ts';
import { type QueryEnd, queryEnd } from './query/QueryEnd.ts';
import { rangeQuery } from './query/rangeQuery.ts';
import { ActiveTripsCache } from './raptor/ActiveTripsCache.ts';
import { buildRaptorData, type RaptorData } from './raptor/buildRaptorData.ts';
import { INF } from './raptor/Labels.ts';
import { RaptorSearch } from './raptor/RaptorSearch.ts';
import { type DayClock, makeDayClock } from './time/DayClock.ts';

/**
 * The engine's entry point for one timetable: builds the RAPTOR data once and answers queries,
 * reusing its search state (so one query at a time per Router; create one per worker).
 * `maxTransfersLimit` (default 8) caps `maxTransfers` of any query and sizes the state. `oneToAll`
 * picks one-to-all's search: 'auto' (default) scans connections where a cutoff (`maxTravelSeconds`)
 * keeps that cheaper than RAPTOR (see CSA_CONNECTIONS_PER_PATTERN_STOP), 'csa' always where the timetable allows it,
 * 'raptor' never; all three give the same answer (tests and benchmarks compare them).
 */
export class Router {
  readonly data: RaptorData;
  private readonly forward: RaptorSearch;
  private readonly reverse: RaptorSearch;
  private readonly limit: number;
  /** The timetable's service-day rule (agency zone, noon minus 12 h), shared with every other caller. */
  private readonly days: ServiceDayTimes;
  /** Forward and reverse clocks by query day (DayNumber); they are never written to. */
  private readonly forwardClocks = new Map<number, DayClock>();
  private readonly reverseClocks = new Map<number, DayClock>();
  private readonly forwardDays: ActiveTripsCache;
  private readonly reverseDays: ActiveTripsCache;
  /** The connection scan for one-to-all: built on first use; null where the timetable needs RAPTOR. */
  private csa: CsaSearch | null | undefined;

  private readonly oneToAllSearch: 'auto' | 'csa' | 'raptor';
  /** What each query's context reads (see LazyQueryContext). */
  private readonly source: ContextSource;

  constructor(
    timetable: Timetable | RaptorData,
    options: { maxTransfersLimit?: number; oneToAll?: 'auto' | 'csa' | 'raptor' } = {},
  ) {
    this.data = 'forward' in timetable ? timetable : buildRaptorData(timetable);
    this.limit = options.maxTransfersLimit ?? 8;
    this.oneToAllSearch = options.oneToAll ?? 'auto';
    this.days = serviceDayTimes(this.data.timetable);
    const services = this.data.timetable.services;
    this.forward = new RaptorSearch(this.data.forward, services, this.limit + 1);
    this.reverse = new RaptorSearch(this.data.reverse, services, this.limit + 1);
    this.forwardDays = new ActiveTripsCache(this.data.forward, services);
    this.reverseDays = new ActiveTripsCache(this.data.reverse, services);
    this.source = {
      data: this.data,
      forward: this.forward,
      reverse: this.reverse,
      clock: (day, reverse) => this.clock(day, reverse),
      forwardDays: this.forwardDays,
      reverseDays: this.reverseDays,
      noon: (trip, day) => this.days.noon(this.data.zoneOfTrip[trip], day),
    };
  }

  /**
   * Depart-after, arrive-by or range, as the query says (see JourneyQuery), with the walks at both ends
   * (QueryEnd). Depart-after returns its answers per number of transfers ordered by transfers (fewest
   * first), arrive-by by departure, then the journeys past the 24 h (OneWayResult.beyond); range orders
   * by departure. With `count` or `cursor`: the journeys of `page`.
   */
  plan(q: JourneyQuery): Journey[] {
    if (q.count !== undefined || q.cursor) return this.page(q).journeys;
    const ends = this.ends(q);
    if (!ends) return [];
    const { origin, destination } = ends;
    const zoneStop = q.arriveBy ? destination.stops[0] : origin.stops[0];
    const ctx = this.context(q.date, q.time, zoneStop, q.maxTransfers, q.minTransferSeconds);
    if (q.windowSeconds && q.windowSeconds > 0) return rangeQuery(ctx, origin, destination, q.windowSeconds);
    return oneWayQuery(ctx, q.arriveBy === true, origin, destination);
  }

  /**
   * A page of journeys in departure order, at least `q.count` (default 1) where the next 24 h have
   * them, and the cursors of the pages before and after it (see pageQuery.ts): from `q.cursor` when
   * given, else depart-after, arrive-by or the range the query asks for.
   */
  page(q: JourneyQuery): JourneyPage {
    const count = Math.max(1, q.count ?? 1);
    const ends = this.ends(q);
    const zoneStop = ends ? (q.arriveBy ? ends.destination.stops[0] : ends.origin.stops[0]) : 0;
    const ctx = this.context(q.date, q.time, zoneStop, q.maxTransfers, q.minTransferSeconds);
    const at = q.cursor?.at ?? ctx.fclock.base + ctx.t0;
    if (!ends) return { journeys: [], earlier: { kind: 'before', at }, later: { kind: 'after', at } };
    const { origin, destination } = ends;
    const contextAt = (unix: number) => this.contextAt(unix, ctx.maxTrips - 1, ctx.minTransfer);
    if (q.cursor) return pageAt(contextAt, origin, destination, q.cursor, count);
    if (q.windowSeconds && q.windowSeconds > 0) {
      const window = q.windowSeconds;
      return {
        journeys: rangeQuery(ctx, origin, destination, window),
        earlier: { kind: 'before', at },
        later: { kind: 'after', at: at + window + 1 },
      };
    }
    if (q.arriveBy) return pageArriveBy(contextAt, origin, destination, at, count);
    return pageAfter(contextAt, origin, destination, at, count);
  }

  /**
   * The query's two ends (QueryEnd), or null when one is empty or both are the same place (a station
   * and one of its platforms count as the same place).
   */
  private ends(q: JourneyQuery): { origin: QueryEnd; destination: QueryEnd } | null {
    const minTransfer = q.minTransferSeconds ?? QUERY_DEFAULTS.minTransferSeconds;
    const origin = queryEnd(this.data, q.from, 'origin', minTransfer);
    const destination = queryEnd(this.data, q.to, 'destination', minTransfer);
    if (origin.stops.length === 0 || destination.stops.length === 0) return null;
    const own = new Set<number>(origin.stations);
    if (destination.stations.some((s) => own.has(s))) return null;
    return { origin, destination };
  }

  /** Earliest arrival at every stop (see OneToAllResult). */
  oneToAll(q: OneToAllQuery): OneToAllResult {
    const from = expandStops(this.data.timetable, q.from);
    const ctx = this.context(q.date, q.time, from[0] ?? 0, q.maxTransfers, q.minTransferSeconds);
    // Without a cutoff the window is a week: RAPTOR's, unless the scan is asked for.
    const scan =
      this.oneToAllSearch === 'csa' || (this.oneToAllSearch === 'auto' && q.maxTravelSeconds !== undefined);
    const search = scan ? this.connectionScan() : null;
    if (search) {
      const perPatternStop =
        this.oneToAllSearch === 'csa' ? Number.POSITIVE_INFINITY : CSA_CONNECTIONS_PER_PATTERN_STOP;
      ctx.csa = { search, maxConnections: perPatternStop * this.data.forward.patStops.length };
    }
    return oneToAll(ctx, from, q.maxTravelSeconds);
  }

  /**
   * Journeys from one origin to each of many destinations over a departure window (see ProfileQuery),
   * lists aligned with `q.targets`, each in departure order.
   */
  profile(q: ProfileQuery): ProfileJourney[][] {
    const tt = this.data.timetable;
    const minTransfer = q.minTransferSeconds ?? QUERY_DEFAULTS.minTransferSeconds;
    const origin = queryEnd(this.data, q.from, 'origin', minTransfer);
    const targets = q.targets.map((t) => expandStops(tt, t));
    const ctx = this.context(q.date, q.time, origin.stops[0] ?? 0, q.maxTransfers, q.minTransferSeconds);
    const bound = q.maxTravelSeconds === undefined ? INF : Math.min(INF, ctx.t0 + q.maxTravelSeconds + 1);
    return profileQuery(ctx, origin, targets, q.windowSeconds, bound);
  }

  /**
   * One-to-all's connection scan (built on first use), or null when the timetable needs RAPTOR (through
   * trains, trip-to-trip transfers). Benchmarks read its `lastWindow`.
   */
  connectionScan(): CsaSearch | null {
    if (this.csa === undefined) {
      const idx = this.data.forward;
      if (CsaSearch.supports(idx)) {
        const cx = buildConnectionIndex(idx);
        const running = new RunningConnections(cx, this.data.timetable.services, this.data.zones.length);
        this.csa = new CsaSearch(idx, running, this.limit + 1);
      } else this.csa = null;
    }
    return this.csa;
  }

  /** A query context at Unix second `unix` (its UTC day is the query day). */
  private contextAt(unix: number, maxTransfers: number, minTransfer: number): QueryContext {
    const qd = Math.floor(unix / 86_400);
    return new LazyQueryContext(
      this.source,
      qd,
      this.clock(qd, false),
      unix - qd * 86_400,
      Math.min(maxTransfers, this.limit) + 1,
      minTransfer,
    );
  }

  private context(
    date: string,
    time: number,
    zoneStop: number,
    maxTransfers: number | undefined,
    minTransfer: number | undefined,
  ): QueryContext {
    const tt = this.data.timetable;
    const qd = dayNumber(date);
    const zone = tt.timezones[tt.stops.timezone[zoneStop]] ?? this.data.zones[0];
    const t0 = localToUnix(date, time, zone) - qd * 86_400;
    return new LazyQueryContext(
      this.source,
      qd,
      this.clock(qd, false),
      t0,
      Math.min(maxTransfers ?? QUERY_DEFAULTS.maxTransfers, this.limit) + 1,
      minTransfer ?? QUERY_DEFAULTS.minTransferSeconds,
    );
  }

  /**
   * The forward or reverse clock of query day qd (a DayNumber; search time 0 is its UTC midnight),
   * kept per day so that the connection scan finds its windows and the searches the patterns' running
   * days (both per clock).
   */
  private clock(qd: number, reverse: boolean): DayClock {
    const clocks = reverse ? this.reverseClocks : this.forwardClocks;
    let clock = clocks.get(qd);
    if (clock === undefined) {
      // (Capped so that day indexes stay far below findTrip's FOUND_DAYS.)
      const back = Math.min(100, Math.ceil(this.data.maxTime / 86_400));
      // Service days whose trips may be used: trips of `back` days ago still running, and connections
      // up to a week after the first departure (weekly trains); 24 h of first departures within that.
      const first = qd - back - 8;
      const count = 2 * back + 18;
      const noon = (z: number, d: number) => this.days.noon(z, d);
      const { services } = this.data.timetable;
      clock = makeDayClock(services, this.data.zones.length, first, count, qd * 86_400, reverse, noon);
      if (clocks.size >= 1024) clocks.clear();
      clocks.set(qd, clock);
    }
    return clock;
  }
}
