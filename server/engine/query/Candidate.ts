import type { Timetable } from '../../timetable/Timetable.ts';
import type { RealPath } from '../journey/RealPath.ts';
import type { Outcome } from './pareto.ts';

/** A journey found by a search, before it is built: its path and outcome (Unix seconds). */
export interface Candidate extends Outcome {
  path: RealPath;
}

/**
 * The outcome of a real-order path without building its journey: the start of its first element (a
 * walk to the first ride, or the ride's departure) and the end of its last, in Unix seconds by `noon`
 * as buildJourney counts them; transfers between rides (staying seated is none, walks at the ends are
 * none). Null for a path without rides.
 */
export function candidateOf(
  tt: Timetable,
  path: RealPath,
  noon: (trip: number, day: number) => number,
): Candidate | null {
  let first = -1;
  let last = -1;
  let transfers = -1;
  for (let i = 0; i < path.length; i++) {
    const e = path[i];
    if (e.kind !== 'ride') continue;
    if (first < 0) first = i;
    last = i;
    if (!e.stayOn) transfers++;
  }
  if (first < 0) return null;
  const a = path[first];
  const b = path[last];
  if (a.kind !== 'ride' || b.kind !== 'ride') return null;
  const before = path[0].kind === 'walk' ? path[0].duration : 0;
  const end = path[path.length - 1];
  const after = end.kind === 'walk' ? end.duration : 0;
  return {
    departure: noon(a.trip, a.day) + tt.trips.stDeparture[a.fromRow] - before,
    arrival: noon(b.trip, b.day) + tt.trips.stArrival[b.toRow] + after,
    transfers: Math.max(0, transfers),
    path,
  };
}
