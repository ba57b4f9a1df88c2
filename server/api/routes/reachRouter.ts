import { Router } from 'express';
import type { FeedCatalog } from '../../feeds/FeedCatalog.ts';
import { reachQuery } from '../contract/index.ts';
import { feedFor } from '../feedFor.ts';
import { refOf } from '../offThread/ApiTask.ts';
import { answerOffThread, type OffThread } from '../offThread/answerOffThread.ts';
import { parseQuery } from '../parseQuery.ts';
import { resolveStopParam } from '../present/resolveStopParam.ts';

/**
 * GET /api/reach: the travel-time map's data: every station reached from `from` within `maxMinutes`
 * of `time` on `date` (one-to-all earliest arrival with a cutoff: the engine's connection scan where
 * it is the cheaper search), with `compare` the same in a second feed (e.g. what the 2026 plan brings
 * within 3 hours of Smolensk against 2024). Answered off the main thread and cached by feed versions.
 */
export function reachRouter(catalog: FeedCatalog, off: OffThread): Router {
  const router = Router();
  router.get('/reach', async (req, res) => {
    const q = parseQuery(reachQuery, req.query);
    const feed = feedFor(catalog, q.feed);
    const other = q.compare === undefined ? null : feedFor(catalog, q.compare, 'compare');
    // The origin must exist in the main feed; in the compared one it may not (nothing is reached there).
    resolveStopParam(feed, q.from, 'from');
    await answerOffThread(req, res, off, other ? [feed, other] : [feed], {
      type: 'reach',
      feed: refOf(feed),
      compare: other ? refOf(other) : null,
      query: q,
    });
  });
  return router;
}
