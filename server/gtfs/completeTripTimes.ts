import { TIME_EMPTY } from './CsvReader.ts';
import type { IssueCollector } from './IssueCollector.ts';
import type { StopTimeTable } from './readStopTimes.ts';
import type { TripTable } from './readTrips.ts';
import { DROPPED_REFERENCE } from './ValidationReport.ts';

const FILE = 'trips.txt';

/**
 * Checks each trip's stop times and fills in the empty ones, in place. Trip-level problems are
 * reported on the trip's trips.txt row (as transitland does): fewer than two stop times
 * (EmptyTripError), no time at the first or last stop, times or shape_dist_traveled going backwards
 * (SequenceError). Empty times between two timed stops are interpolated by shape_dist_traveled when
 * every row involved has one, else evenly by stop count; they keep `timepoint` 0.
 * A trip with any of these problems is marked in `st.badTrip` (left out with its stop times).
 */
export function completeTripTimes(st: StopTimeTable, trips: TripTable, issues: IssueCollector): void {
  const { start, arrival, departure, dist, badTrip } = st;
  const leaveOut = (t: number, code: string) => {
    if (badTrip[t]) return;
    badTrip[t] = 1;
    issues.dropRows(FILE, code);
    issues.dropRows('stop_times.txt', DROPPED_REFERENCE, start[t + 1] - start[t]);
  };
  for (let t = 0; t < trips.count; t++) {
    const s = start[t];
    const e = start[t + 1];
    const id = trips.id[t];
    const line = trips.line[t];
    if (e - s < 2) {
      issues.error(
        'EmptyTripError',
        FILE,
        line,
        'trip_id',
        `trip '${id}' has ${e - s} usable stop time(s); at least two are needed`,
        id,
        'trip',
      );
      leaveOut(t, 'EmptyTripError');
      continue;
    }
    if (arrival[s] === TIME_EMPTY || arrival[e - 1] === TIME_EMPTY) {
      const which = arrival[s] === TIME_EMPTY ? 'first' : 'last';
      issues.error(
        'SequenceError',
        FILE,
        line,
        'arrival_time',
        `trip '${id}' has no time at its ${which} stop`,
        id,
        'trip',
      );
      leaveOut(t, 'SequenceError');
      continue;
    }
    let prev = s; // last row with times
    for (let i = s + 1; i < e; i++) {
      if (arrival[i] === TIME_EMPTY) continue;
      if (i > prev + 1) interpolate(prev, i, arrival, departure, dist);
      prev = i;
    }
    let backwardsTime = '';
    let backwardsDist = false;
    for (let i = s; i < e; i++) {
      if (departure[i] < arrival[i]) backwardsTime ||= 'departure_time';
      if (i > s && arrival[i] < departure[i - 1]) backwardsTime ||= 'arrival_time';
      if (i > s && dist[i] < dist[i - 1]) backwardsDist = true; // NaN compares false
    }
    if (backwardsTime)
      issues.error(
        'SequenceError',
        FILE,
        line,
        backwardsTime,
        `trip '${id}' has stop times going backwards`,
        id,
        'trip',
      );
    if (backwardsDist)
      issues.error(
        'SequenceError',
        FILE,
        line,
        'shape_dist_traveled',
        `trip '${id}' has a decreasing shape_dist_traveled`,
        id,
        'trip',
      );
    if (backwardsTime || backwardsDist) leaveOut(t, 'SequenceError');
  }
}

/** Fills rows a+1 .. b-1 from a's departure to b's arrival (by distance when all have one). */
function interpolate(
  a: number,
  b: number,
  arrival: Int32Array,
  departure: Int32Array,
  dist: Float64Array,
): void {
  const t0 = departure[a];
  const span = arrival[b] - t0;
  let byDist = !Number.isNaN(dist[a]) && !Number.isNaN(dist[b]) && dist[b] > dist[a];
  for (let i = a + 1; i < b && byDist; i++) byDist = !Number.isNaN(dist[i]);
  for (let i = a + 1; i < b; i++) {
    const f = byDist ? (dist[i] - dist[a]) / (dist[b] - dist[a]) : (i - a) / (b - a);
    arrival[i] = departure[i] = Math.round(t0 + span * f);
  }
}
