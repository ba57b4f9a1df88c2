import type { Trips } from '../timetable/Timetable.ts';
import { formatTime } from './formatTime.ts';
import type { Frequency } from './readFrequencies.ts';
import type { StopTimeTable } from './readStopTimes.ts';
import type { TripTable } from './readTrips.ts';

/**
 * Assembles the engine's Trips from trips.txt, the completed stop times and frequencies.txt.
 * A trip with frequency rows is a template: it is not run at its own times, but copied once per
 * departure (`${trip_id}@HH:MM:SS`, `frequencyOf` = the template's id) with all its times shifted so
 * that it leaves its first stop at that departure. Copies of frequency-based (exact_times=0) trips are
 * marked approximate (`stTimepoint` 0). Without frequencies the stop-time arrays are used as they are.
 * `direction` is -1 for trips without direction_id; `block` and `shape` -1 when none.
 */
export function buildTrips(trips: TripTable, st: StopTimeTable, frequencies: Frequency[]): Trips {
  const isTemplate = new Uint8Array(trips.count);
  for (const f of frequencies) isTemplate[f.trip] = 1;
  const blockIds: string[] = [];
  const blockIndex = new Map<string, number>();
  const blockOf = (b: string) => {
    if (!b) return -1;
    let i = blockIndex.get(b);
    if (i === undefined) {
      i = blockIds.length;
      blockIndex.set(b, i);
      blockIds.push(b);
    }
    return i;
  };
  // Output trips: plain trips in file order, then each frequency departure.
  const src: number[] = [];
  const shift: number[] = [];
  const ids: string[] = [];
  const frequencyOf: string[] = [];
  const approximate: number[] = [];
  for (let t = 0; t < trips.count; t++)
    if (!isTemplate[t]) {
      src.push(t);
      shift.push(0);
      ids.push(trips.id[t]);
      frequencyOf.push('');
      approximate.push(0);
    }
  for (const f of frequencies) {
    const first = st.departure[st.start[f.trip]];
    for (let dep = f.start; dep < f.end; dep += f.headway) {
      src.push(f.trip);
      shift.push(dep - first);
      ids.push(`${trips.id[f.trip]}@${formatTime(dep)}`);
      frequencyOf.push(trips.id[f.trip]);
      approximate.push(f.exact === 0 ? 1 : 0);
    }
  }
  const count = src.length;
  const pick = <T>(a: T[]) => src.map((t) => a[t]);
  const headsign = st.headsign;
  const result: Trips = {
    count,
    id: ids,
    route: Int32Array.from(pick(trips.route)),
    service: Int32Array.from(pick(trips.service)),
    headsign: pick(trips.headsign),
    shortName: pick(trips.shortName),
    block: Int32Array.from(src, (t) => blockOf(trips.blockId[t])),
    blockIds,
    shape: Int32Array.from(pick(trips.shape)),
    direction: Int8Array.from(pick(trips.direction)),
    stStart: st.start,
    stStop: st.stop,
    stArrival: st.arrival,
    stDeparture: st.departure,
    stPickup: st.pickup,
    stDropOff: st.dropOff,
    stTimepoint: st.timepoint,
    stDist: st.dist,
    stHeadsign: headsign ? Array.from(headsign, (h) => (h < 0 ? '' : st.headsigns[h])) : null,
    frequencyOf,
  };
  if (frequencies.length === 0) return result;
  // Copy rows trip by trip, shifted.
  let rows = 0;
  for (const t of src) rows += st.start[t + 1] - st.start[t];
  const stStart = new Int32Array(count + 1);
  const out = {
    stop: new Int32Array(rows),
    arrival: new Int32Array(rows),
    departure: new Int32Array(rows),
    pickup: new Uint8Array(rows),
    dropOff: new Uint8Array(rows),
    timepoint: new Uint8Array(rows),
    dist: new Float64Array(rows),
  };
  const stHeadsign: string[] | null = result.stHeadsign ? [] : null;
  let r = 0;
  for (let i = 0; i < count; i++) {
    stStart[i] = r;
    const t = src[i];
    for (let k = st.start[t]; k < st.start[t + 1]; k++, r++) {
      out.stop[r] = st.stop[k];
      out.arrival[r] = st.arrival[k] + shift[i];
      out.departure[r] = st.departure[k] + shift[i];
      out.pickup[r] = st.pickup[k];
      out.dropOff[r] = st.dropOff[k];
      out.timepoint[r] = approximate[i] ? 0 : st.timepoint[k];
      out.dist[r] = st.dist[k];
      stHeadsign?.push(result.stHeadsign![k]);
    }
  }
  stStart[count] = r;
  return {
    ...result,
    stStart,
    stStop: out.stop,
    stArrival: out.arrival,
    stDeparture: out.departure,
    stPickup: out.pickup,
    stDropOff: out.dropOff,
    stTimepoint: out.timepoint,
    stDist: out.dist,
    stHeadsign,
  };
}
