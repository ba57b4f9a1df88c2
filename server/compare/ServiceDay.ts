import type { ActiveTrips } from '../engine/raptor/ActiveTrips.ts';
import { buildActiveTrips } from '../engine/raptor/ActiveTrips.ts';
import type { RaptorData } from '../engine/raptor/buildRaptorData.ts';
import { type DayClock, makeDayClock } from '../engine/time/DayClock.ts';
import { dayNumber } from '../engine/time/dayNumber.ts';
import { noonMinus12h } from '../engine/time/noonMinus12h.ts';

/**
 * The forward search clock of one service date, shared by every origin of a comparison: search time
 * 0 is the date's 00:00 UTC (Unix seconds `clock.base`), with the running trips of each day index.
 * Built as the engine's Router builds a query context, once per date instead of once per query, but
 * over fewer days: trips of earlier service days still running, and the two days after the date.
 */
export interface ServiceDay {
  date: string;
  clock: DayClock;
  days: ActiveTrips[];
}

/** Builds the ServiceDay of `date` ('YYYY-MM-DD') for a timetable's RAPTOR data. */
export function serviceDay(data: RaptorData, date: string): ServiceDay {
  const qd = dayNumber(date);
  const base = qd * 86_400;
  const back = Math.ceil(data.maxTime / 86_400);
  // Trips of earlier service days still running, and two days after: a journey of the day must end
  // within them (the Router allows a week for weekly trains; a comparison has no use for those waits).
  const first = qd - back;
  const count = back + 3;
  const cache = new Map<number, number>();
  const noon = (z: number, d: number) => {
    const key = d * 1024 + z;
    let v = cache.get(key);
    if (v === undefined) {
      v = noonMinus12h(data.zones[z], d);
      cache.set(key, v);
    }
    return v;
  };
  const services = data.timetable.services;
  const clock = makeDayClock(services, data.zones.length, first, count, base, false, noon);
  const days = Array.from(clock.dayOf, (d) => buildActiveTrips(data.forward, services, d));
  return { date, clock, days };
}
