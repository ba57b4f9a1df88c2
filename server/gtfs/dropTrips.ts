import type { IssueCollector } from './IssueCollector.ts';
import type { Frequency } from './readFrequencies.ts';
import type { StopTimeTable } from './readStopTimes.ts';
import type { TripTable } from './readTrips.ts';
import { DROPPED_REFERENCE } from './ValidationReport.ts';

/** Trips, their stop times and frequencies with the marked trips taken out. */
export interface KeptTrips {
  trips: TripTable;
  stopTimes: StopTimeTable;
  frequencies: Frequency[];
}

/**
 * Leaves out the trips marked in `stopTimes.badTrip` (trip-level errors, already counted where they
 * were found) with their stop times, and the frequencies.txt rows naming them (counted here as
 * `DroppedReference`). Indexes are renumbered; the left-out ids join `trips.dropped`, so files read
 * later drop rows naming them silently. Returns the inputs themselves when nothing is marked.
 */
export function dropTrips(
  trips: TripTable,
  stopTimes: StopTimeTable,
  frequencies: Frequency[],
  issues: IssueCollector,
): KeptTrips {
  const bad = stopTimes.badTrip;
  if (!bad.includes(1)) return { trips, stopTimes, frequencies };
  const newIndex = new Int32Array(trips.count).fill(-1);
  const out: TripTable = {
    count: 0,
    id: [],
    route: [],
    service: [],
    headsign: [],
    shortName: [],
    blockId: [],
    shape: [],
    direction: [],
    line: [],
    index: new Map(),
    dropped: trips.dropped,
  };
  let rows = 0;
  for (let t = 0; t < trips.count; t++) {
    if (bad[t]) {
      trips.dropped.add(trips.id[t]);
      continue;
    }
    newIndex[t] = out.count;
    out.index.set(trips.id[t], out.count++);
    out.id.push(trips.id[t]);
    out.route.push(trips.route[t]);
    out.service.push(trips.service[t]);
    out.headsign.push(trips.headsign[t]);
    out.shortName.push(trips.shortName[t]);
    out.blockId.push(trips.blockId[t]);
    out.shape.push(trips.shape[t]);
    out.direction.push(trips.direction[t]);
    out.line.push(trips.line[t]);
    rows += stopTimes.start[t + 1] - stopTimes.start[t];
  }
  const st = stopTimes;
  const start = new Int32Array(out.count + 1);
  const take = <T extends Int32Array | Uint8Array | Float64Array>(a: T): T => {
    const copy = new (a.constructor as new (n: number) => T)(rows);
    let r = 0;
    for (let t = 0; t < trips.count; t++) {
      if (bad[t]) continue;
      copy.set(a.subarray(st.start[t], st.start[t + 1]), r);
      r += st.start[t + 1] - st.start[t];
    }
    return copy;
  };
  for (let t = 0, r = 0; t < trips.count; t++) {
    if (bad[t]) continue;
    r += st.start[t + 1] - st.start[t];
    start[newIndex[t] + 1] = r;
  }
  const kept: StopTimeTable = {
    start,
    stop: take(st.stop),
    arrival: take(st.arrival),
    departure: take(st.departure),
    pickup: take(st.pickup),
    dropOff: take(st.dropOff),
    timepoint: take(st.timepoint),
    dist: take(st.dist),
    headsign: st.headsign ? take(st.headsign) : null,
    headsigns: st.headsigns,
    line: take(st.line),
    badTrip: new Uint8Array(out.count),
  };
  const keptFrequencies: Frequency[] = [];
  for (const f of frequencies) {
    if (bad[f.trip]) issues.dropRows('frequencies.txt', DROPPED_REFERENCE);
    else keptFrequencies.push({ ...f, trip: newIndex[f.trip] });
  }
  return { trips: out, stopTimes: kept, frequencies: keptFrequencies };
}
