import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import compression from 'compression';
import cors from 'cors';
import express, { type Express } from 'express';
import { rateLimit } from 'express-rate-limit';
import helmet from 'helmet';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { CompareJobs } from '../compare/CompareJobs.ts';
import type { TrustProxy } from '../config.ts';
import type { ReloadOutcome } from '../feeds/createReloader.ts';
import type { FeedCatalog } from '../feeds/FeedCatalog.ts';
import type { ServedFeedLoader } from '../feeds/loadServedFeed.ts';
import type { CountryLocator } from '../network/countryLocator.ts';
import { ApiError } from './ApiError.ts';
import type { CompareResponse } from './contract/index.ts';
import { errorHandler, notFoundHandler } from './errorHandler.ts';
import type { Metrics } from './metrics/Metrics.ts';
import { type ApiWork, inlineWork } from './offThread/ApiWork.ts';
import { ResultCache } from './offThread/ResultCache.ts';
import { redactHeaders } from './redactHeaders.ts';
import { adminRouter } from './routes/adminRouter.ts';
import { compareRouter } from './routes/compareRouter.ts';
import { docsRouter } from './routes/docsRouter.ts';
import { feedExportRouter } from './routes/feedExportRouter.ts';
import { feedUploadRouter } from './routes/feedUploadRouter.ts';
import { healthRouter, type Readiness } from './routes/healthRouter.ts';
import { journeysRouter } from './routes/journeysRouter.ts';
import { linesRouter } from './routes/linesRouter.ts';
import { networkRouter } from './routes/networkRouter.ts';
import { reachRouter } from './routes/reachRouter.ts';
import { stopBoardRouter } from './routes/stopBoardRouter.ts';
import { stopSearchRouter } from './routes/stopSearchRouter.ts';
import { timetableRouter } from './routes/timetableRouter.ts';
import { tripRouter } from './routes/tripRouter.ts';

/** Everything the app needs, wired by main.ts (or a test). */
export interface AppDeps {
  catalog: FeedCatalog;
  logger: Logger;
  locator: CountryLocator;
  version: string;
  reload: () => Promise<ReloadOutcome>;
  adminToken?: string;
  /** Built client (dist/client); when absent only the API is served. */
  clientDir?: string;
  /** Raster tile URL template for the map, written into the page's meta tag. */
  tileUrl: string;
  /** Requests per minute per IP on /api; 0 disables the limit. */
  rateLimitPerMinute: number;
  /** Where POST /api/feeds stores uploaded feeds (`<id>.zip`); uploads are not mounted without it. */
  dataDir?: string;
  /** Refuse uploaded feeds on any validation error unless the upload says strict=false (--strict). */
  strict?: boolean;
  /** Largest accepted upload in bytes (default 200 MiB). */
  maxUploadBytes?: number;
  /** Express `trust proxy` (TRUST_PROXY): who may tell the client's address in X-Forwarded-For. */
  trustProxy?: TrustProxy;
  /** Prometheus metrics: request timing on every route and `GET /metrics`; none when absent. */
  metrics?: Metrics;
  /** Readiness beyond "feeds are loaded" (workers up, not draining), for `GET /api/ready`. */
  readiness?: () => Readiness;
  /** Where heavy work and journeys run (a worker pool); default this thread (`inlineWork`). */
  work?: ApiWork;
  /** Reads an uploaded feed (default `loadServedFeed` on this thread; main.ts: a worker thread). */
  loadFeed?: ServedFeedLoader;
  /** The comparison jobs (main.ts shares them with /metrics); default a fresh set. */
  compareJobs?: CompareJobs<CompareResponse>;
  /** Bytes of computed bodies (lines, diagrams, grids, comparisons) kept by the result cache. */
  resultCacheBytes?: number;
}

/** Longest accepted request URL (bytes); longer ones get 414 before any parsing. */
export const MAX_URL_LENGTH = 4096;

/**
 * The Express application, without `listen` (tests drive it over HTTP with supertest): security
 * headers with a strict CSP, compression, CORS open for GET (embedding), a per-IP rate limit,
 * structured logs, the API routers, the built client, one error middleware.
 */
export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false); // API ETags come from the feed version (feedEtag), not from hashing bodies
  app.set('query parser', 'simple'); // no nested objects from a[b]=c: every parameter is a plain string
  // The rate limiter keys on req.ip, which honours this: behind HAProxy (TRUST_PROXY=1) it is the
  // client's address from X-Forwarded-For, not the proxy's (one bucket for everyone).
  app.set('trust proxy', deps.trustProxy ?? false);

  if (deps.metrics) {
    const { metrics } = deps;
    app.use(metrics.middleware());
    app.get('/metrics', async (_req, res) => {
      res.type(metrics.registry.contentType).setHeader('Cache-Control', 'no-store');
      res.send(await metrics.registry.metrics());
    });
  }
  const quiet = new Set(['/api/health', '/api/ready', '/metrics']);
  app.use(
    pinoHttp({
      logger: deps.logger,
      autoLogging: { ignore: (req) => quiet.has(req.url ?? '') },
      // Credentials never reach the log: the admin bearer token, cookies, proxy credentials.
      serializers: {
        req: (req: { headers?: Record<string, unknown> }) => ({
          ...req,
          headers: redactHeaders(req.headers),
        }),
        res: (res: { headers?: Record<string, unknown> }) => ({
          ...res,
          headers: redactHeaders(res.headers),
        }),
      },
    }),
  );
  app.use((req, _res, next) => {
    next(
      req.url.length > MAX_URL_LENGTH
        ? new ApiError('uri_too_long', `URL longer than ${MAX_URL_LENGTH} bytes`)
        : undefined,
    );
  });
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'data:', tileOrigin(deps.tileUrl)].filter(Boolean),
          connectSrc: ["'self'"],
          frameAncestors: ['*'], // the embed view is meant to be framed by regional sites
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          // Served over plain HTTP on a LAN too: do not force https for every subresource.
          upgradeInsecureRequests: null,
        },
      },
      // /embed.js and the public API are meant to be loaded from other sites.
      crossOriginResourcePolicy: { policy: 'cross-origin' },
      crossOriginEmbedderPolicy: false,
      frameguard: false,
    }),
  );
  app.use(compression());
  app.use('/api', cors({ methods: ['GET', 'HEAD'] }));
  if (deps.rateLimitPerMinute > 0) {
    app.use(
      '/api',
      rateLimit({
        windowMs: 60_000,
        limit: deps.rateLimitPerMinute,
        standardHeaders: 'draft-8',
        legacyHeaders: false,
        handler: (_req, _res, next) =>
          next(new ApiError('too_many_requests', 'Too many requests, slow down')),
      }),
    );
  }

  const off = {
    work: deps.work ?? inlineWork(deps.catalog, deps.locator),
    cache: new ResultCache(deps.resultCacheBytes),
  };
  const jobs = deps.compareJobs ?? new CompareJobs<CompareResponse>();
  const api = express.Router();
  api.use(healthRouter(deps.catalog, deps.readiness));
  api.use(feedExportRouter(deps.catalog, deps.logger));
  api.use(stopSearchRouter(deps.catalog));
  api.use(stopBoardRouter(deps.catalog, off));
  api.use(journeysRouter(deps.catalog, off));
  api.use(reachRouter(deps.catalog, off));
  api.use(tripRouter(deps.catalog, deps.locator));
  api.use(networkRouter(deps.catalog, off));
  api.use(compareRouter(deps.catalog, off, jobs, deps.adminToken));
  api.use(linesRouter(deps.catalog, off));
  api.use(timetableRouter(deps.catalog, off));
  api.use(docsRouter(deps.version));
  api.use(adminRouter(deps.adminToken, deps.reload));
  if (deps.dataDir)
    api.use(feedUploadRouter({ ...deps, dataDir: deps.dataDir, publish: (f) => off.work.publish(f) }));
  api.use(notFoundHandler);
  app.use('/api', api);

  if (deps.clientDir) serveClient(app, deps.clientDir, deps.tileUrl);
  app.use(notFoundHandler);
  app.use(errorHandler);
  return app;
}

function tileOrigin(url: string): string {
  try {
    const u = new URL(url.replace(/\{[a-z]\}/g, 'a'));
    return `${u.protocol}//*.${u.hostname.split('.').slice(-2).join('.')}`;
  } catch {
    return '';
  }
}

/** The built client: pages with the tile URL written into their meta tag, assets with long caching. */
function serveClient(app: Express, dir: string, tileUrl: string): void {
  const page = (file: string) => {
    let html: string | undefined;
    return (_req: express.Request, res: express.Response) => {
      html ??= readFileSync(join(dir, file), 'utf8').replace(
        /(<meta name="corridor-tile-url" content=")[^"]*(")/,
        `$1${tileUrl.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`)}$2`,
      );
      res.type('html').setHeader('Cache-Control', 'no-cache').send(html);
    };
  };
  app.get(['/', '/index.html'], page('index.html'));
  app.get(['/embed', '/embed/'], page('embed/index.html'));
  app.get('/embed.html', page('embed-docs/index.html'));
  app.use('/assets', express.static(join(dir, 'assets'), { immutable: true, maxAge: '1y', index: false }));
  app.use(express.static(dir, { index: false, maxAge: '1h' }));
}
