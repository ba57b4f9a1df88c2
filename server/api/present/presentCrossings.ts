import type { LoadedFeed } from '../../feeds/LoadedFeed.ts';
import type { CountryLocator } from '../../network/countryLocator.ts';
import { findBorderCrossings } from '../../network/findBorderCrossings.ts';
import type { LonLat } from '../../network/geo.ts';
import { nearestVertices } from '../../network/nearestVertices.ts';
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
  const placed = stops.map((s) => ({
    lon: tt.stops.lon[s],
    lat: tt.stops.lat[s],
    country: feed.countries[s],
  }));
  const first = placed.find((p) => p.country)?.country;
  if (placed.every((p) => !p.country || p.country === first)) return [];
  const vertices = nearestVertices(
    geometry,
    placed.map((p) => [p.lon, p.lat] as LonLat),
  );
  return findBorderCrossings(placed, geometry, vertices, locator).map((c) => {
    const advisory = advisoryFor(tt, c.fromCountry, c.toCountry, lang);
    return {
      type: 'borderCrossing' as const,
      fromCountry: c.fromCountry,
      toCountry: c.toCountry,
      point: c.point,
      afterStop: tt.stops.id[stops[c.afterStop]],
      beforeStop: tt.stops.id[stops[c.beforeStop]],
      advisory: advisory?.text ?? null,
      advisorySource: advisory?.source || null,
    };
  });
}
