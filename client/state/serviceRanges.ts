import type { FeedSummary } from '../../server/api/contract/index.ts';

/** A span of calendar dates (YYYY-MM-DD, both ends included) some loaded timetable covers. */
export interface DateRange {
  from: string;
  to: string;
}

/**
 * The dates the loaded timetables cover (GET /api/feeds' serviceFrom/serviceTo), sorted, with
 * overlapping or touching spans joined: what an empty result names to the traveller.
 */
export function serviceRanges(feeds: readonly Pick<FeedSummary, 'serviceFrom' | 'serviceTo'>[]): DateRange[] {
  const spans = feeds
    .filter((f) => f.serviceFrom && f.serviceTo)
    .map((f) => ({ from: f.serviceFrom!.slice(0, 10), to: f.serviceTo!.slice(0, 10) }))
    .sort((a, b) => a.from.localeCompare(b.from));
  const out: DateRange[] = [];
  for (const s of spans) {
    const last = out.at(-1);
    if (last && s.from <= nextDay(last.to)) {
      if (s.to > last.to) last.to = s.to;
    } else out.push({ ...s });
  }
  return out;
}

/** Whether some range covers `date`. */
export function covered(ranges: readonly DateRange[], date: string): boolean {
  return ranges.some((r) => r.from <= date && date <= r.to);
}

/**
 * The covered date nearest after `date` (the first day of the next range), else the last covered
 * day before it; undefined when nothing is loaded or `date` itself is covered.
 */
export function nearestCovered(ranges: readonly DateRange[], date: string): string | undefined {
  if (covered(ranges, date)) return undefined;
  const after = ranges.find((r) => r.from > date);
  if (after) return after.from;
  return ranges.at(-1)?.to;
}

function nextDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}
