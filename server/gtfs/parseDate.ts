import type { DayNumber } from '../timetable/Timetable.ts';

/**
 * A GTFS date `YYYYMMDD` as a DayNumber (days since 1970-01-01, calendar arithmetic only, no time
 * zone); NaN when it is not a real date.
 */
export function parseDate(text: string): DayNumber {
  if (!/^\d{8}$/.test(text)) return Number.NaN as DayNumber;
  const y = Number(text.slice(0, 4));
  const m = Number(text.slice(4, 6));
  const d = Number(text.slice(6, 8));
  const ms = Date.UTC(y, m - 1, d);
  const back = new Date(ms);
  // Date.UTC rolls 20230231 over to March: a round trip catches impossible dates.
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d)
    return Number.NaN as DayNumber;
  return (ms / 86_400_000) as DayNumber;
}
