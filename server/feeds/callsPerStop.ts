import type { Timetable } from '../timetable/Timetable.ts';

/** Number of trips calling at each stop over the whole feed; a station counts its platforms' calls. */
export function callsPerStop(timetable: Timetable): Int32Array {
  const { trips, stops } = timetable;
  const calls = new Int32Array(stops.count);
  for (let r = 0; r < trips.stStop.length; r++) calls[trips.stStop[r]]++;
  for (let s = 0; s < stops.count; s++) if (stops.parent[s] >= 0) calls[stops.parent[s]] += calls[s];
  return calls;
}
