import type { StopIdx, Timetable } from '../../timetable/Timetable.ts';

/**
 * The stops a GTFS stop_id stands for in a query: a station (it has children) means all its
 * platforms (location_type 0), anything else means itself. Unknown id: an empty list.
 */
export function resolveStopOrStation(tt: Timetable, id: string): StopIdx[] {
  const s = tt.stopIndex.get(id);
  return s === undefined ? [] : expandStops(tt, [s]);
}

/** Replaces every station in `stops` by its platforms (location_type 0), without duplicates. */
export function expandStops(tt: Timetable, stops: ArrayLike<number>): StopIdx[] {
  const st = tt.stops;
  const out = new Set<number>();
  for (let i = 0; i < stops.length; i++) {
    const s = stops[i];
    let any = false;
    for (let c = st.childStart[s]; c < st.childStart[s + 1]; c++) {
      if (st.locationType[st.childIdx[c]] === 0) {
        out.add(st.childIdx[c]);
        any = true;
      }
    }
    if (!any) out.add(s);
  }
  return [...out] as StopIdx[];
}
