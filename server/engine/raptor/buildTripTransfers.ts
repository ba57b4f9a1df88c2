import type { Timetable } from '../../timetable/Timetable.ts';

/** Trip-to-trip transfer rules keyed by the trip one leaves (in search direction); see RaptorIndex.sp*. */
export interface TripTransfers {
  spStart: Int32Array;
  spAtStop: Int32Array;
  spToTrip: Int32Array;
  spToStop: Int32Array;
  spTime: Int32Array;
}

/**
 * The transfers.txt rows naming both a from_trip_id and a to_trip_id (`Transfers.special`) that make
 * a connection possible: type 1 (timed) and the in-seat types 4/5 take 0 s, type 2 its
 * min_transfer_time. Forward: keyed by from_trip (leave it at from_stop, board to_trip at to_stop);
 * reverse: keyed by to_trip with the roles swapped. Route-level rows and types 0/3 are not used.
 */
export function buildTripTransfers(tt: Timetable, reverse: boolean): TripTransfers {
  const rows = tt.transfers.special.filter(
    (r) =>
      r.fromTrip >= 0 &&
      r.toTrip >= 0 &&
      r.fromStop >= 0 &&
      r.toStop >= 0 &&
      (r.type === 1 || r.type === 4 || r.type === 5 || (r.type === 2 && r.minTime >= 0)),
  );
  const key = (r: (typeof rows)[number]) => (reverse ? r.toTrip : r.fromTrip);
  const n = tt.trips.count;
  const spStart = new Int32Array(n + 1);
  for (const r of rows) spStart[key(r) + 1]++;
  for (let t = 0; t < n; t++) spStart[t + 1] += spStart[t];
  const fill = spStart.slice(0, n);
  const out: TripTransfers = {
    spStart,
    spAtStop: new Int32Array(rows.length),
    spToTrip: new Int32Array(rows.length),
    spToStop: new Int32Array(rows.length),
    spTime: new Int32Array(rows.length),
  };
  for (const r of rows) {
    const e = fill[key(r)]++;
    out.spAtStop[e] = reverse ? r.toStop : r.fromStop;
    out.spToTrip[e] = reverse ? r.fromTrip : r.toTrip;
    out.spToStop[e] = reverse ? r.fromStop : r.toStop;
    out.spTime[e] = r.type === 2 ? r.minTime : 0;
  }
  return out;
}
