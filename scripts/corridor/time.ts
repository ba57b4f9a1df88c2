/** Seconds since the start of the service day (GTFS "noon minus 12 h"); may exceed 86 400. */
export type Seconds = number;

/** Parses "HH:MM" or "HH:MM:SS" (hours may exceed 23) into seconds; throws on anything else. */
export function parseTime(text: string): Seconds {
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(text);
  if (!m || Number(m[2]) > 59 || Number(m[3] ?? 0) > 59) throw new Error(`bad time "${text}"`);
  return Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3] ?? 0);
}

/** Formats seconds as GTFS "HH:MM:SS" (zero-padded, hours may exceed 23). */
export function formatGtfsTime(t: Seconds): string {
  if (!Number.isInteger(t) || t < 0) throw new Error(`bad time ${t}`);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(t / 3600))}:${pad(Math.floor(t / 60) % 60)}:${pad(t % 60)}`;
}

/** Formats seconds as "HH:MM" for human-readable notes (seconds dropped; estimates are whole minutes). */
export function formatHhmm(t: Seconds): string {
  return formatGtfsTime(t).slice(0, 5);
}

/** "2024-08-01" -> "20240801" (GTFS date). Throws on anything that is not an ISO calendar date. */
export function gtfsDate(iso: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso) || Number.isNaN(Date.parse(`${iso}T00:00:00Z`)))
    throw new Error(`bad date "${iso}"`);
  return iso.replaceAll('-', '');
}
