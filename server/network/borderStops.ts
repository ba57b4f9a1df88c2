import type { Timetable } from '../timetable/Timetable.ts';
import { stationOf } from './stationOf.ts';

/**
 * Marks border stations: for every trip, the last stop before and the first stop after a change of
 * country between consecutive calls (stops of unknown country are passed over). Their stations are
 * marked too. Returns 1 per border stop.
 */
export function borderStops(timetable: Timetable, countries: readonly string[]): Uint8Array {
  const { trips, stops } = timetable;
  const border = new Uint8Array(stops.count);
  for (let t = 0; t < trips.count; t++) {
    let prev = -1;
    for (let r = trips.stStart[t]; r < trips.stStart[t + 1]; r++) {
      const s = trips.stStop[r];
      if (!countries[s]) continue;
      if (prev >= 0 && countries[prev] !== countries[s]) {
        border[prev] = 1;
        border[s] = 1;
        border[stationOf(stops, prev)] = 1;
        border[stationOf(stops, s)] = 1;
      }
      prev = s;
    }
  }
  return border;
}
