import type { StopIdx } from '../../timetable/Timetable.ts';
import type { Journey } from '../journey/Journey.ts';

/**
 * A journey query. `from`/`to` are stop indexes (a station stands for all its platforms; see
 * `resolveStopOrStation`). `date` is 'YYYY-MM-DD' and `time` seconds after local midnight as read on
 * the clock: in the origin's zone for depart-after and range queries, in the destination's zone for
 * arrive-by.
 */
export interface JourneyQuery {
  from: StopIdx[];
  to: StopIdx[];
  date: string;
  time: number;
  /** Latest departures arriving at or before `time` instead of earliest arrivals. */
  arriveBy?: boolean;
  /** > 0: a range query (rRAPTOR) over departures in [time, time + windowSeconds]. Seconds. */
  windowSeconds?: number;
  /** Default 5. */
  maxTransfers?: number;
  /** Transfer time at one stop or between platforms of one station, seconds. Default 300. */
  minTransferSeconds?: number;
  /**
   * At least this many journeys where the next 24 h have them, in departure order, as a page with
   * cursors (Router.page; like OpenTripPlanner's numItineraries). Default: the one-way answer alone.
   */
  count?: number;
  /** The page a cursor names (JourneyPage.earlier/later) instead of `date`/`time`/`arriveBy`. */
  cursor?: PageCursor;
}

/**
 * Where a page of journeys starts: `after` departures at or after `at`, `before` departures before
 * it, `arriveBy` arrivals at or before it (Unix seconds).
 */
export interface PageCursor {
  kind: 'after' | 'before' | 'arriveBy';
  at: number;
}

/** A page of journeys in departure order and the cursors of the pages before and after it. */
export interface JourneyPage {
  journeys: Journey[];
  earlier: PageCursor;
  later: PageCursor;
}

/** One-to-all query: earliest arrival at every stop from `from`, leaving at `date` `time` (origin's zone). */
export interface OneToAllQuery {
  from: StopIdx[];
  date: string;
  time: number;
  maxTransfers?: number;
  minTransferSeconds?: number;
  /**
   * Only arrivals at most this many seconds after the query time (an isochrone's cutoff, like
   * OpenTripPlanner's `cutoff` or MOTIS's `maxTravelTime`); stops reached later count as unreachable.
   * Default: none (journeys may take up to a week).
   */
  maxTravelSeconds?: number;
}

/**
 * One-to-all result, indexed by StopIdx: `arrival` in Unix seconds (NaN when unreachable; the departure
 * time at the origin stops; a station gets its earliest platform), `transfers` the fewest transfers
 * reaching that arrival (-1 when unreachable).
 */
export interface OneToAllResult {
  departure: number;
  arrival: Float64Array;
  transfers: Int8Array;
}

/**
 * A multi-destination profile query: from `from`, every journey departing in [time, time +
 * windowSeconds] (origin's clock) to each of `targets` (each a list of stops; a station stands for
 * its platforms) that no other departure in the window beats (later departure, earlier arrival, fewer
 * transfers): the range query's answer for many destinations in one pass (the planners' comparison).
 */
export interface ProfileQuery {
  from: StopIdx[];
  targets: StopIdx[][];
  date: string;
  time: number;
  /** Seconds of departures after `time` (e.g. 86 399 for a whole service day from 00:00). */
  windowSeconds: number;
  maxTransfers?: number;
  minTransferSeconds?: number;
  /** Only arrivals at most this many seconds after `time`. Default: none (up to a week). */
  maxTravelSeconds?: number;
}

/** One journey of a profile: Unix seconds, and its transfers. */
export interface ProfileJourney {
  departure: number;
  arrival: number;
  transfers: number;
}

/** Defaults of the optional query fields. */
export const QUERY_DEFAULTS = { maxTransfers: 5, minTransferSeconds: 300 } as const;
