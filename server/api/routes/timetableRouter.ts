import { Router } from 'express';
import { buildTimetableGrid } from '../../compare/grid/buildTimetableGrid.ts';
import type { FeedCatalog } from '../../feeds/FeedCatalog.ts';
import { emptyQuery, timetableQuery } from '../contract/index.ts';
import { feedEtag } from '../feedEtag.ts';
import { feedFor } from '../feedFor.ts';
import { parseQuery } from '../parseQuery.ts';
import { resolveStopParam } from '../present/resolveStopParam.ts';
import { presentTimetable } from './presentTimetable.ts';
import { timetableCsv } from './timetableCsv.ts';
import { TIMETABLE_CSS, timetableHtml } from './timetableHtml.ts';

/**
 * GET /api/timetable: the printed-timetable view between two stations on a date (direct trains and
 * one-change connections with their change station and operating days) as JSON, HTML or CSV
 * (`format`, else the Accept header). GET /api/timetable.css: the HTML view's stylesheet.
 */
export function timetableRouter(catalog: FeedCatalog): Router {
  const router = Router();
  router.get('/timetable.css', (req, res) => {
    parseQuery(emptyQuery, req.query);
    res.type('text/css').setHeader('Cache-Control', 'public, max-age=3600');
    res.send(TIMETABLE_CSS);
  });
  router.get('/timetable', (req, res) => {
    const q = parseQuery(timetableQuery, req.query);
    const feed = feedFor(catalog, q.feed);
    const from = resolveStopParam(feed, q.from, 'from');
    const to = resolveStopParam(feed, q.to, 'to');
    const format = q.format ?? req.accepts(['application/json', 'text/html', 'text/csv']) ?? 'json';
    res.vary('Accept');
    if (feedEtag(req, res, [feed])) return;
    const doc = presentTimetable(
      feed,
      q.date,
      from,
      to,
      buildTimetableGrid(feed.router, feed.timetable, from, to, q.date),
    );
    if (format === 'text/html' || format === 'html') res.type('html').send(timetableHtml(doc));
    else if (format === 'text/csv' || format === 'csv')
      res.type('text/csv; charset=utf-8').send(timetableCsv(doc));
    else res.json(doc);
  });
  return router;
}
