import { DateTime } from 'luxon';

/**
 * Unix seconds of a wall-clock time in a zone: `date` 'YYYY-MM-DD' and `seconds` after local midnight
 * as read on the clock (so 8 * 3600 is 08:00 even on a DST day; values >= 86 400 roll into later days).
 * A wall time skipped by DST moves forward, as luxon does.
 */
export function localToUnix(date: string, seconds: number, zone: string): number {
  const [y, m, d] = date.split('-').map(Number);
  const days = Math.floor(seconds / 86_400);
  const rest = seconds - days * 86_400;
  const t = DateTime.fromObject(
    {
      year: y,
      month: m,
      day: d,
      hour: Math.floor(rest / 3600),
      minute: Math.floor((rest % 3600) / 60),
      second: rest % 60,
    },
    { zone },
  ).plus({ days });
  if (!t.isValid) throw new Error(`invalid date/zone ${date} ${zone}`);
  return Math.round(t.toSeconds());
}
