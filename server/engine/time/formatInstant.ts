import { DateTime } from 'luxon';

/**
 * ISO 8601 local time with the zone's offset at that instant, e.g. `2026-04-02T08:25:00+03:00`.
 * `unixSeconds`: seconds since the epoch; `zone`: IANA name.
 */
export function formatInstant(unixSeconds: number, zone: string): string {
  return DateTime.fromSeconds(unixSeconds, { zone }).toISO({ suppressMilliseconds: true }) ?? '';
}
