import { type CsvReader, TIME_EMPTY, TIME_INVALID } from './CsvReader.ts';
import type { IssueCollector } from './IssueCollector.ts';
import { DROPPED_REFERENCE } from './ValidationReport.ts';

const FILE = 'frequencies.txt';

/** One frequencies.txt row: trips of `trip` start every `headway` s from `start` until before `end`. */
export interface Frequency {
  trip: number;
  start: number;
  end: number;
  headway: number;
  /** exact_times: 1 schedule-based, 0 frequency-based (times approximate). */
  exact: number;
}

/** frequencies.txt as read. */
export interface FrequencyTable {
  frequencies: Frequency[];
  /**
   * trips.txt indexes of template trips all of whose rows were left out: such a trip must not run
   * at its template times either (the caller leaves it out).
   */
  lostTemplates: number[];
}

/**
 * Reads frequencies.txt: trip_id must exist, times valid with start <= end, headway_secs > 0.
 * A row failing one of these is left out; rows of trips left out go silently. Overlapping windows of
 * one trip and windows shorter than their headway are warnings.
 */
export function readFrequencies(
  csv: CsvReader | null,
  trips: Map<string, number>,
  droppedTrips: ReadonlySet<string>,
  issues: IssueCollector,
): FrequencyTable {
  const out: Frequency[] = [];
  const tried = new Set<number>();
  if (!csv) return { frequencies: out, lostTemplates: [] };
  const [cTrip, cStart, cEnd, cHeadway, cExact] = [
    'trip_id',
    'start_time',
    'end_time',
    'headway_secs',
    'exact_times',
  ].map((c) => csv.column(c));
  while (csv.next()) {
    const line = csv.line;
    const id = csv.str(cTrip);
    const trip = trips.get(id);
    let code = '';
    const fail = (c: string, field: string, message: string) => {
      issues.error(c, FILE, line, field, message, id || undefined);
      code ||= c;
    };
    if (trip === undefined) {
      if (droppedTrips.has(id)) {
        issues.dropRows(FILE, DROPPED_REFERENCE);
        continue;
      }
      fail('InvalidReferenceError', 'trip_id', `trip_id '${id}' is not in trips.txt`);
    } else tried.add(trip);
    const start = csv.time(cStart);
    const end = csv.time(cEnd);
    for (const [field, c, v] of [
      ['start_time', cStart, start],
      ['end_time', cEnd, end],
    ] as const)
      if (v === TIME_EMPTY || v === TIME_INVALID)
        fail('InvalidFieldError', field, `${field} '${csv.str(c)}' is not a time HH:MM:SS`);
    if (!code && end < start) fail('InvalidFieldError', 'end_time', 'end_time is before start_time');
    const headway = csv.int(cHeadway);
    if (!(headway > 0))
      fail(
        'InvalidFieldError',
        'headway_secs',
        `headway_secs '${csv.str(cHeadway)}' is not a positive integer`,
      );
    const exact = csv.isEmpty(cExact) ? 0 : csv.int(cExact);
    if (exact !== 0 && exact !== 1)
      fail('InvalidFieldError', 'exact_times', `exact_times must be 0 or 1, not '${csv.str(cExact)}'`);
    if (code || trip === undefined) {
      issues.dropRows(FILE, code);
      continue;
    }
    // Best practice (warnings): a window shorter than its headway runs at most one trip, and two
    // windows of one trip must not overlap (trips would run twice as often).
    if (end - start < headway)
      issues.warning(
        'ShortFrequencyWindowWarning',
        FILE,
        line,
        'end_time',
        `the window ${csv.str(cStart)}–${csv.str(cEnd)} is shorter than its headway`,
        id,
      );
    const other = out.find((f) => f.trip === trip && f.start < end && start < f.end);
    if (other)
      issues.warning(
        'FrequencyOverlapError',
        FILE,
        line,
        'start_time',
        `this window overlaps another frequencies.txt window of trip '${id}'`,
        id,
      );
    out.push({ trip, start, end, headway, exact });
  }
  for (const f of out) tried.delete(f.trip);
  return { frequencies: out, lostTemplates: [...tried] };
}
