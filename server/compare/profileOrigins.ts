import type { StopIdx } from '../engine/model/Timetable.ts';
import { expandStops } from '../engine/query/resolveStopOrStation.ts';
import type { RaptorData } from '../engine/raptor/buildRaptorData.ts';
import { OriginProfiler } from './OriginProfiler.ts';
import { type PairStats, pairStats } from './PairStats.ts';
import { serviceDay } from './ServiceDay.ts';

/** PairStats of every destination for one origin, in the order of the station list; null for the origin itself. */
export interface OriginStats {
  origin: string;
  stats: (PairStats | null)[];
}

/**
 * The expensive part of a comparison, for one feed: one whole-day profile per origin in `origins`
 * (station or stop ids) to every station of `stations`, on `date`. Ids the feed lacks get empty
 * stats. `onOrigin` is called after each origin (progress). Workers each take a share of the origins.
 */
export function profileOrigins(
  data: RaptorData,
  date: string,
  stations: readonly string[],
  origins: readonly string[],
  onOrigin?: (done: number) => void,
): OriginStats[] {
  const tt = data.timetable;
  const profiler = new OriginProfiler(data);
  const day = serviceDay(data, date);
  const platforms = stations.map((id) => {
    const s = tt.stopIndex.get(id);
    return s === undefined ? [] : expandStops(tt, [s]);
  });
  const out: OriginStats[] = [];
  for (const origin of origins) {
    const o = tt.stopIndex.get(origin);
    const from: StopIdx[] = o === undefined ? [] : expandStops(tt, [o]);
    const zone = o === undefined ? 'UTC' : (tt.timezones[tt.stops.timezone[o]] ?? 'UTC');
    const profiles = profiler.profile(day, from, zone, platforms);
    out.push({ origin, stats: stations.map((id, i) => (id === origin ? null : pairStats(profiles[i]))) });
    onOrigin?.(out.length);
  }
  return out;
}
