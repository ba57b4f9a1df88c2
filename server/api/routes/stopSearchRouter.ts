import { Router } from 'express';
import type { FeedCatalog } from '../../feeds/FeedCatalog.ts';
import { stopsQuery } from '../contract/index.ts';
import { feedEtag } from '../feedEtag.ts';
import { feedFor } from '../feedFor.ts';
import { parseQuery } from '../parseQuery.ts';
import { presentStop } from '../present/presentStop.ts';

/**
 * GET /api/stops?q=&near=: station search for autocomplete (every common spelling, see
 * server/search), or the stations nearest to `near`, each with its distance.
 */
export function stopSearchRouter(catalog: FeedCatalog): Router {
  const router = Router();
  router.get('/stops', (req, res) => {
    const q = parseQuery(stopsQuery, req.query);
    const feed = feedFor(catalog, q.feed);
    if (feedEtag(req, res, [feed])) return;
    const matches = feed.search.search(q.q, q.limit, q.near);
    res.json({
      feed: feed.id,
      stops: matches.map((m) =>
        m.distance === undefined
          ? presentStop(feed, m.stop, q.lang)
          : { ...presentStop(feed, m.stop, q.lang), distance: m.distance },
      ),
    });
  });
  return router;
}
