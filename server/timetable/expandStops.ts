import type { StopIdx, Timetable } from './Timetable.ts';

/**
 * Replaces every station in `stops` by its platforms (location_type 0), without duplicates; a stop
 * without platform children stands for itself. The one rule for "a station means its platforms" that
 * the engine's query ends and the station boards share.
 */
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
