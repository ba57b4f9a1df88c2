import type { Timetable } from '../timetable/Timetable.ts';

/** How many trips have only published times, only estimated ones, or both (GTFS timepoint). */
export interface ProvenanceSummary {
  publishedTrips: number;
  estimatedTrips: number;
  partlyEstimatedTrips: number;
}

/**
 * Counts trips by the provenance of their times: `stTimepoint` 1 = published/exact, 0 = estimated
 * (timepoint=0) or interpolated by the loader.
 */
export function provenanceSummary(timetable: Timetable): ProvenanceSummary {
  const { trips } = timetable;
  const out: ProvenanceSummary = { publishedTrips: 0, estimatedTrips: 0, partlyEstimatedTrips: 0 };
  for (let t = 0; t < trips.count; t++) {
    let exact = 0;
    const n = trips.stStart[t + 1] - trips.stStart[t];
    for (let r = trips.stStart[t]; r < trips.stStart[t + 1]; r++) exact += trips.stTimepoint[r];
    if (exact === n) out.publishedTrips++;
    else if (exact === 0) out.estimatedTrips++;
    else out.partlyEstimatedTrips++;
  }
  return out;
}
