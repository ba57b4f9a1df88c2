import { type Request, Router } from 'express';
import type { Logger } from 'pino';
import { exportGtfsZip, type GtfsExport } from '../../feeds/exportGtfsZip.ts';
import type { FeedCatalog } from '../../feeds/FeedCatalog.ts';
import { ApiError } from '../ApiError.ts';
import { emptyQuery, feedParam } from '../contract/index.ts';
import { feedEtag } from '../feedEtag.ts';
import { feedFor } from '../feedFor.ts';
import { parseQuery } from '../parseQuery.ts';

/** Exports kept (feed id and version), the most recently made last. */
const KEPT = 4;

/**
 * GET /api/feeds/:id/gtfs.zip: a served feed (or network) as GTFS, written from the Timetable it is
 * served from and read back by our own loader before it leaves: an export our reader finds an error in
 * is a 500, never a broken file. Made once per feed version (identical requests share one run; the
 * last few kept) and sent with the feed's ETag.
 */
export function feedExportRouter(catalog: FeedCatalog, logger: Logger): Router {
  const router = Router();
  const made = new Map<string, { version: string; run: Promise<GtfsExport> }>();
  router.get('/feeds/:id/gtfs.zip', async (req: Request<{ id: string }>, res) => {
    parseQuery(emptyQuery, req.query);
    const feed = feedFor(catalog, parseQuery(feedParam, req.params.id), 'id');
    if (feedEtag(req, res, [feed])) return;
    res
      .type('application/zip')
      .setHeader('Content-Disposition', `attachment; filename="${feed.id}.gtfs.zip"`);
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    let entry = made.get(feed.id);
    if (!entry || entry.version !== feed.version) {
      entry = { version: feed.version, run: exportGtfsZip(feed) };
      made.delete(feed.id);
      made.set(feed.id, entry);
      for (const id of made.keys()) if (made.size > KEPT) made.delete(id);
      entry.run.catch(() => made.delete(feed.id));
    }
    const out = await entry.run;
    if (out.errors.length > 0) {
      logger.error(
        { feed: feed.id, errors: out.errors.slice(0, 5) },
        'GTFS export failed its own validation',
      );
      throw new ApiError(
        'internal',
        `The GTFS export of ${feed.id} did not pass validation; it is not served`,
      );
    }
    res.setHeader('Content-Length', out.zip.length);
    res.end(Buffer.from(out.zip.buffer, out.zip.byteOffset, out.zip.length));
  });
  return router;
}
