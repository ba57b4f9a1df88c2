import type { LoadedFeed } from '../../feeds/LoadedFeed.ts';
import { buildNetworkGeoJson } from '../../network/buildNetworkGeoJson.ts';
import type { CountryLocator } from '../../network/countryLocator.ts';
import { translate } from '../../timetable/translate.ts';
import { advisoryFor } from '../present/advisoryFor.ts';

/** GET /api/network's body: the feed's lines, stations and border crossings as GeoJSON (a string). */
export function networkBody(feed: LoadedFeed, locator: CountryLocator, lang: string | undefined): string {
  const tt = feed.timetable;
  const fc = buildNetworkGeoJson({
    timetable: tt,
    countries: feed.countries,
    border: feed.border,
    calls: feed.callCount,
    graph: feed.graph,
    locator,
    advisory: (from, to) => advisoryFor(tt, from, to, lang)?.text ?? null,
    stopName: (s) => translate(tt, 'stops', 'stop_name', tt.stops.id[s], tt.stops.name[s], lang),
  });
  return JSON.stringify({ ...fc, feed: feed.id, bbox: bboxOf(fc.features) });
}

function bboxOf(
  features: { geometry: { type: string; coordinates: unknown } }[],
): [number, number, number, number] | null {
  let b: [number, number, number, number] | null = null;
  const add = ([lon, lat]: number[]) => {
    if (!b) b = [lon, lat, lon, lat];
    else b = [Math.min(b[0], lon), Math.min(b[1], lat), Math.max(b[2], lon), Math.max(b[3], lat)];
  };
  for (const f of features) {
    if (f.geometry.type === 'Point') add(f.geometry.coordinates as number[]);
    else for (const c of f.geometry.coordinates as number[][]) add(c);
  }
  return b;
}
