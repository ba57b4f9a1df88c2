import { serviceDayTimes } from './ServiceDayTimes.ts';
import type { StopIdx, Timetable } from './Timetable.ts';

/** One call of a trip instance: its stop_times row, the stop, instants in Unix seconds, the stop's zone. */
export interface TripCall {
  row: number;
  stop: StopIdx;
  arrival: number;
  departure: number;
  /** The stop's own IANA zone: format the call's times with it. */
  zone: string;
  /** Not an exact time (GTFS timepoint 0, or interpolated by the reader). */
  estimated: boolean;
}

/**
 * The calls of trip `trip` on service day `day` (a DayNumber) from stop_times row `fromRow` to
 * `toRow`, both included (default: the whole trip), with absolute times by the service-day rule
 * (ServiceDayTimes). Shared by journeys, trips, boards and timetable grids.
 */
export function tripCalls(
  tt: Timetable,
  trip: number,
  day: number,
  fromRow = tt.trips.stStart[trip],
  toRow = tt.trips.stStart[trip + 1] - 1,
): TripCall[] {
  const tr = tt.trips;
  const start = serviceDayTimes(tt).tripStart(trip, day);
  const out: TripCall[] = [];
  for (let r = fromRow; r <= toRow; r++) {
    const s = tr.stStop[r];
    out.push({
      row: r,
      stop: s as StopIdx,
      arrival: start + tr.stArrival[r],
      departure: start + tr.stDeparture[r],
      zone: tt.timezones[tt.stops.timezone[s]],
      estimated: tr.stTimepoint[r] === 0,
    });
  }
  return out;
}
