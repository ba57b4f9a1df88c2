import type { Stops } from '../timetable/Timetable.ts';

/** The station a stop belongs to: its parent station when it has one, else itself. */
export function stationOf(stops: Stops, stop: number): number {
  const parent = stops.parent[stop];
  return parent >= 0 ? parent : stop;
}
