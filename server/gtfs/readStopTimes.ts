import type { StopIdx } from '../timetable/Timetable.ts';
import { type CsvReader, TIME_EMPTY, TIME_INVALID } from './CsvReader.ts';
import { GrowableArray } from './GrowableArray.ts';
import { groupRows } from './groupRows.ts';
import type { IssueCollector } from './IssueCollector.ts';
import { DROPPED_REFERENCE } from './ValidationReport.ts';

const FILE = 'stop_times.txt';

/**
 * stop_times.txt as typed arrays, grouped by trip (CSR over the trips of trips.txt: trip t's rows are
 * start[t] .. start[t+1]) and ordered by stop_sequence. Times are seconds, `TIME_EMPTY` (-1) where the
 * feed left them empty (completeTripTimes fills those in).
 */
export interface StopTimeTable {
  start: Int32Array;
  stop: Int32Array;
  arrival: Int32Array;
  departure: Int32Array;
  pickup: Uint8Array;
  dropOff: Uint8Array;
  /** 1 exact, 0 approximate (timepoint=0 or empty times to interpolate). */
  timepoint: Uint8Array;
  dist: Float64Array;
  /** stop_headsign as an index into `headsigns`, -1 when none; null when the file has no such column. */
  headsign: Int32Array | null;
  headsigns: string[];
  /** Physical line of each row in stop_times.txt. */
  line: Int32Array;
  /**
   * By trips.txt trip: 1 when the trip must be left out for a trip-level error (a repeated
   * stop_sequence here, bad times in completeTripTimes); `dropTrips` then removes it.
   */
  badTrip: Uint8Array;
}

/** What stop_times.txt refers to. */
export interface StopTimeRefs {
  index: Map<string, StopIdx>;
  locationType: Uint8Array;
  /** Ids left out of stops.txt / trips.txt for their own errors: rows naming them go silently. */
  droppedStops: ReadonlySet<string>;
  droppedTrips: ReadonlySet<string>;
}

/**
 * Reads stop_times.txt, the largest file by far (2.4M rows for NYC), straight into typed arrays:
 * no object per row, trip_id decoded only when it changes from the previous row. Row-level checks:
 * trip_id and stop_id must exist, times `H:MM:SS`, enums in range. A row with one of arrival/departure
 * empty takes the other. Then rows are grouped by trip and sorted by stop_sequence.
 * Left out: a row naming a missing trip or stop (or a station), with a bad time or stop_sequence; a
 * trip repeating a stop_sequence (its order is unknown). Kept with the value ignored: a bad
 * pickup/drop-off type (regular), timepoint or shape_dist_traveled.
 */
export function readStopTimes(
  csv: CsvReader | null,
  trips: Map<string, number>,
  tripIds: readonly string[],
  stops: StopTimeRefs,
  issues: IssueCollector,
): StopTimeTable {
  const tripCount = tripIds.length;
  const rows = csv ? csv.estimateRows() : 1;
  const trip = new GrowableArray(Int32Array, rows);
  const seq = new GrowableArray(Int32Array, rows);
  const stop = new GrowableArray(Int32Array, rows);
  const arr = new GrowableArray(Int32Array, rows);
  const dep = new GrowableArray(Int32Array, rows);
  const pick = new GrowableArray(Uint8Array, rows);
  const drop = new GrowableArray(Uint8Array, rows);
  const tp = new GrowableArray(Uint8Array, rows);
  const lines = new GrowableArray(Int32Array, rows);
  let dist: GrowableArray<Float64Array> | null = null;
  let headsign: GrowableArray<Int32Array> | null = null;
  const headsigns: string[] = [];
  if (csv) {
    const [cTrip, cArr, cDep, cStop, cSeq, cHead, cPick, cDrop, cDist, cTp] = [
      'trip_id',
      'arrival_time',
      'departure_time',
      'stop_id',
      'stop_sequence',
      'stop_headsign',
      'pickup_type',
      'drop_off_type',
      'shape_dist_traveled',
      'timepoint',
    ].map((c) => csv.column(c));
    if (cDist >= 0) dist = new GrowableArray(Float64Array, rows);
    const headsignIndex = new Map<string, number>();
    if (cHead >= 0) headsign = new GrowableArray(Int32Array, rows);
    let prevStart = 0;
    let prevEnd = -1;
    let prevTrip = -1;
    let prevCode = '';
    while (csv.next()) {
      const line = csv.line;
      let t: number;
      if (prevEnd >= 0 && csv.sameAs(cTrip, prevStart, prevEnd)) t = prevTrip;
      else {
        const id = csv.str(cTrip);
        t = trips.get(id) ?? -1;
        prevCode = '';
        if (!id) {
          prevCode = 'RequiredFieldError';
          issues.error(prevCode, FILE, line, 'trip_id', 'trip_id is empty');
        } else if (t < 0 && stops.droppedTrips.has(id)) prevCode = DROPPED_REFERENCE;
        else if (t < 0) {
          prevCode = 'InvalidReferenceError';
          issues.error(prevCode, FILE, line, 'trip_id', `trip_id '${id}' is not in trips.txt`, id);
        }
        prevStart = csv.startOf(cTrip);
        prevEnd = csv.endOf(cTrip);
        prevTrip = t;
      }
      if (t < 0) {
        issues.dropRows(FILE, prevCode);
        continue;
      }
      const stopId = csv.str(cStop);
      const s = stops.index.get(stopId);
      if (s === undefined) {
        let code = DROPPED_REFERENCE;
        if (!stopId) {
          code = 'RequiredFieldError';
          issues.error(code, FILE, line, 'stop_id', 'stop_id is empty');
        } else if (!stops.droppedStops.has(stopId)) {
          code = 'InvalidReferenceError';
          issues.error(code, FILE, line, 'stop_id', `stop_id '${stopId}' is not in stops.txt`, stopId);
        }
        issues.dropRows(FILE, code);
        continue;
      }
      const type = stops.locationType[s];
      if (type !== 0 && type !== 4) {
        issues.error(
          'InvalidReferenceError',
          FILE,
          line,
          'stop_id',
          `stop_id '${stopId}' is not a stop or platform (location_type ${type})`,
          stopId,
        );
        issues.dropRows(FILE, 'InvalidReferenceError');
        continue;
      }
      const sq = csv.int(cSeq);
      if (!(sq >= 0)) {
        issues.error(
          'InvalidFieldError',
          FILE,
          line,
          'stop_sequence',
          `stop_sequence '${csv.str(cSeq)}' is not a non-negative integer`,
        );
        issues.dropRows(FILE, 'InvalidFieldError');
        continue;
      }
      let a = csv.time(cArr);
      let d = csv.time(cDep);
      if (a === TIME_INVALID || d === TIME_INVALID) {
        const field = a === TIME_INVALID ? 'arrival_time' : 'departure_time';
        issues.error(
          'InvalidFieldError',
          FILE,
          line,
          field,
          `${field} '${csv.str(a === TIME_INVALID ? cArr : cDep)}' is not a time HH:MM:SS`,
        );
        issues.dropRows(FILE, 'InvalidFieldError');
        continue;
      }
      if (a === TIME_EMPTY) a = d;
      else if (d === TIME_EMPTY) d = a;
      let timepoint = a === TIME_EMPTY ? 0 : 1;
      if (!csv.isEmpty(cTp)) {
        const v = csv.int(cTp);
        if (v === 0) timepoint = 0;
        else if (v !== 1)
          issues.error(
            'InvalidFieldError',
            FILE,
            line,
            'timepoint',
            `timepoint must be 0 or 1, not '${csv.str(cTp)}'`,
            undefined,
            'value',
          );
        else if (a === TIME_EMPTY)
          issues.error(
            'ConditionallyRequiredFieldError',
            FILE,
            line,
            'arrival_time',
            'a timepoint (timepoint=1) needs its times: the time is interpolated',
            undefined,
            'value',
          );
      }
      const p = csv.isEmpty(cPick) ? 0 : csv.int(cPick);
      const o = csv.isEmpty(cDrop) ? 0 : csv.int(cDrop);
      if (!(p >= 0 && p <= 3))
        issues.error(
          'InvalidFieldError',
          FILE,
          line,
          'pickup_type',
          `pickup_type '${csv.str(cPick)}' is not 0-3: regular pickup is assumed`,
          undefined,
          'value',
        );
      if (!(o >= 0 && o <= 3))
        issues.error(
          'InvalidFieldError',
          FILE,
          line,
          'drop_off_type',
          `drop_off_type '${csv.str(cDrop)}' is not 0-3: regular drop-off is assumed`,
          undefined,
          'value',
        );
      trip.push(t);
      seq.push(sq);
      stop.push(s);
      arr.push(a);
      dep.push(d);
      pick.push(p >= 0 && p <= 3 ? p : 0);
      drop.push(o >= 0 && o <= 3 ? o : 0);
      tp.push(timepoint);
      lines.push(line);
      if (dist) {
        const v = csv.num(cDist);
        if (Number.isNaN(v) && !csv.isEmpty(cDist))
          issues.error(
            'InvalidFieldError',
            FILE,
            line,
            'shape_dist_traveled',
            `'${csv.str(cDist)}' is not a number`,
            undefined,
            'value',
          );
        dist.push(v);
      }
      if (headsign) {
        const h = csv.str(cHead);
        let hi = -1;
        if (h) {
          hi = headsignIndex.get(h) ?? headsigns.length;
          if (hi === headsigns.length) {
            headsignIndex.set(h, hi);
            headsigns.push(h);
          }
        }
        headsign.push(hi);
      }
    }
    csv.release();
  }
  const { order, start } = groupRows(trip.take(), seq.array(), tripCount);
  const sq = seq.array();
  const badTrip = new Uint8Array(tripCount);
  for (let t = 0; t < tripCount; t++)
    for (let i = start[t] + 1; i < start[t + 1]; i++)
      if (sq[order[i]] === sq[order[i - 1]]) {
        issues.error(
          'SequenceError',
          FILE,
          lines.array()[order[i]],
          'stop_sequence',
          `stop_sequence ${sq[order[i]]} appears twice in this trip: the trip is left out`,
          tripIds[t],
          'trip',
        );
        if (!badTrip[t]) {
          badTrip[t] = 1;
          issues.dropRows('trips.txt', 'SequenceError');
          issues.dropRows(FILE, DROPPED_REFERENCE, start[t + 1] - start[t]);
        }
      }
  // Each staging array is dropped as soon as its sorted copy exists, so peak memory holds one extra
  // column at a time rather than a second copy of every column.
  const permute = <T extends Int32Array | Uint8Array | Float64Array>(g: GrowableArray<T>): T => {
    const a = g.take();
    const out = new (a.constructor as new (n: number) => T)(order.length);
    for (let i = 0; i < order.length; i++) out[i] = a[order[i]];
    return out;
  };
  return {
    start,
    stop: permute(stop),
    arrival: permute(arr),
    departure: permute(dep),
    pickup: permute(pick),
    dropOff: permute(drop),
    timepoint: permute(tp),
    dist: dist ? permute(dist) : new Float64Array(order.length).fill(Number.NaN),
    headsign: headsign ? permute(headsign) : null,
    headsigns,
    line: permute(lines),
    badTrip,
  };
}
