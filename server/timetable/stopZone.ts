import type { Timetable } from './Timetable.ts';

/** The IANA zone a stop's times are shown in (its stop_timezone, else its station's, else the feed's). */
export function stopZone(tt: Timetable, stop: number): string {
  return tt.timezones[tt.stops.timezone[stop]];
}
