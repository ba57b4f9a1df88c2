import type { Timetable } from '../timetable/Timetable.ts';
import type { LonLat } from './geo.ts';

/**
 * The whole-trip polyline: its shape's points (shapes.txt) when it has one, else the polyline through
 * its stops' coordinates (stops without coordinates skipped).
 */
export function tripGeometry(timetable: Timetable, trip: number): LonLat[] {
  const { trips, shapes, stops } = timetable;
  const shape = trips.shape[trip];
  const line: LonLat[] = [];
  if (shape >= 0 && shapes.ptStart[shape + 1] - shapes.ptStart[shape] >= 2) {
    for (let p = shapes.ptStart[shape]; p < shapes.ptStart[shape + 1]; p++)
      line.push([shapes.lon[p], shapes.lat[p]]);
    return line;
  }
  for (let r = trips.stStart[trip]; r < trips.stStart[trip + 1]; r++) {
    const s = trips.stStop[r];
    if (Number.isFinite(stops.lat[s]) && Number.isFinite(stops.lon[s]))
      line.push([stops.lon[s], stops.lat[s]]);
  }
  return line;
}
