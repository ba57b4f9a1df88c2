import type { DayNumber, Services } from '../Timetable.ts';

/** The members' calendars on one day grid (the union of their days). */
export function mergeServices(list: readonly Services[], ids: string[][]): Services {
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const s of list)
    if (s.dayCount > 0) {
      first = Math.min(first, s.firstDay);
      last = Math.max(last, s.firstDay + s.dayCount - 1);
    }
  const firstDay = (Number.isFinite(first) ? first : 0) as DayNumber;
  const dayCount = Number.isFinite(first) ? last - first + 1 : 0;
  const count = list.reduce((n, s) => n + s.count, 0);
  const active = new Uint8Array(count * dayCount);
  let base = 0;
  for (const s of list) {
    for (let i = 0; i < s.count; i++)
      active.set(
        s.active.subarray(i * s.dayCount, (i + 1) * s.dayCount),
        (base + i) * dayCount + (s.firstDay - firstDay),
      );
    base += s.count;
  }
  return { count, id: ids.flat(), firstDay, dayCount, active };
}
