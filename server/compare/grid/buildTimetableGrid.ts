import type { Journey, Router } from '../../engine/index.ts';
import { stationOf } from '../../network/stationOf.ts';
import { operatingDaysNote, serviceWeekdays } from '../../timetable/operatingDays.ts';
import { serviceDayTimes } from '../../timetable/ServiceDayTimes.ts';
import type { StopIdx, Timetable } from '../../timetable/Timetable.ts';
import { dayNumber } from '../../timetable/time/dayNumber.ts';
import { tripCalls } from '../../timetable/tripCalls.ts';
import { mergeStationOrder } from './mergeStationOrder.ts';

/** A time cell: Unix seconds (null where the train only arrives or only departs), the stop's zone. */
export interface GridCell {
  arrival: number | null;
  departure: number | null;
  zone: string;
  /** The connection changes trains here. */
  change: boolean;
  /** Not an exact published time (GTFS timepoint 0 or interpolated). */
  estimated: boolean;
}

/**
 * A train of a column: trip id, number (trip_short_name, else route short name, else '': never the
 * trip id), its route (id and long name, for a column without a number), operating days.
 */
export interface GridTrain {
  tripId: string;
  name: string;
  routeId: string;
  route: string;
  headsign: string;
  days: string;
}

/** One column of the printed timetable: a direct train or a one-change connection. */
export interface GridColumn {
  trains: GridTrain[];
  /** Station index where the connection changes trains, null for a direct train. */
  change: number | null;
  /** Days the whole connection runs ("Fri, Sun"): the days all its trains run. */
  days: string;
  /** Unix seconds at the origin / destination. */
  departure: number;
  arrival: number;
  /** Aligned with TimetableGrid.stations; null where the column does not call. */
  cells: (GridCell | null)[];
}

/** A printed timetable: stations down (station indexes, in running order), columns across by departure. */
export interface TimetableGrid {
  stations: number[];
  columns: GridColumn[];
}

/**
 * The printed-timetable view from `from` to `to` (stations or stops) on service date `date`: every
 * train running that day that calls at both in that order (pickup at `from`, drop-off at `to`), and
 * the one-change connections of the whole-day range query (the engine's Pareto set), each column with
 * its operating days. Stations down are the union of the columns' calls, in running order.
 */
export function buildTimetableGrid(
  router: Router,
  tt: Timetable,
  from: number,
  to: number,
  date: string,
): TimetableGrid {
  const { trips, stops, services } = tt;
  const fromSt = stationOf(stops, from);
  const toSt = stationOf(stops, to);
  const zoneOfStop = (s: number) => tt.timezones[stops.timezone[s]] ?? 'UTC';
  const daysOf = (t: number) => serviceWeekdays(services, trips.service[t]);
  const train = (t: number): GridTrain => ({
    tripId: trips.id[t],
    name: trips.shortName[t] || tt.routes[trips.route[t]]?.shortName || '',
    routeId: tt.routes[trips.route[t]]?.id ?? '',
    route: tt.routes[trips.route[t]]?.longName || tt.routes[trips.route[t]]?.shortName || '',
    headsign: trips.headsign[t],
    days: operatingDaysNote(daysOf(t)),
  });
  type Draft = Omit<GridColumn, 'cells'> & { calls: Map<number, GridCell>; order: number[] };
  const drafts: Draft[] = [];

  // Direct trains of the service day.
  const day = dayNumber(date);
  const col = day - services.firstDay;
  if (col >= 0 && col < services.dayCount) {
    for (let t = 0; t < trips.count; t++) {
      if (services.active[trips.service[t] * services.dayCount + col] !== 1) continue;
      const a = trips.stStart[t];
      const b = trips.stStart[t + 1];
      let r1 = -1;
      let r2 = -1;
      for (let r = a; r < b; r++) {
        const s = stationOf(stops, trips.stStop[r]);
        if (r1 < 0 && s === fromSt && trips.stPickup[r] !== 1) r1 = r;
        else if (r1 >= 0 && s === toSt && trips.stDropOff[r] !== 1) {
          r2 = r;
          break;
        }
      }
      if (r1 < 0 || r2 < 0) continue;
      const noon = serviceDayTimes(tt).tripStart(t, day);
      const calls = new Map<number, GridCell>();
      const order: number[] = [];
      for (let r = r1; r <= r2; r++) {
        const s = trips.stStop[r];
        const st = stationOf(stops, s);
        order.push(st);
        calls.set(st, {
          arrival: r === r1 ? null : noon + trips.stArrival[r],
          departure: r === r2 ? null : noon + trips.stDeparture[r],
          zone: zoneOfStop(s),
          change: false,
          estimated: trips.stTimepoint[r] === 0,
        });
      }
      drafts.push({
        trains: [train(t)],
        change: null,
        days: operatingDaysNote(daysOf(t)),
        departure: noon + trips.stDeparture[r1],
        arrival: noon + trips.stArrival[r2],
        calls,
        order,
      });
    }
  }

  // One-change connections of the day.
  const journeys: Journey[] = router.plan({
    from: [from as StopIdx],
    to: [to as StopIdx],
    date,
    time: 0,
    windowSeconds: 86_399,
  });
  for (const j of journeys) {
    const legs = j.legs.filter((l) => l.type === 'train');
    if (j.transfers !== 1 || legs.length !== 2) continue;
    const calls = new Map<number, GridCell>();
    const order: number[] = [];
    let change: number | null = null;
    legs.forEach((leg, li) => {
      const legCalls = tripCalls(tt, leg.trip, dayNumber(leg.serviceDate), leg.fromRow, leg.toRow);
      legCalls.forEach((c, i) => {
        const st = stationOf(stops, c.stop);
        const last = i === legCalls.length - 1;
        const firstCall = i === 0;
        const prev = calls.get(st);
        if (li === 1 && firstCall && prev) {
          // The change station: arrival of the first train, departure of the second.
          prev.departure = c.departure;
          prev.change = true;
          change = st;
          return;
        }
        if (li === 1 && firstCall) change = st;
        order.push(st);
        calls.set(st, {
          arrival: li === 0 && firstCall ? null : c.arrival,
          departure: li === 1 && last ? null : li === 0 && last ? null : c.departure,
          zone: c.zone,
          change: (li === 0 && last) || (li === 1 && firstCall),
          estimated: c.estimated,
        });
      });
    });
    const tripsOf = legs.map((l) => l.trip);
    drafts.push({
      trains: tripsOf.map(train),
      change,
      days: operatingDaysNote(tripsOf.reduce((m, t) => m & daysOf(t), 0x7f)),
      departure: j.departure,
      arrival: j.arrival,
      calls,
      order,
    });
  }

  drafts.sort((a, b) => a.departure - b.departure || a.arrival - b.arrival);
  const stations = mergeStationOrder(drafts.map((d) => d.order.map(String))).map(Number);
  return {
    stations,
    columns: drafts.map(({ calls, order: _order, ...c }) => ({
      ...c,
      cells: stations.map((s) => calls.get(s) ?? null),
    })),
  };
}
