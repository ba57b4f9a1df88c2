/** A time as printed at its stop: local calendar date, wall-clock time and UTC offset. */
export interface LocalTime {
  /** YYYY-MM-DD in the stop's own zone. */
  date: string;
  /** HH:MM in the stop's own zone. */
  time: string;
  /** `+03:00`, `-05:30` or `Z`, as in the ISO string. */
  offset: string;
}

const ISO = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

/**
 * Splits an ISO 8601 time with offset (`2026-04-02T08:25:00+03:00`) into its local parts without
 * converting it: the API already expresses every time in its stop's own offset, and the browser's
 * zone must not leak in. Throws on anything else.
 */
export function localTime(iso: string): LocalTime {
  const m = ISO.exec(iso);
  if (!m) throw new Error(`not an ISO 8601 time with offset: ${iso}`);
  const offset = m[3] === 'Z' ? 'Z' : m[3].length === 5 ? `${m[3].slice(0, 3)}:${m[3].slice(3)}` : m[3];
  return { date: m[1], time: m[2], offset };
}

/** `UTC+3`, `UTC+5:30`, `UTC−4` or `UTC` for an ISO time's offset: short enough for a timetable. */
export function offsetLabel(iso: string): string {
  const { offset } = localTime(iso);
  if (offset === 'Z' || offset === '+00:00' || offset === '-00:00') return 'UTC';
  const sign = offset[0] === '-' ? '−' : '+';
  const h = Number(offset.slice(1, 3));
  const m = offset.slice(4, 6);
  return `UTC${sign}${h}${m === '00' ? '' : `:${m}`}`;
}

/** Whether the given ISO times carry more than one UTC offset (then each time shows its zone). */
export function zonesDiffer(isos: readonly string[]): boolean {
  return (
    new Set(isos.map((iso) => localTime(iso).offset.replace('-00:00', '+00:00').replace('Z', '+00:00')))
      .size > 1
  );
}

/** `08:25`, or `08:25 UTC+3` when `withZone`: the wall-clock time at the stop. */
export function formatClock(iso: string, withZone = false): string {
  const { time } = localTime(iso);
  return withZone ? `${time} ${offsetLabel(iso)}` : time;
}

/** Whole calendar days from `referenceDate` (YYYY-MM-DD) to the local date of `iso` (0 = same day). */
export function dayOffset(iso: string, referenceDate: string): number {
  const d = Date.parse(`${localTime(iso).date}T00:00:00Z`);
  const r = Date.parse(`${referenceDate}T00:00:00Z`);
  return Math.round((d - r) / 86_400_000);
}

/** Milliseconds since the epoch of an ISO time with offset (for ordering and differences). */
export function instant(iso: string): number {
  return Date.parse(iso);
}
