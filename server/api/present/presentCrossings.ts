import type { LoadedFeed } from '../../feeds/LoadedFeed.ts';
import type { CountryLocator } from '../../network/countryLocator.ts';
import { crossingsOfRun } from '../../network/crossingsOfRun.ts';
import type { LonLat } from '../../network/geo.ts';
import type { BorderCrossing } from '../contract/index.ts';
import { advisoryFor } from './advisoryFor.ts';

/**
 * The border crossings of a train's run over the stops `stops` (in order) along `geometry`, with
 * the feed's advisory for each crossing in `lang`.
 */
export function presentCrossings(
  feed: LoadedFeed,
  stops: readonly number[],
  geometry: readonly LonLat[],
  locator: CountryLocator,
  lang: string | undefined,
): BorderCrossing[] {
  const tt = feed.timetable;
  return crossingsOfRun(tt.stops, feed.countries, stops, () => geometry, locator).map((c) => {
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
