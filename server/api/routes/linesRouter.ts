import { Router } from 'express';
import type { FeedCatalog } from '../../feeds/FeedCatalog.ts';
import { ApiError } from '../ApiError.ts';
import { diagramQuery, linesQuery } from '../contract/index.ts';
import { feedFor } from '../feedFor.ts';
import { refOf } from '../offThread/ApiTask.ts';
import { answerOffThread, type OffThread } from '../offThread/answerOffThread.ts';
import { parseQuery } from '../parseQuery.ts';

/**
 * GET /api/lines: the feed's lines (maximal track paths between termini and junctions, with km),
 * found when the feed loads. GET /api/diagram: a line's time–distance (Marey) diagram on a date as
 * SVG, optionally with a second feed's trains in another colour (at most MAX_DIAGRAM_TRAINS runs).
 * `line` may also be any `<stop id>--<stop id>`. Both are drawn off the main thread and cached.
 */
export function linesRouter(catalog: FeedCatalog, off: OffThread): Router {
  const router = Router();
  router.get('/lines', async (req, res) => {
    const q = parseQuery(linesQuery, req.query);
    const feed = feedFor(catalog, q.feed);
    await answerOffThread(req, res, off, [feed], { type: 'lines', feed: refOf(feed) });
  });

  router.get('/diagram', async (req, res) => {
    const q = parseQuery(diagramQuery, req.query);
    const feed = feedFor(catalog, q.feed);
    const other = q.compare === undefined ? null : feedFor(catalog, q.compare, 'compare');
    if (q.to <= q.from) throw new ApiError('invalid_parameter', 'Invalid to: must be after from', 'to');
    await answerOffThread(req, res, off, other ? [feed, other] : [feed], {
      type: 'diagram',
      feed: refOf(feed),
      compare: other ? refOf(other) : null,
      query: q,
    });
  });
  return router;
}
