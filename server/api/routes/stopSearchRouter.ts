import { Router } from 'express';
import type { FeedCatalog } from '../../feeds/FeedCatalog.ts';
import { stopsQuery } from '../contract/index.ts';
import { feedEtag } from '../feedEtag.ts';
import { feedFor } from '../feedFor.ts';
import { parseQuery } from '../parseQuery.ts';
import { presentStop } from '../present/presentStop.ts';

/** GET /api/stops?q=: station search for autocomplete (stations before platforms). */
export function stopSearchRouter(catalog: FeedCatalog): Router {
  const router = Router();
  router.get('/stops', (req, res) => {
    const q = parseQuery(stopsQuery, req.query);
    const feed = feedFor(catalog, q.feed);
    if (feedEtag(req, res, [feed])) return;
    const matches = feed.search.search(q.q, q.limit);
    res.json({ feed: feed.id, stops: matches.map((m) => presentStop(feed, m.stop, q.lang)) });
  });
  return router;
}
