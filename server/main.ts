import { mkdirSync } from 'node:fs';
import type { CompareResponse } from './api/contract/index.ts';
import { createApp } from './api/createApp.ts';
import { createHttpServer } from './api/createHttpServer.ts';
import { Metrics } from './api/metrics/Metrics.ts';
import { type ApiWork, inlineWork, poolWork } from './api/offThread/ApiWork.ts';
import { apiPool } from './api/offThread/apiPool.ts';
import { loadFeedOffThread } from './api/offThread/loadFeedOffThread.ts';
import { CompareJobs } from './compare/CompareJobs.ts';
import { loadConfig, packageRoot, uploadedFeeds } from './config.ts';
import { createLogger } from './createLogger.ts';
import { buildNetwork } from './feeds/buildNetwork.ts';
import { createReloader } from './feeds/createReloader.ts';
import { FeedCatalog } from './feeds/FeedCatalog.ts';
import type { LoadedFeed } from './feeds/LoadedFeed.ts';
import { loadServedFeed } from './feeds/loadServedFeed.ts';
import { pickDefaultFeed } from './feeds/pickDefaultFeed.ts';
import { type RefusedFeed, refusedFeed } from './feeds/RefusedFeed.ts';
import { readStopLinks } from './feeds/readStopLinks.ts';
import { naturalEarthLocator } from './network/naturalEarth.ts';

/**
 * The composition root: parse the configuration, load the feeds, wire the app, listen, reload on
 * SIGHUP, shut down gracefully on SIGTERM/SIGINT (finish requests in flight, then exit).
 */
async function main(): Promise<void> {
  const repoRoot = packageRoot(import.meta.url);
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(process.env, process.argv.slice(2), repoRoot);
  } catch (err) {
    console.error((err as Error).message);
    process.exit(2);
  }
  const logger = createLogger(config.logLevel, config.logFormat, process.stdout.isTTY === true);
  const locator = naturalEarthLocator();
  mkdirSync(config.dataDir, { recursive: true });
  // The configured feeds, then those uploaded to the data directory (asked again at each reload).
  const feedPaths = () => [...new Set([...config.feeds, ...uploadedFeeds(config.dataDir)])];

  // WORKERS (default one per core): journeys and heavy requests on a pool of worker threads that
  // share the timetables; feeds are read on a thread of their own (reloads, uploads), so no request
  // waits behind them. WORKERS=0: everything on this thread.
  const pool =
    config.workers > 0
      ? apiPool(config.workers, (info) =>
          logger.error({ code: info.code, err: info.error }, 'worker thread stopped: replaced'),
        )
      : null;
  const load = pool ? loadFeedOffThread : loadServedFeed;

  // CORRIDOR_CACHE: start from binary timetables (keyed by the feed's content hash).
  // CORRIDOR_STRICT / --strict: refuse a feed on any validation error (default: serve it without them).
  const { cacheDir, strict } = config;
  const loaded: LoadedFeed[] = [];
  const refused: RefusedFeed[] = [];
  for (const path of feedPaths()) {
    const r = await load(path, locator, { cacheDir, strict });
    if (r.feed) {
      loaded.push(r.feed);
      logger.info(
        {
          feed: r.id,
          stops: r.feed.timetable.stops.count,
          trips: r.feed.timetable.trips.count,
          warnings: r.report.warnings.length,
          errors: r.report.errors.length,
          ms: Math.round(r.millis),
        },
        'feed loaded',
      );
    } else {
      refused.push(refusedFeed(r.id, path, r.report));
      logger.error(
        {
          feed: r.id,
          reason: r.report.refused,
          errors: r.report.errors.slice(0, 20),
          errorCount: r.report.errors.length,
        },
        'feed refused',
      );
    }
  }
  if (loaded.length === 0) {
    logger.fatal('no usable feed: nothing to serve');
    process.exit(1);
  }
  // CORRIDOR_NETWORKS: feeds served as one network under a name, built now and whenever a member
  // reloads; `feed=a,b` combinations are built on their first request (at most four kept).
  const links = readStopLinks(config.linksFile);
  // Each network built is handed to the workers at once (messages reach a worker in order, so before
  // any task naming it); one dropped from the catalog's cache is dropped there too.
  let work: ApiWork | undefined;
  const networks = {
    named: config.networks,
    dropped: (id: string) => work?.forget(id),
    build: (id: string, members: readonly LoadedFeed[]) => {
      const net = buildNetwork(id, members, links, locator);
      void work?.publish([net]);
      logger.info(
        {
          network: id,
          members: members.map((m) => m.id),
          stations: net.network?.stations.length,
          unknownLinks: net.network?.unknownLinks.length,
          ms: Math.round(net.loadMillis ?? 0),
        },
        'network built',
      );
      return net;
    },
  };
  const catalog = new FeedCatalog(loaded, { refused, networks });
  for (const [name, members] of config.networks)
    if (!catalog.get(name))
      logger.error({ network: name, members }, 'network not served: a member feed is not loaded');
  const defaultId = pickDefaultFeed(
    catalog.networkList().length ? catalog.networkList() : loaded,
    new Date(),
  );

  catalog.setDefault(defaultId);
  work = pool ? poolWork(pool) : inlineWork(catalog, locator);
  await work.publish([...loaded, ...catalog.networkList()]);
  const served = work;

  const reload = createReloader(catalog, feedPaths, locator, logger, {
    cacheDir,
    strict,
    load,
    beforeSwap: (fresh) => served.publish(fresh),
  });

  let draining = false;
  const compareJobs = new CompareJobs<CompareResponse>();
  const metrics = new Metrics({
    catalog,
    pool: () => served.stats(),
    compareJobs: () => compareJobs.counts(),
  });
  const app = createApp({
    catalog,
    logger,
    locator,
    version: process.env.npm_package_version ?? '0.0.0',
    reload,
    adminToken: config.adminToken,
    clientDir: config.clientDir,
    tileUrl: config.tileUrl,
    rateLimitPerMinute: config.rateLimitPerMinute,
    dataDir: config.dataDir,
    strict,
    trustProxy: config.trustProxy,
    metrics,
    readiness: () => {
      const s = served.stats();
      const workers = s ? { alive: s.alive, size: s.size } : { alive: 0, size: 0 };
      if (draining) return { ready: false, draining, workers, reason: 'shutting down' };
      if (s && s.alive < s.size)
        return { ready: false, workers, reason: `${s.size - s.alive} worker thread(s) starting` };
      return { ready: true, workers };
    },
    work: served,
    loadFeed: load,
    compareJobs,
  });
  // Whole-request limit (REQUEST_TIMEOUT_MS): GETs have no body (HEADERS_TIMEOUT_MS bounds them), so
  // this bounds feed uploads: 200 MiB in the default 120 s needs ~1.7 MB/s.
  const server = createHttpServer(app, config);
  server.listen(config.port, config.host, () => {
    const addr = server.address();
    const port = typeof addr === 'object' && addr ? addr.port : config.port;
    const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
    logger.info(
      { port, feeds: catalog.list().map((f) => f.id), default: catalog.defaultFeedId() },
      `Corridor listening on http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    );
  });

  process.on('SIGHUP', () => {
    logger.info('SIGHUP: reloading feeds');
    reload().catch((err) => logger.error({ err }, 'reload failed'));
  });
  let stopping = false;
  const shutdown = (signal: string, code = 0) => {
    if (stopping) return;
    stopping = true;
    draining = true;
    logger.info({ signal }, 'shutting down: finishing requests in flight');
    server.close(() => {
      logger.info('closed');
      void pool?.close().finally(() => process.exit(code));
      if (!pool) process.exit(code);
    });
    server.closeIdleConnections();
    setTimeout(() => {
      logger.warn('shutdown timeout: closing remaining connections');
      server.closeAllConnections();
      process.exit(code);
    }, 15_000).unref();
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
  // Errors inside a request never get here: Express 5 sends sync throws and rejected handler promises
  // to the error middleware (500, logged). A stray rejection elsewhere is logged and serving goes on;
  // an uncaught exception may have left state half-updated, so the process finishes the requests in
  // flight and exits 1 for its supervisor to restart it.
  process.on('unhandledRejection', (reason) => {
    logger.error({ err: reason }, 'unhandled promise rejection (still serving)');
  });
  process.on('uncaughtException', (err) => {
    logger.fatal({ err }, 'uncaught exception: shutting down after the requests in flight');
    shutdown('uncaughtException', 1);
  });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
