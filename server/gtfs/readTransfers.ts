import type { SpecialTransfer, Transfers } from '../timetable/Timetable.ts';
import type { CsvReader } from './CsvReader.ts';
import type { IssueCollector } from './IssueCollector.ts';
import { DROPPED_REFERENCE } from './ValidationReport.ts';

const FILE = 'transfers.txt';

/** Lookups transfers.txt refers to. `trips` is trips.txt's; `finalTrip` maps it to Timetable trips (-1: a template). */
export interface TransferRefs {
  stops: Map<string, number>;
  routes: Map<string, number>;
  trips: Map<string, number>;
  finalTrip: (tripsTxtIndex: number) => number;
  /** Ids left out of stops.txt, routes.txt, trips.txt: a row naming one goes silently. */
  dropped: { stops: ReadonlySet<string>; routes: ReadonlySet<string>; trips: ReadonlySet<string> };
}

/**
 * Reads transfers.txt. Stop-to-stop rows go to the flat arrays; rows naming routes or trips go to
 * `special`. Every id named must exist; from/to_stop_id are required for transfer types 0-3;
 * min_transfer_time is seconds. A row failing any of these is left out.
 */
export function readTransfers(csv: CsvReader | null, refs: TransferRefs, issues: IssueCollector): Transfers {
  const fromStop: number[] = [];
  const toStop: number[] = [];
  const type: number[] = [];
  const minTime: number[] = [];
  const special: SpecialTransfer[] = [];
  if (csv) {
    const fields = [
      'from_stop_id',
      'to_stop_id',
      'from_route_id',
      'to_route_id',
      'from_trip_id',
      'to_trip_id',
    ] as const;
    const maps = [refs.stops, refs.stops, refs.routes, refs.routes, refs.trips, refs.trips];
    const { dropped } = refs;
    const gone = [dropped.stops, dropped.stops, dropped.routes, dropped.routes, dropped.trips, dropped.trips];
    const cols = fields.map((f) => csv.column(f));
    const cType = csv.column('transfer_type');
    const cMin = csv.column('min_transfer_time');
    while (csv.next()) {
      const line = csv.line;
      let code = '';
      const idx = fields.map((field, k) => {
        const v = csv.str(cols[k]);
        if (!v) return -1;
        const i = maps[k].get(v);
        if (i === undefined) {
          if (gone[k].has(v)) code ||= DROPPED_REFERENCE;
          else {
            issues.error('InvalidReferenceError', FILE, line, field, `${field} '${v}' does not exist`, v);
            code ||= 'InvalidReferenceError';
          }
          return -1;
        }
        return i;
      });
      const t = csv.isEmpty(cType) ? 0 : csv.int(cType);
      if (!(t >= 0 && t <= 5)) {
        issues.error(
          'InvalidFieldError',
          FILE,
          line,
          'transfer_type',
          `transfer_type '${csv.str(cType)}' is not 0-5`,
        );
        code ||= 'InvalidFieldError';
      }
      if (t <= 3)
        for (const k of [0, 1])
          if (csv.isEmpty(cols[k])) {
            issues.error(
              'ConditionallyRequiredFieldError',
              FILE,
              line,
              fields[k],
              `${fields[k]} is required for transfer_type ${t}`,
            );
            code ||= 'ConditionallyRequiredFieldError';
          }
      const m = csv.isEmpty(cMin) ? -1 : csv.int(cMin);
      if (!csv.isEmpty(cMin) && !(m >= 0)) {
        issues.error(
          'InvalidFieldError',
          FILE,
          line,
          'min_transfer_time',
          `min_transfer_time '${csv.str(cMin)}' is not a number of seconds`,
        );
        code ||= 'InvalidFieldError';
      }
      if (code) {
        issues.dropRows(FILE, code);
        continue;
      }
      if (idx[2] < 0 && idx[3] < 0 && idx[4] < 0 && idx[5] < 0) {
        fromStop.push(idx[0]);
        toStop.push(idx[1]);
        type.push(t);
        minTime.push(m);
      } else
        special.push({
          fromStop: idx[0],
          toStop: idx[1],
          fromRoute: idx[2],
          toRoute: idx[3],
          fromTrip: idx[4] < 0 ? -1 : refs.finalTrip(idx[4]),
          toTrip: idx[5] < 0 ? -1 : refs.finalTrip(idx[5]),
          type: t,
          minTime: m,
        });
    }
  }
  return {
    count: fromStop.length,
    fromStop: Int32Array.from(fromStop),
    toStop: Int32Array.from(toStop),
    type: Uint8Array.from(type),
    minTime: Int32Array.from(minTime),
    special,
  };
}
