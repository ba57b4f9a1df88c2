import { Router } from 'express';
import type { FeedCatalog } from '../../feeds/FeedCatalog.ts';
import { emptyQuery, timetableQuery } from '../contract/index.ts';
import { feedFor } from '../feedFor.ts';
import { refOf } from '../offThread/ApiTask.ts';
import { answerOffThread, type OffThread } from '../offThread/answerOffThread.ts';
import { parseQuery } from '../parseQuery.ts';
import { resolveStopParam } from '../present/resolveStopParam.ts';
import { TIMETABLE_CSS } from './timetableHtml.ts';

/**
 * GET /api/timetable: the printed-timetable view between two stations on a date (direct trains and
 * one-change connections with their change station and operating days) as JSON, HTML or CSV
 * (`format`, else the Accept header), built off the main thread and cached. GET /api/timetable.css:
 * the HTML view's stylesheet.
 */
export function timetableRouter(catalog: FeedCatalog, off: OffThread): Router {
  const router = Router();
  router.get('/timetable.css', (req, res) => {
    parseQuery(emptyQuery, req.query);
    res.type('text/css').setHeader('Cache-Control', 'public, max-age=3600');
    res.send(TIMETABLE_CSS);
  });
  router.get('/timetable', async (req, res) => {
    const q = parseQuery(timetableQuery, req.query);
    const feed = feedFor(catalog, q.feed);
    const from = resolveStopParam(feed, q.from, 'from');
    const to = resolveStopParam(feed, q.to, 'to');
    const accepted = q.format ?? req.accepts(['application/json', 'text/html', 'text/csv']) ?? 'json';
    const format =
      accepted === 'text/html' || accepted === 'html'
        ? 'html'
        : accepted === 'text/csv' || accepted === 'csv'
          ? 'csv'
          : 'json';
    res.vary('Accept');
    await answerOffThread(req, res, off, [feed], {
      type: 'timetable',
      feed: refOf(feed),
      from,
      to,
      date: q.date,
      format,
      lang: q.lang,
    });
  });
  return router;
}
