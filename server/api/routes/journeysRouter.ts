import { Router } from 'express';
import type { FeedCatalog } from '../../feeds/FeedCatalog.ts';
import { journeysQuery } from '../contract/index.ts';
import { feedEtag } from '../feedEtag.ts';
import { feedFor } from '../feedFor.ts';
import { refOf } from '../offThread/ApiTask.ts';
import type { OffThread } from '../offThread/answerOffThread.ts';
import { parseQuery } from '../parseQuery.ts';
import { resolveStopParam } from '../present/resolveStopParam.ts';

/**
 * GET /api/journeys: Pareto-optimal journeys (depart-after, arrive-by or range) between two stops,
 * searched by the pool's worker threads (or this thread without a pool). Not cached: cheap, and too
 * many distinct queries.
 */
export function journeysRouter(catalog: FeedCatalog, off: OffThread): Router {
  const router = Router();
  router.get('/journeys', async (req, res) => {
    const q = parseQuery(journeysQuery, req.query);
    const feed = feedFor(catalog, q.feed);
    resolveStopParam(feed, q.from, 'from');
    resolveStopParam(feed, q.to, 'to');
    if (feedEtag(req, res, [feed])) return;
    if (req.method === 'HEAD') {
      res.type('application/json').end();
      return;
    }
    const body = await off.work.run({ type: 'journeys', feed: refOf(feed), query: q });
    res.type(body.type).send(body.body);
  });
  return router;
}
