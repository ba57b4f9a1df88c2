import type { Services } from '../../timetable/Timetable.ts';

/**
 * Per-query conversion between GTFS service-day times and the search's integer time line. Search time
 * 0 is `base` (Unix seconds); a stop time x of a trip on day index di in zone slot z is at search time
 * x + offsets[z * dayCount + di] (forward), and for the reverse clock the negated value (days listed in
 * reverse order, so offsets still grow with di). Built with `makeDayClock`; plain typed arrays.
 */
export interface DayClock {
  /** Unix seconds of search time 0 (forward); search times are seconds from it (negated in reverse). */
  base: number;
  reverse: boolean;
  dayCount: number;
  /** DayNumber of each day index. */
  dayOf: Int32Array;
  /** Column in `Services.active` of each day index (day - services.firstDay), -1 outside the calendar. */
  serviceDay: Int32Array;
  /** Per (zone slot, day index): the search time of that service day's "noon minus 12 h". */
  offsets: Int32Array;
}

/**
 * Builds the clock for service days [firstDay, firstDay + dayCount). `noon(zoneSlot, day)` gives the
 * Unix seconds of "noon minus 12 h" (cached by the caller; called once per zone and day).
 */
export function makeDayClock(
  services: Services,
  zoneCount: number,
  firstDay: number,
  dayCount: number,
  base: number,
  reverse: boolean,
  noon: (zoneSlot: number, day: number) => number,
): DayClock {
  const dayOf = new Int32Array(dayCount);
  const serviceDay = new Int32Array(dayCount);
  const offsets = new Int32Array(zoneCount * dayCount);
  for (let di = 0; di < dayCount; di++) {
    const day = reverse ? firstDay + dayCount - 1 - di : firstDay + di;
    dayOf[di] = day;
    const col = day - services.firstDay;
    serviceDay[di] = col >= 0 && col < services.dayCount ? col : -1;
    for (let z = 0; z < zoneCount; z++) {
      const rel = noon(z, day) - base;
      offsets[z * dayCount + di] = reverse ? -rel : rel;
    }
  }
  return { base, reverse, dayCount, dayOf, serviceDay, offsets };
}
