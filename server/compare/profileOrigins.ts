import type { Router, StopIdx } from '../engine/index.ts';
import { type PairStats, pairStats } from './PairStats.ts';

/** PairStats of every destination for one origin, in the order of the station list; null for the origin itself. */
export interface OriginStats {
  origin: string;
  stats: (PairStats | null)[];
}

/**
 * How far after the service day's start a comparison looks for arrivals: the day and the two after
 * it. A planner has no use for journeys that wait days for a weekly train.
 */
export const PROFILE_HORIZON_SECONDS = 3 * 86_400;

/**
 * The expensive part of a comparison, for one feed: one whole-day profile per origin in `origins`
 * (station or stop ids; departures 00:00 to 24:00 on the origin's clock) to every station of
 * `stations`, on `date`, by the engine's profile query. Ids the feed lacks get empty stats.
 * `onOrigin` is called after each origin (progress). Workers each take a share of the origins.
 */
export function profileOrigins(
  router: Router,
  date: string,
  stations: readonly string[],
  origins: readonly string[],
  onOrigin?: (done: number) => void,
): OriginStats[] {
  const tt = router.data.timetable;
  const idOf = (id: string): StopIdx[] => {
    const s = tt.stopIndex.get(id);
    return s === undefined ? [] : [s];
  };
  const targets = stations.map(idOf);
  const out: OriginStats[] = [];
  for (const origin of origins) {
    const profiles = router.profile({
      from: idOf(origin),
      targets,
      date,
      time: 0,
      windowSeconds: 86_399,
      maxTravelSeconds: PROFILE_HORIZON_SECONDS,
    });
    out.push({ origin, stats: stations.map((id, i) => (id === origin ? null : pairStats(profiles[i]))) });
    onOrigin?.(out.length);
  }
  return out;
}
