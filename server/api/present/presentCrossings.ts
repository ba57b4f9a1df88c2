import type { LoadedFeed } from '../../feeds/LoadedFeed.ts';
import type { CountryLocator } from '../../network/countryLocator.ts';
import { crossingsOfRun } from '../../network/crossingsOfRun.ts';
import type { LonLat } from '../../network/geo.ts';
import type { BorderCrossing } from '../contract/index.ts';
import { advisoryFor } from './advisoryFor.ts';

/** Most runs whose crossings a feed keeps (`LoadedFeed.crossingCache`) before it starts afresh. */
export const CROSSING_CACHE_RUNS = 20_000;

/**
 * The border crossings of a train's run over the stops `stops` (in order) along `geometry`, with
 * the feed's advisory for each crossing in `lang`. `key` names the run (trip and the part ridden: the
 * same key must mean the same stops and geometry); with it, the crossings are computed once per feed.
 */
export function presentCrossings(
  feed: LoadedFeed,
  stops: readonly number[],
  geometry: readonly LonLat[],
  locator: CountryLocator,
  lang: string | undefined,
  key?: string,
): BorderCrossing[] {
  const tt = feed.timetable;
  let crossings = key === undefined ? undefined : feed.crossingCache.get(key);
  if (!crossings) {
    crossings = crossingsOfRun(tt.stops, feed.countries, stops, () => geometry, locator);
    if (key !== undefined) {
      if (feed.crossingCache.size >= CROSSING_CACHE_RUNS) feed.crossingCache.clear();
      feed.crossingCache.set(key, crossings);
    }
  }
  return crossings.map((c) => {
    const advisory = advisoryFor(tt, c.fromCountry, c.toCountry, lang);
    return {
      type: 'borderCrossing' as const,
      fromCountry: c.fromCountry,
      toCountry: c.toCountry,
      point: c.point,
      afterStop: tt.stops.id[c.after],
      beforeStop: tt.stops.id[c.before],
      advisory: advisory?.text ?? null,
      advisorySource: advisory?.source || null,
    };
  });
}
