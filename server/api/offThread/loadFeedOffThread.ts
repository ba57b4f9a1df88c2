import { Worker } from 'node:worker_threads';
import { assembleFeed, type FeedParts } from '../../feeds/feedParts.ts';
import type { ServedFeedLoader, ServedFeedResult } from '../../feeds/loadServedFeed.ts';
import type { ValidationReport } from '../../gtfs/ValidationReport.ts';
import { workerScript } from '../../workers/workerScript.ts';

/** What the loader thread posts back: the feed as parts (null when refused) and its report. */
export interface LoaderReply {
  id: string;
  report: ValidationReport;
  millis: number;
  parts: FeedParts | null;
}

/**
 * `loadServedFeed` on a thread of its own, so that parsing a feed on a reload or an upload (seconds
 * for the NYC subway) never holds the event loop: the thread reads, validates and prepares the feed
 * and its default network GeoJSON; this thread only reassembles it (Router, graph, search index:
 * milliseconds). The locator argument is not used: the thread builds its own.
 */
export const loadFeedOffThread: ServedFeedLoader = (path, _locator, options = {}) =>
  new Promise<ServedFeedResult>((resolve, reject) => {
    const worker = new Worker(workerScript(import.meta.url, 'feedLoaderWorker'), {
      workerData: { path, options },
    });
    let settled = false;
    worker.once('message', (m: LoaderReply) => {
      settled = true;
      resolve({ id: m.id, report: m.report, millis: m.millis, feed: m.parts ? assembleFeed(m.parts) : null });
      worker.terminate().catch(() => undefined);
    });
    worker.once('error', (e) => {
      settled = true;
      reject(e);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`feed loader thread exited with code ${code}`));
    });
  });
