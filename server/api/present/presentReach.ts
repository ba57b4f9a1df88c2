import type { LoadedFeed } from '../../feeds/LoadedFeed.ts';
import { stationOf } from '../../network/stationOf.ts';
import type { StopIdx } from '../../timetable/Timetable.ts';
import { formatInstant } from '../../timetable/time/formatInstant.ts';
import type { ReachQuery, ReachResponse } from '../contract/index.ts';
import { presentStop } from './presentStop.ts';

/** One station's fastest journey from the origin: arrival Unix s, duration s, changes. */
interface Reached {
  arrival: number;
  duration: number;
  transfers: number;
}

/**
 * The fastest journey to every station (a station: its platforms) departing from the origin within
 * `maxMinutes` of the query time and taking at most `maxMinutes`, by the engine's profile query (one
 * pass for every station: the range query's Pareto journeys, the cost limit applied); ties go to the
 * earlier arrival. Durations count from the journey's own first train: the wait at the origin is not
 * travel time. Keyed by station id; the origin's own station left out. Null when the feed lacks the
 * origin.
 */
function reachedStations(feed: LoadedFeed, date: string, q: ReachQuery): Map<string, Reached> | null {
  const tt = feed.timetable;
  const origin = tt.stopIndex.get(q.from);
  if (origin === undefined) return null;
  const [h, m] = q.time.split(':').map(Number);
  const cutoff = q.maxMinutes * 60;
  const own = stationOf(tt.stops, origin);
  const ids: number[] = [];
  for (let s = 0; s < tt.stops.count; s++)
    if (tt.stops.parent[s] < 0 && tt.stops.locationType[s] <= 1 && s !== own) ids.push(s);
  const profiles = feed.router.profile({
    from: [origin as StopIdx],
    targets: ids.map((s) => [s as StopIdx]),
    date,
    time: h * 3600 + m * 60,
    windowSeconds: cutoff,
    maxTravelSeconds: 2 * cutoff,
    maxTransfers: q.maxTransfers,
    minTransferSeconds: q.minTransfer * 60,
  });
  const stations = new Map<string, Reached>();
  ids.forEach((s, i) => {
    let best: Reached | null = null;
    for (const j of profiles[i]) {
      const duration = j.arrival - j.departure;
      if (duration > cutoff) continue;
      if (!best || duration < best.duration || (duration === best.duration && j.arrival < best.arrival))
        best = { arrival: j.arrival, duration, transfers: j.transfers };
    }
    if (best) stations.set(tt.stops.id[s], best);
  });
  return stations;
}

/**
 * GET /api/reach's document: the stations reached from `q.from` within `q.maxMinutes` (leaving within
 * as long after `q.time`), nearest first;
 * with `compare`, each station's figures in the other feed too (stations reached in either).
 */
export function presentReach(feed: LoadedFeed, other: LoadedFeed | null, q: ReachQuery): ReachResponse {
  const tt = feed.timetable;
  const main = reachedStations(feed, q.date, q);
  const compareDate = q.compareDate ?? q.date;
  const cmp = other ? reachedStations(other, compareDate, q) : null;
  const ids = new Set([...(main?.keys() ?? []), ...(cmp?.keys() ?? [])]);
  const stops = [...ids].map((id) => {
    const x = main?.get(id);
    const y = cmp?.get(id);
    const where = x || !other ? feed : other;
    const s = where.timetable.stopIndex.get(id) as number;
    const p = presentStop(where, s, q.lang);
    const zone = p.timezone;
    const row = {
      id,
      name: p.name,
      lat: p.lat,
      lon: p.lon,
      country: p.country,
      arrival: x ? formatInstant(x.arrival, zone) : null,
      duration: x ? x.duration : null,
      transfers: x ? x.transfers : null,
    };
    if (!other) return row;
    return {
      ...row,
      compare: y
        ? { arrival: formatInstant(y.arrival, zone), duration: y.duration, transfers: y.transfers }
        : null,
    };
  });
  stops.sort(
    (a, b) =>
      (a.duration ?? Number.POSITIVE_INFINITY) - (b.duration ?? Number.POSITIVE_INFINITY) ||
      a.id.localeCompare(b.id),
  );
  const origin = tt.stopIndex.get(q.from) as number;
  return {
    type: 'reach',
    feed: feed.id,
    from: presentStop(feed, origin, q.lang),
    date: q.date,
    time: q.time,
    maxMinutes: q.maxMinutes,
    compare: other ? { feed: other.id, date: compareDate } : null,
    stops,
  };
}
