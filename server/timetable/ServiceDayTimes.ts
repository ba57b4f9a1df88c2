import type { Timetable } from './Timetable.ts';
import { noonMinus12h } from './time/noonMinus12h.ts';

/**
 * GTFS's service-day rule, in one place: a trip's stop times count from "noon minus 12 h" of its
 * service day in the time zone of its agency (route -> agency -> agency_timezone). A trip whose route
 * names no known agency counts in the feed's first agency's zone; a feed without agencies in UTC.
 * Every caller that turns a stop time into an instant (the engine, boards, trips, diagrams, grids)
 * asks this module, so they all agree.
 */
export class ServiceDayTimes {
  /** Distinct agency zones (IANA names), in agency order; ['UTC'] for a feed without agencies. */
  readonly zones: readonly string[];
  /** Index into `zones` of each trip's zone. */
  readonly zoneOfTrip: Int32Array;
  private readonly memo = new Map<number, number>();

  constructor(zones: readonly string[], zoneOfTrip: Int32Array) {
    this.zones = zones;
    this.zoneOfTrip = zoneOfTrip;
  }

  /** Unix seconds of "noon minus 12 h" of service day `day` (a DayNumber) in zone slot `zone`; memoised. */
  noon(zone: number, day: number): number {
    const key = day * 1024 + zone;
    let v = this.memo.get(key);
    if (v === undefined) {
      v = noonMinus12h(this.zones[zone], day);
      if (this.memo.size >= 100_000) this.memo.clear(); // bounded: ~270 years of days per zone
      this.memo.set(key, v);
    }
    return v;
  }

  /** Unix seconds that trip `trip`'s stop times count from on service day `day` (a DayNumber). */
  tripStart(trip: number, day: number): number {
    return this.noon(this.zoneOfTrip[trip], day);
  }

  /** The IANA zone trip `trip`'s stop times are counted in. */
  tripZone(trip: number): string {
    return this.zones[this.zoneOfTrip[trip]];
  }
}

/** The distinct agency zones of a timetable and each trip's slot among them (see ServiceDayTimes). */
export function tripZones(tt: Timetable): { zones: string[]; zoneOfTrip: Int32Array } {
  const zones: string[] = [];
  const zoneOfAgency = tt.agencies.map((a) => {
    const i = zones.indexOf(a.timezone);
    return i >= 0 ? i : zones.push(a.timezone) - 1;
  });
  if (zones.length === 0) zones.push('UTC');
  const zoneOfTrip = new Int32Array(tt.trips.count);
  for (let t = 0; t < tt.trips.count; t++) {
    zoneOfTrip[t] = zoneOfAgency[tt.routes[tt.trips.route[t]]?.agency] ?? 0;
  }
  return { zones, zoneOfTrip };
}

const perTimetable = new WeakMap<Timetable, ServiceDayTimes>();

/** The ServiceDayTimes of a timetable, built once and shared by every caller (its memo included). */
export function serviceDayTimes(tt: Timetable): ServiceDayTimes {
  let v = perTimetable.get(tt);
  if (v === undefined) {
    const { zones, zoneOfTrip } = tripZones(tt);
    v = new ServiceDayTimes(zones, zoneOfTrip);
    perTimetable.set(tt, v);
  }
  return v;
}
