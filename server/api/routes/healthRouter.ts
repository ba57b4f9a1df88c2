import { Router } from 'express';
import type { FeedCatalog } from '../../feeds/FeedCatalog.ts';
import type { LoadedFeed } from '../../feeds/LoadedFeed.ts';
import type { RefusedFeed } from '../../feeds/RefusedFeed.ts';
import { droppedRowCount } from '../../gtfs/ValidationReport.ts';
import { emptyQuery, type FeedSummary, type RefusedFeedSummary } from '../contract/index.ts';
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
    errors: feed.report.errors.length,
    droppedRows: droppedRowCount(feed.report),
    dropped: feed.report.dropped.map((d) => ({ file: d.file, code: d.code, rows: d.rows })),
    provenance: feed.provenance,
    ...(feed.network && { members: feed.network.feeds, stations: feed.network.stations.length }),
  };
}

/** A refused feed as /api/health and /api/feeds list it (its source path stays on the server). */
export function refusedSummary(r: RefusedFeed): RefusedFeedSummary {
  return {
    id: r.id,
    reason: r.reason,
    errorCount: r.errorCount,
    errors: r.errors.map((e) => ({ ...e })),
    refusedAt: r.refusedAt.toISOString(),
  };
}

/** Whether this instance should get traffic, and why not (for `GET /api/ready`). */
export interface Readiness {
  ready: boolean;
  /** Worker threads with every feed prepared, of those configured (0 of 0: single-thread mode). */
  workers?: { alive: number; size: number };
  /** Shutting down: finishing requests in flight, taking no new ones. */
  draining?: boolean;
  reason?: string;
}

/**
 * GET /api/health (liveness: the process answers; status and feeds, `degraded` when none is served or
 * a configured one was refused), GET /api/ready (readiness: 200
 * when feeds are loaded and the worker threads are up, else 503 so a load balancer sends traffic
 * elsewhere) and GET /api/feeds.
 */
export function healthRouter(catalog: FeedCatalog, readiness?: () => Readiness): Router {
  const router = Router();
  router.get('/ready', (req, res) => {
    parseQuery(emptyQuery, req.query);
    const feeds = catalog.list().length;
    const r: Readiness = readiness?.() ?? { ready: true };
    const ready = r.ready && feeds > 0;
    const reason = feeds === 0 ? 'no feed loaded' : r.reason;
    res.setHeader('Cache-Control', 'no-store');
    res.status(ready ? 200 : 503).json({ ...r, ready, feeds, ...(ready ? {} : { reason }) });
  });
  router.get('/health', (req, res) => {
    parseQuery(emptyQuery, req.query);
    const feeds = catalog.list();
    res.setHeader('Cache-Control', 'no-store');
    const refused = catalog.refused();
    res.json({
      status: feeds.length > 0 && refused.length === 0 ? 'ok' : 'degraded',
      feeds: [...feeds, ...catalog.networkList()].map(feedSummary),
      refused: refused.map(refusedSummary),
    });
  });
  router.get('/feeds', (req, res) => {
    parseQuery(emptyQuery, req.query);
    res.json({
      default: catalog.defaultFeedId() ?? null,
      feeds: [...catalog.list(), ...catalog.networkList()].map(feedSummary),
      refused: catalog.refused().map(refusedSummary),
    });
  });
  return router;
}
