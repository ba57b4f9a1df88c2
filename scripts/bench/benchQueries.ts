import { serviceRange } from '../../server/feeds/serviceRange.ts';
import type { StopIdx, Timetable } from '../../server/timetable/Timetable.ts';
import { mulberry32 } from './mulberry32.ts';
import type { BenchQuery } from './referenceCheck.ts';

/**
 * The benchmark's seeded random queries: `count` pairs of stations (top-level stops or stations),
 * service dates within the feed's service range, times between 06:00 and 20:00 (seconds after local
 * midnight). The same seed gives the same queries, in `npm run bench` and the other bench scripts.
 */
export function benchQueries(tt: Timetable, count: number, seed: number): BenchQuery[] {
  const range = serviceRange(tt);
  const rnd = mulberry32(seed);
  const { stops } = tt;
  const candidates: number[] = [];
  for (let s = 0; s < stops.count; s++)
    if (stops.locationType[s] === 0 || stops.locationType[s] === 1)
      if (stops.parent[s] < 0) candidates.push(s);
  const first = Date.parse(`${range.from}T00:00:00Z`);
  const days = Math.max(1, Math.round((Date.parse(`${range.to}T00:00:00Z`) - first) / 86_400_000));
  return Array.from({ length: count }, () => ({
    from: [candidates[Math.floor(rnd() * candidates.length)] as StopIdx],
    to: [candidates[Math.floor(rnd() * candidates.length)] as StopIdx],
    date: new Date(first + Math.floor(rnd() * days) * 86_400_000).toISOString().slice(0, 10),
    time: 6 * 3600 + Math.floor(rnd() * 14 * 3600),
  }));
}
