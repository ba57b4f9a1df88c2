/** A local calendar date and wall-clock time as the search form and the API use them. */
export interface DateTime {
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM */
  time: string;
}

/**
 * The current date and time in an IANA zone (the origin's zone, so "now" means now at the station),
 * falling back to the browser's zone when the zone is unknown to Intl.
 */
export function nowIn(timeZone: string | undefined, now: Date = new Date()): DateTime {
  let parts: Intl.DateTimeFormatPart[];
  const opts: Intl.DateTimeFormatOptions = {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  };
  try {
    parts = new Intl.DateTimeFormat('en-GB', { ...opts, timeZone }).formatToParts(now);
  } catch {
    parts = new Intl.DateTimeFormat('en-GB', opts).formatToParts(now);
  }
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  return { date: `${get('year')}-${get('month')}-${get('day')}`, time: `${get('hour')}:${get('minute')}` };
}

/** `date time` moved by `minutes` on the local wall clock (no zone rules: used for search windows). */
export function shiftLocal(at: DateTime, minutes: number): DateTime {
  const ms = Date.parse(`${at.date}T${at.time}:00Z`) + minutes * 60_000;
  const iso = new Date(ms).toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
}
