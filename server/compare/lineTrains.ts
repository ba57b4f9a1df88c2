import { stationOf } from '../network/stationOf.ts';
import { serviceDayTimes } from '../timetable/ServiceDayTimes.ts';
import type { Timetable } from '../timetable/Timetable.ts';
import { dayNumber } from '../timetable/time/dayNumber.ts';

/** A stop of a train on a line: position in the line's station list, times in Unix seconds. */
export interface LineCall {
  pos: number;
  arrival: number;
  departure: number;
}

/** One run of a trip instance along a line (consecutive calls at line stations), for a Marey diagram. */
export interface LineTrain {
  tripId: string;
  /** Train number (trip_short_name), else the route's short name, else the trip id. */
  name: string;
  headsign: string;
  calls: LineCall[];
}

/**
 * The trains running along a line (`stationIds`, ordered GTFS ids; a station stands for its
 * platforms) on service date `date` (trips of the day before that run past midnight included) that
 * are on the line at some time in [from, to] (Unix seconds). A trip leaving the line and coming back
 * gives two runs. Works on any timetable whose stations carry the same ids (the compare feed).
 */
export function lineTrains(
  tt: Timetable,
  stationIds: readonly string[],
  date: string,
  from: number,
  to: number,
): LineTrain[] {
  const { trips, stops, services } = tt;
  const posOf = new Map<number, number>();
  stationIds.forEach((id, i) => {
    const s = tt.stopIndex.get(id);
    if (s !== undefined) posOf.set(s, i);
  });
  const day = dayNumber(date);
  const days = serviceDayTimes(tt);
  const out: LineTrain[] = [];
  for (const d of [day - 1, day]) {
    const col = d - services.firstDay;
    if (col < 0 || col >= services.dayCount) continue;
    for (let t = 0; t < trips.count; t++) {
      if (services.active[trips.service[t] * services.dayCount + col] !== 1) continue;
      const base = days.tripStart(t, d);
      let run: LineCall[] = [];
      const flush = () => {
        if (run.length >= 2 && run[0].departure <= to && run[run.length - 1].arrival >= from) {
          const route = tt.routes[trips.route[t]];
          const name = trips.shortName[t] || route?.shortName || trips.id[t];
          out.push({ tripId: trips.id[t], name, headsign: trips.headsign[t], calls: run });
        }
        run = [];
      };
      for (let r = trips.stStart[t]; r < trips.stStart[t + 1]; r++) {
        const pos = posOf.get(stationOf(stops, trips.stStop[r])) ?? posOf.get(trips.stStop[r]);
        if (pos === undefined) {
          flush();
          continue;
        }
        const prev = run.at(-1);
        // Consecutive calls must be neighbours on the line or skip only stations of it (an express).
        if (prev && prev.pos === pos) continue;
        run.push({ pos, arrival: base + trips.stArrival[r], departure: base + trips.stDeparture[r] });
      }
      flush();
    }
  }
  return out;
}
