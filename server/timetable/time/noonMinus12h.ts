import { DateTime } from 'luxon';

/**
 * Unix seconds of "noon minus 12 h" of a service day in an IANA zone: the instant GTFS stop times
 * count from. `day` is a DayNumber (days since 1970-01-01). On DST days this is 23:00 or 01:00 local
 * time of the day before/of, exactly as GTFS defines it. Not for hot loops (uses luxon).
 */
export function noonMinus12h(zone: string, day: number): number {
  const d = new Date(day * 86_400_000);
  const noon = DateTime.fromObject(
    { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: 12 },
    { zone },
  );
  if (!noon.isValid) throw new Error(`invalid time zone ${zone}`);
  return noon.toSeconds() - 43_200;
}
