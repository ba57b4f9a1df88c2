import { Router } from 'express';
import type { FeedCatalog } from '../../feeds/FeedCatalog.ts';
import { buildNetworkGeoJson } from '../../network/buildNetworkGeoJson.ts';
import type { CountryLocator } from '../../network/countryLocator.ts';
import { translate } from '../../timetable/translate.ts';
import { networkQuery } from '../contract/index.ts';
import { feedEtag } from '../feedEtag.ts';
import { feedFor } from '../feedFor.ts';
import { parseQuery } from '../parseQuery.ts';
import { advisoryFor } from '../present/advisoryFor.ts';

/** GET /api/network: the feed's lines, stations and border crossings as GeoJSON, cached per language. */
export function networkRouter(catalog: FeedCatalog, locator: CountryLocator): Router {
  const router = Router();
  router.get('/network', (req, res) => {
    const q = parseQuery(networkQuery, req.query);
    const feed = feedFor(catalog, q.feed);
    if (feedEtag(req, res, [feed])) return;
    const key = q.lang ?? '';
    let body = feed.networkCache.get(key);
    if (!body) {
      const tt = feed.timetable;
      const fc = buildNetworkGeoJson({
        timetable: tt,
        countries: feed.countries,
        border: feed.border,
        calls: feed.callCount,
        graph: feed.graph,
        locator,
        advisory: (from, to) => advisoryFor(tt, from, to, q.lang)?.text ?? null,
        stopName: (s) => translate(tt, 'stops', 'stop_name', tt.stops.id[s], tt.stops.name[s], q.lang),
      });
      body = JSON.stringify({ ...fc, feed: feed.id, bbox: bboxOf(fc.features) });
      feed.networkCache.set(key, body);
    }
    res.type('application/json').send(body);
  });
  return router;
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
