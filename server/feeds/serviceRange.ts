import type { Timetable } from '../timetable/Timetable.ts';
import { dateOfDay } from '../timetable/time/dayNumber.ts';

/** First and last date (YYYY-MM-DD) on which any service runs, or nulls for a feed without service. */
export function serviceRange(timetable: Timetable): { from: string | null; to: string | null } {
  const { services } = timetable;
  let first = -1;
  let last = -1;
  for (let d = 0; d < services.dayCount; d++) {
    for (let s = 0; s < services.count; s++) {
      if (services.active[s * services.dayCount + d]) {
        if (first < 0) first = d;
        last = d;
        break;
      }
    }
  }
  const iso = (d: number) => dateOfDay(services.firstDay + d);
  return first < 0 ? { from: null, to: null } : { from: iso(first), to: iso(last) };
}
