import { timingSafeEqual } from 'node:crypto';
import { createWriteStream, readdirSync, rmSync } from 'node:fs';
import { mkdtemp, open, rename, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { type Request, Router } from 'express';
import type { Logger } from 'pino';
import type { FeedCatalog } from '../../feeds/FeedCatalog.ts';
import type { LoadedFeed } from '../../feeds/LoadedFeed.ts';
import { loadServedFeed, type ServedFeedLoader } from '../../feeds/loadServedFeed.ts';
import type { CountryLocator } from '../../network/countryLocator.ts';
import { ApiError } from '../ApiError.ts';
import { feedUploadQuery } from '../contract/index.ts';
import { parseQuery } from '../parseQuery.ts';
import { feedSummary } from './healthRouter.ts';

/** Largest accepted upload (bytes) unless the app says otherwise: 200 MiB. */
export const DEFAULT_MAX_UPLOAD_BYTES = 200 * 2 ** 20;

/** Prefix of the temp folders uploads are written to, inside the data directory (hidden: never served). */
const TEMP_PREFIX = '.upload-';

/** What the upload router needs. */
export interface FeedUploadDeps {
  catalog: FeedCatalog;
  locator: CountryLocator;
  logger: Logger;
  adminToken?: string;
  /** Where uploaded feeds are stored as `<id>.zip` (created by the caller). */
  dataDir: string;
  maxUploadBytes?: number;
  /** Refuse an upload on any validation error unless it says `strict=false` (the server's --strict). */
  strict?: boolean;
  /** Reads the uploaded feed (default `loadServedFeed` on this thread; main.ts: a worker thread). */
  loadFeed?: ServedFeedLoader;
  /** Hands the stored feed to the worker threads before it is served (see ApiWork.publish). */
  publish?: (feeds: LoadedFeed[]) => Promise<void>;
}

/**
 * POST /api/feeds?id=<id> (bearer ADMIN_TOKEN, body: a GTFS zip as application/zip or
 * application/octet-stream): streams the body to a temp folder in the data directory (413 past the
 * size limit), validates it like a served feed (422 with the report when it is refused: nothing usable
 * left, or, with `strict=true` or the server's strict setting, any error; otherwise it is served
 * without its bad rows and the answer lists its first errors), then
 * renames it to `<dataDir>/<id>.zip` (atomic on one file system) and swaps it into the catalog:
 * served at once, no restart. A refused, failed or interrupted upload leaves no file behind and the
 * feeds being served untouched. Uploads are validated one at a time (memory: one feed at a time).
 */
export function feedUploadRouter(deps: FeedUploadDeps): Router {
  const router = Router();
  const maxBytes = deps.maxUploadBytes ?? DEFAULT_MAX_UPLOAD_BYTES;
  const dataDir = resolve(deps.dataDir);
  removeStaleUploads(dataDir, deps.logger);
  let queue: Promise<unknown> = Promise.resolve();

  router.post('/feeds', async (req, res) => {
    requireAdmin(deps.adminToken, req);
    const { id, strict = deps.strict ?? false } = parseQuery(feedUploadQuery, req.query);
    const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    if (type !== 'application/zip' && type !== 'application/octet-stream')
      throw new ApiError('unsupported_media_type', 'Send the GTFS zip as application/zip');
    const declared = Number(req.headers['content-length'] ?? Number.NaN);
    if (declared > maxBytes) throw tooLarge(maxBytes);
    const target = join(dataDir, `${id}.zip`);
    const current = deps.catalog.get(id);
    if (current && resolve(current.source) !== target)
      throw new ApiError(
        'invalid_parameter',
        `Feed ${id} is served from elsewhere and cannot be replaced by an upload; choose another id`,
        'id',
      );

    // The temp folder is gone before the answer leaves: a client that sees 201/4xx sees a clean dir.
    const tempDir = await mkdtemp(join(dataDir, TEMP_PREFIX));
    let stored: LoadedFeed;
    try {
      const tempFile = join(tempDir, `${id}.zip`);
      await receive(req, tempFile, maxBytes);
      // One validation at a time; the queue survives a failed upload.
      const run = queue.then(() => store(tempFile, target, strict));
      queue = run.catch(() => undefined);
      stored = await run;
    } finally {
      await rm(tempDir, { recursive: true, force: true });
    }
    res.status(201).json({
      stored: id,
      feed: feedSummary(stored),
      warnings: stored.report.warnings.slice(0, 100),
      errors: stored.report.errors.slice(0, 100),
    });
  });

  async function store(tempFile: string, target: string, strict: boolean) {
    const r = await (deps.loadFeed ?? loadServedFeed)(tempFile, deps.locator, { strict });
    if (!r.feed) {
      deps.logger.warn(
        { feed: r.id, reason: r.report.refused, errors: r.report.errors.slice(0, 20) },
        'upload refused',
      );
      throw new ApiError(
        'feed_invalid',
        `Feed ${r.id} is refused (${r.report.refused}): ${r.report.errors.length} validation error(s)`,
        undefined,
        {
          reason: r.report.refused,
          errors: r.report.errors.slice(0, 100),
          warnings: r.report.warnings.slice(0, 100),
        },
      );
    }
    await rename(tempFile, target);
    const feed = { ...r.feed, source: target };
    await deps.publish?.([feed]);
    deps.catalog.replace([feed]);
    deps.logger.info(
      { feed: feed.id, trips: feed.timetable.trips.count, ms: Math.round(r.millis) },
      'feed uploaded',
    );
    return feed;
  }

  return router;
}

/** The same bearer check as POST /api/admin/reload: 403 when uploads are off, 401 on a wrong token. */
function requireAdmin(adminToken: string | undefined, req: Request): void {
  if (!adminToken) throw new ApiError('forbidden', 'Uploads are disabled: set ADMIN_TOKEN to enable them');
  const given = Buffer.from(/^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '');
  const expected = Buffer.from(adminToken);
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    throw new ApiError('unauthorized', 'Missing or wrong bearer token');
}

const tooLarge = (max: number) => new ApiError('payload_too_large', `Uploads are limited to ${max} bytes`);

/**
 * Streams the request body into `file` (created exclusively), refusing it past `maxBytes`, and
 * flushes it to disk. Rejects when the client disconnects mid-way; the caller removes the file.
 */
async function receive(req: Request, file: string, maxBytes: number): Promise<void> {
  let received = 0;
  const limit = new Transform({
    transform(chunk: Buffer, _enc, done) {
      received += chunk.length;
      done(received > maxBytes ? tooLarge(maxBytes) : null, chunk);
    },
  });
  await pipeline(req, limit, createWriteStream(file, { flags: 'wx' }));
  const handle = await open(file, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Temp folders left by a process that died mid-upload. */
function removeStaleUploads(dataDir: string, logger: Logger): void {
  let names: string[];
  try {
    names = readdirSync(dataDir);
  } catch {
    return;
  }
  for (const name of names.filter((n) => n.startsWith(TEMP_PREFIX))) {
    rmSync(join(dataDir, name), { recursive: true, force: true });
    logger.warn({ dir: name }, 'removed an interrupted upload');
  }
}
