import { Router } from 'express';
import type { FeedCatalog } from '../../feeds/FeedCatalog.ts';
import type { LoadedFeed } from '../../feeds/LoadedFeed.ts';
import { emptyQuery, type FeedSummary } from '../contract/index.ts';
import { parseQuery } from '../parseQuery.ts';

/** The summary of a loaded feed shared by /api/health and /api/feeds. */
export function feedSummary(feed: LoadedFeed): FeedSummary {
  const { timetable } = feed;
  return {
    id: feed.id,
    agencies: timetable.agencies.map((a) => ({ id: a.id, name: a.name, timezone: a.timezone })),
    stops: timetable.stops.count,
    trips: timetable.trips.count,
    serviceFrom: feed.serviceFrom,
    serviceTo: feed.serviceTo,
    loadedAt: feed.loadedAt.toISOString(),
    warnings: feed.report.warnings.length,
    provenance: feed.provenance,
  };
}

/** GET /api/health and GET /api/feeds. */
export function healthRouter(catalog: FeedCatalog): Router {
  const router = Router();
  router.get('/health', (req, res) => {
    parseQuery(emptyQuery, req.query);
    const feeds = catalog.list();
    res.setHeader('Cache-Control', 'no-store');
    res.json({ status: feeds.length > 0 ? 'ok' : 'degraded', feeds: feeds.map(feedSummary) });
  });
  router.get('/feeds', (req, res) => {
    parseQuery(emptyQuery, req.query);
    res.json({ default: catalog.defaultFeedId() ?? null, feeds: catalog.list().map(feedSummary) });
  });
  return router;
}
