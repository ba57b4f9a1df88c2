import type { RequestHandler } from 'express';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { FeedCatalog } from '../../feeds/FeedCatalog.ts';

/** What the pool of worker threads reports to /metrics (see server/workers/WorkerPool.ts). */
export interface PoolStats {
  size: number;
  alive: number;
  busy: number;
  queued: number;
  heavyRunning: number;
}

/** What /metrics reads at scrape time. */
export interface MetricsSources {
  catalog: FeedCatalog;
  pool?: () => PoolStats | undefined;
  compareJobs?: () => { running: number; queued: number };
}

/**
 * The Prometheus metrics of one app instance, in their own registry (no module singleton): the
 * process and event-loop metrics of prom-client (`nodejs_eventloop_lag_*` among them), request
 * latency by method, route pattern and status, the feeds' versions and load times, the worker pool's
 * size and queue, and the comparison jobs. Served as text by `GET /metrics`.
 */
export class Metrics {
  readonly registry = new Registry();
  private readonly duration: Histogram<'method' | 'route' | 'status'>;
  readonly poolRejected: Counter<'lane'>;

  constructor(sources: MetricsSources) {
    const registry = this.registry;
    collectDefaultMetrics({ register: registry, eventLoopMonitoringPrecision: 10 });
    this.duration = new Histogram({
      name: 'http_request_duration_seconds',
      help: 'Time from request to the end of the response, by route pattern',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers: [registry],
    });
    this.poolRejected = new Counter({
      name: 'corridor_worker_pool_rejected_total',
      help: 'Tasks refused because the worker pool queue was full',
      labelNames: ['lane'],
      registers: [registry],
    });
    new Gauge({
      name: 'corridor_feed_info',
      help: 'Feeds served: 1 per feed id and content version',
      labelNames: ['feed', 'version'],
      registers: [registry],
      collect() {
        this.reset();
        for (const f of sources.catalog.list()) this.set({ feed: f.id, version: f.version }, 1);
      },
    });
    new Gauge({
      name: 'corridor_feed_loaded_timestamp_seconds',
      help: 'When each served feed was loaded (Unix seconds)',
      labelNames: ['feed'],
      registers: [registry],
      collect() {
        this.reset();
        for (const f of sources.catalog.list()) this.set({ feed: f.id }, f.loadedAt.getTime() / 1000);
      },
    });
    new Gauge({
      name: 'corridor_feed_load_seconds',
      help: 'Time spent reading, validating and preparing each served feed',
      labelNames: ['feed'],
      registers: [registry],
      collect() {
        this.reset();
        for (const f of sources.catalog.list())
          if (f.loadMillis !== undefined) this.set({ feed: f.id }, f.loadMillis / 1000);
      },
    });
    const pool = (name: string, help: string, pick: (s: PoolStats) => number) =>
      new Gauge({
        name,
        help,
        registers: [registry],
        collect() {
          const s = sources.pool?.();
          this.set(s ? pick(s) : 0);
        },
      });
    pool('corridor_worker_pool_size', 'Worker threads configured (0: single-thread mode)', (s) => s.size);
    pool('corridor_worker_pool_alive', 'Worker threads running with every feed prepared', (s) => s.alive);
    pool('corridor_worker_pool_busy', 'Worker threads running a task', (s) => s.busy);
    pool('corridor_worker_pool_queue_length', 'Tasks waiting for a worker thread', (s) => s.queued);
    pool(
      'corridor_worker_pool_heavy_running',
      'Heavy tasks (compare, diagrams, grids) running',
      (s) => s.heavyRunning,
    );
    const jobs = (name: string, help: string, pick: 'running' | 'queued') =>
      new Gauge({
        name,
        help,
        registers: [registry],
        collect() {
          this.set(sources.compareJobs?.()[pick] ?? 0);
        },
      });
    jobs('corridor_compare_jobs_running', 'Comparison jobs running', 'running');
    jobs('corridor_compare_jobs_queued', 'Comparison jobs waiting for their turn', 'queued');
  }

  /**
   * Times every request into the histogram, labelled with the route pattern that answered it
   * (`/api/journeys`, `/api/stops/:id/departures`), `unmatched` otherwise, so labels stay bounded.
   */
  middleware(): RequestHandler {
    return (req, res, next) => {
      const end = this.duration.startTimer();
      res.once('finish', () => {
        const route = req.route?.path ? `${req.baseUrl}${String(req.route.path)}` : 'unmatched';
        end({ method: req.method, route, status: String(res.statusCode) });
      });
      next();
    };
  }
}
