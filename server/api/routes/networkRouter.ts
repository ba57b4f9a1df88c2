import { Router } from 'express';
import type { FeedCatalog } from '../../feeds/FeedCatalog.ts';
import { networkQuery } from '../contract/index.ts';
import { feedEtag } from '../feedEtag.ts';
import { feedFor } from '../feedFor.ts';
import { refOf } from '../offThread/ApiTask.ts';
import { answerOffThread, type OffThread } from '../offThread/answerOffThread.ts';
import { parseQuery } from '../parseQuery.ts';

/**
 * GET /api/network: the feed's lines, stations and border crossings as GeoJSON. The default
 * language's is built with the feed when it loads off the main thread (`networkCache`); others are
 * built off the main thread on first request and cached.
 */
export function networkRouter(catalog: FeedCatalog, off: OffThread): Router {
  const router = Router();
  router.get('/network', async (req, res) => {
    const q = parseQuery(networkQuery, req.query);
    const feed = feedFor(catalog, q.feed);
    const ready = feed.networkCache.get(q.lang ?? '');
    if (typeof ready === 'string') {
      if (feedEtag(req, res, [feed])) return;
      res.type('application/json').send(req.method === 'HEAD' ? undefined : ready);
      return;
    }
    await answerOffThread(req, res, off, [feed], { type: 'network', feed: refOf(feed), lang: q.lang });
  });
  return router;
}
