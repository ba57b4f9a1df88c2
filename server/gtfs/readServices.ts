import type { DayNumber, Services } from '../timetable/Timetable.ts';
import type { CsvReader } from './CsvReader.ts';
import type { IssueCollector } from './IssueCollector.ts';
import { parseDate } from './parseDate.ts';
import { DROPPED_REFERENCE } from './ValidationReport.ts';

const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** Services as read: the flattened bitset, the service_id lookup and the calendar.txt line per service. */
export interface ServiceTable {
  services: Services;
  index: Map<string, number>;
  /** service_ids whose calendar.txt row was left out (their calendar_dates rows and trips go too). */
  dropped: Set<string>;
}

interface Range {
  service: number;
  start: number;
  end: number;
  days: number; // bit i: weekday i (0 = Monday)
}

/**
 * Reads calendar.txt and calendar_dates.txt and flattens them into one bit per (service, day)
 * (`Services`), covering the union of all their dates. Exceptions (calendar_dates) override the
 * weekly pattern. A (service_id, date) given twice is a DuplicateServiceExceptionError, reported on
 * the service's calendar.txt row when it has one (as transitland does), else on the repeated row.
 * A calendar.txt row with a bad day flag or date is left out with everything of its service (its
 * calendar_dates rows and trips): half a calendar would run trains on the wrong days. A bad
 * calendar_dates row, or a repeated one, is left out alone.
 */
export function readServices(
  calendar: CsvReader | null,
  dates: CsvReader | null,
  issues: IssueCollector,
): ServiceTable {
  const ids: string[] = [];
  const index = new Map<string, number>();
  const calendarLine = new Map<number, number>();
  const serviceOf = (id: string) => {
    let s = index.get(id);
    if (s === undefined) {
      s = ids.length;
      index.set(id, s);
      ids.push(id);
    }
    return s;
  };
  const ranges: Range[] = [];
  const dropped = new Set<string>();
  const exDay: number[] = [];
  const exService: number[] = [];
  const exOn: number[] = [];
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;

  if (calendar) {
    const F = 'calendar.txt';
    const cId = calendar.column('service_id');
    const cDays = DAYS.map((d) => calendar.column(d));
    const cStart = calendar.column('start_date');
    const cEnd = calendar.column('end_date');
    while (calendar.next()) {
      const line = calendar.line;
      const id = calendar.str(cId);
      if (!id) {
        issues.error('RequiredFieldError', F, line, 'service_id', 'service_id is empty');
        issues.dropRows(F, 'RequiredFieldError');
        continue;
      }
      if ((index.has(id) && calendarLine.has(index.get(id)!)) || dropped.has(id)) {
        issues.error('DuplicateIDError', F, line, 'service_id', `service_id '${id}' is already used`, id);
        issues.dropRows(F, 'DuplicateIDError');
        continue;
      }
      let days = 0;
      let ok = true;
      let bad = '';
      DAYS.forEach((d, i) => {
        const v = calendar.str(cDays[i]);
        if (v === '1') days |= 1 << i;
        else if (v !== '0') {
          const code = v ? 'InvalidFieldError' : 'RequiredFieldError';
          issues.error(code, F, line, d, `${d} must be 0 or 1, not '${v}'`, id);
          bad ||= code;
          ok = false;
        }
      });
      const start = parseDate(calendar.str(cStart));
      const end = parseDate(calendar.str(cEnd));
      for (const [field, c, v] of [
        ['start_date', cStart, start],
        ['end_date', cEnd, end],
      ] as const)
        if (Number.isNaN(v)) {
          issues.error(
            'InvalidFieldError',
            F,
            line,
            field,
            `${field} '${calendar.str(c)}' is not a YYYYMMDD date`,
            id,
          );
          bad ||= 'InvalidFieldError';
          ok = false;
        }
      if (ok && end < start) {
        issues.error('InvalidFieldError', F, line, 'end_date', 'end_date is before start_date', id);
        bad ||= 'InvalidFieldError';
        ok = false;
      }
      if (!ok) {
        dropped.add(id);
        issues.dropRows(F, bad);
        continue;
      }
      const s = serviceOf(id);
      calendarLine.set(s, line);
      ranges.push({ service: s, start, end, days });
      first = Math.min(first, start);
      last = Math.max(last, end);
    }
  }

  if (dates) {
    const F = 'calendar_dates.txt';
    const cId = dates.column('service_id');
    const cDate = dates.column('date');
    const cType = dates.column('exception_type');
    const seen = new Set<string>();
    while (dates.next()) {
      const line = dates.line;
      const id = dates.str(cId);
      const day = parseDate(dates.str(cDate));
      const type = dates.str(cType);
      const drop = (code: string) => {
        issues.dropRows(F, code);
      };
      if (!id) {
        issues.error('RequiredFieldError', F, line, 'service_id', 'service_id is empty');
        drop('RequiredFieldError');
        continue;
      }
      if (dropped.has(id)) {
        drop(DROPPED_REFERENCE);
        continue;
      }
      if (Number.isNaN(day)) {
        issues.error(
          'InvalidFieldError',
          F,
          line,
          'date',
          `date '${dates.str(cDate)}' is not a YYYYMMDD date`,
          id,
        );
        drop('InvalidFieldError');
        continue;
      }
      if (type !== '1' && type !== '2') {
        issues.error(
          'InvalidFieldError',
          F,
          line,
          'exception_type',
          `exception_type must be 1 or 2, not '${type}'`,
          id,
        );
        drop('InvalidFieldError');
        continue;
      }
      const s = serviceOf(id);
      const key = `${s}:${day}`;
      if (seen.has(key)) {
        const calLine = calendarLine.get(s);
        const message = `service '${id}' has more than one exception on ${dates.str(cDate)} (calendar_dates.txt line ${line}): the first is used`;
        if (calLine !== undefined)
          // The calendar row stays; the repeated calendar_dates row (named in the message) goes.
          issues.error('DuplicateServiceExceptionError', 'calendar.txt', calLine, '', message, id, 'value');
        else issues.error('DuplicateServiceExceptionError', F, line, 'date', message, id);
        drop('DuplicateServiceExceptionError');
        continue;
      }
      seen.add(key);
      exService.push(s);
      exDay.push(day);
      exOn.push(type === '1' ? 1 : 0);
      first = Math.min(first, day);
      last = Math.max(last, day);
    }
  }

  const firstDay = (Number.isFinite(first) ? first : 0) as DayNumber;
  const dayCount = Number.isFinite(first) ? last - first + 1 : 0;
  const active = new Uint8Array(ids.length * dayCount);
  for (const r of ranges) {
    const base = r.service * dayCount - firstDay;
    for (let d = r.start; d <= r.end; d++) if (r.days & (1 << ((d + 3) % 7))) active[base + d] = 1; // day 0 was a Thursday
  }
  for (let i = 0; i < exDay.length; i++) active[exService[i] * dayCount + exDay[i] - firstDay] = exOn[i];
  // A service that never runs is legal but usually a mistake (warning, as transitland).
  for (let s = 0; s < ids.length; s++) {
    if (active.subarray(s * dayCount, (s + 1) * dayCount).includes(1)) continue;
    const line = calendarLine.get(s);
    const message = `service '${ids[s]}' never runs`;
    if (line !== undefined)
      issues.warning('NoScheduledServiceError', 'calendar.txt', line, 'service_id', message, ids[s]);
    else issues.warning('NoScheduledServiceError', 'calendar_dates.txt', 0, 'service_id', message, ids[s]);
  }
  return { services: { count: ids.length, id: ids, firstDay, dayCount, active }, index, dropped };
}
