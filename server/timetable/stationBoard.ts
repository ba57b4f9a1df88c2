import { expandStops } from './expandStops.ts';
import { runsOn } from './runsOn.ts';
import { serviceDayTimes } from './ServiceDayTimes.ts';
import type { StopCallIndex } from './stopCallIndex.ts';
import type { StopIdx, Timetable, TripIdx } from './Timetable.ts';

/** Departures (trains leaving) or arrivals (trains arriving). */
export type BoardKind = 'departures' | 'arrivals';

/** One call of a board: trip `trip` calls at stop-time row `row` at instant `at` (Unix s). */
export interface BoardCall {
  trip: TripIdx;
  row: number;
  /** Unix seconds: departure (departures board) or arrival (arrivals board). */
  at: number;
  /** Service day (days since 1970-01-01) the trip instance counts from. */
  serviceDay: number;
}

/** What a board asks for. */
export interface BoardRequest {
  /** A stop or a station (a station means its platforms, like a journey's ends), or several. */
  stop: StopIdx | readonly StopIdx[];
  kind: BoardKind;
  /** Unix seconds: the board covers [from, to). */
  from: number;
  to: number;
  /** The most calls returned, the earliest first. */
  limit: number;
}

/** How many service days before a board's first day a trip may have started (times past 48:00 are rare). */
const DAYS_BACK = 2;

/**
 * The station board: the trips calling at a stop or station's platforms within [from, to), in time
 * order (ties by trip), at most `limit`. Trips of earlier service days still running (times past
 * 24:00) are included. A departures board leaves out calls where pickup is not allowed and each trip's
 * last call; an arrivals board calls where drop-off is not allowed and each trip's first call.
 * `calls` is the feed's index of stop times by stop.
 */
export function stationBoard(tt: Timetable, calls: StopCallIndex, q: BoardRequest): BoardCall[] {
  const { trips, services } = tt;
  const days = serviceDayTimes(tt);
  const firstDay = Math.floor(q.from / 86400) - DAYS_BACK;
  const lastDay = Math.floor(q.to / 86400) + 1;
  const found: BoardCall[] = [];
  for (const s of expandStops(tt, typeof q.stop === 'number' ? [q.stop] : q.stop)) {
    for (let i = calls.start[s]; i < calls.start[s + 1]; i++) {
      const row = calls.rows[i];
      const t = calls.tripOfRow[row] as TripIdx;
      const first = row === trips.stStart[t];
      const last = row === trips.stStart[t + 1] - 1;
      const departs = q.kind === 'departures';
      if (departs ? last || trips.stPickup[row] === 1 : first || trips.stDropOff[row] === 1) continue;
      const secs = departs ? trips.stDeparture[row] : trips.stArrival[row];
      for (let d = firstDay; d <= lastDay; d++) {
        if (!runsOn(services, trips.service[t], d)) continue;
        const at = days.tripStart(t, d) + secs;
        if (at >= q.from && at < q.to) found.push({ trip: t, row, at, serviceDay: d });
      }
    }
  }
  found.sort((a, b) => a.at - b.at || a.trip - b.trip);
  return found.slice(0, q.limit);
}
