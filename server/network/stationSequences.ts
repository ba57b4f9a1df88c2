import type { Timetable } from '../timetable/Timetable.ts';
import { stationOf } from './stationOf.ts';

/** A sequence of stations some trips call at, and how many trips do. */
export interface StationSequence {
  /** Station indexes (platforms folded into their parent, consecutive repeats merged). */
  stations: number[];
  trips: number;
}

/**
 * The distinct station sequences of a feed's trips with their trip counts, in order of first trip.
 * The NYC subway's 80,000 trips run a few hundred; callers that look at pairs of stations along a
 * trip do it once per sequence instead of once per trip.
 */
export function stationSequences(timetable: Timetable): StationSequence[] {
  const { trips, stops } = timetable;
  const seen = new Map<string, StationSequence>();
  const seq: number[] = [];
  for (let t = 0; t < trips.count; t++) {
    seq.length = 0;
    for (let r = trips.stStart[t]; r < trips.stStart[t + 1]; r++) {
      const s = stationOf(stops, trips.stStop[r]);
      if (seq[seq.length - 1] !== s) seq.push(s);
    }
    const k = seq.join(',');
    const known = seen.get(k);
    if (known) known.trips++;
    else seen.set(k, { stations: [...seq], trips: 1 });
  }
  return [...seen.values()];
}
