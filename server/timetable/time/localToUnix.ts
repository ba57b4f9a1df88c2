import { DateTime } from 'luxon';

/**
 * Unix seconds of a wall-clock time in a zone: `date` 'YYYY-MM-DD' and `seconds` after local midnight
 * as read on the clock (so 8 * 3600 is 08:00 even on a DST day; values >= 86 400 roll into later days).
 * A wall time skipped by DST moves forward, as luxon does.
 *
 * Called once per query (and per leg by callers), so local midnight is cached per (date, zone) for
 * days whose offset is the same at both midnights (no DST switch that day): then the answer is
 * midnight + seconds. Other days, and times outside [0, 86 400), go through luxon.
 */
export function localToUnix(date: string, seconds: number, zone: string): number {
  if (seconds >= 0 && seconds < 86_400 && Number.isInteger(seconds)) {
    const key = `${date} ${zone}`;
    let midnight = midnights.get(key);
    if (midnight === undefined) {
      midnight = plainMidnight(date, zone);
      if (midnights.size > 100_000) midnights.clear(); // bounded
      midnights.set(key, midnight);
    }
    if (!Number.isNaN(midnight)) return midnight + seconds;
  }
  return viaLuxon(date, seconds, zone);
}

/** Local midnight of `date` in Unix seconds, NaN when that day has a DST switch (or is invalid). */
const midnights = new Map<string, number>();
function plainMidnight(date: string, zone: string): number {
  const [y, m, d] = date.split('-').map(Number);
  const start = DateTime.fromObject({ year: y, month: m, day: d }, { zone });
  if (!start.isValid || start.hour !== 0 || start.minute !== 0) return Number.NaN;
  const next = start.plus({ days: 1 });
  if (next.offset !== start.offset || next.toSeconds() - start.toSeconds() !== 86_400) return Number.NaN;
  return Math.round(start.toSeconds());
}

function viaLuxon(date: string, seconds: number, zone: string): number {
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
