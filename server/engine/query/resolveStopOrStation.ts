import { expandStops } from '../../timetable/expandStops.ts';
import type { StopIdx, Timetable } from '../../timetable/Timetable.ts';

/**
 * The stops a GTFS stop_id stands for in a query: a station (it has children) means all its
 * platforms (location_type 0), anything else means itself. Unknown id: an empty list.
 */
export function resolveStopOrStation(tt: Timetable, id: string): StopIdx[] {
  const s = tt.stopIndex.get(id);
  return s === undefined ? [] : expandStops(tt, [s]);
}
