import type { Logger } from 'pino';
import type { CountryLocator } from '../network/countryLocator.ts';
import type { FeedCatalog } from './FeedCatalog.ts';
import { feedId } from './feedId.ts';
import { feedVersion } from './feedVersion.ts';
import type { LoadedFeed } from './LoadedFeed.ts';
import { loadServedFeed, type ServedFeedLoader, type ServedFeedOptions } from './loadServedFeed.ts';
import { type RefusedFeed, refusedFeed } from './RefusedFeed.ts';

/** Options of createReloader. */
export interface ReloaderOptions extends Pick<ServedFeedOptions, 'cacheDir' | 'strict'> {
  /** Reads a changed feed (default `loadServedFeed` on this thread; main.ts: a worker thread). */
  load?: ServedFeedLoader;
  /** Called with the fresh feeds before they are swapped in (main.ts: hand them to the workers). */
  beforeSwap?: (fresh: LoadedFeed[]) => Promise<void>;
}

/** Outcome of a reload: per feed, swapped in, unchanged, or kept (with the errors that kept it). */
export interface ReloadOutcome {
  ok: boolean;
  feeds: { id: string; status: 'reloaded' | 'unchanged' | 'kept'; errors?: unknown[] }[];
}

/**
 * A reload function for `catalog`: rereads every path, builds new feeds beside the old ones and swaps
 * in those that loaded (a refused feed leaves the old one serving; its errors come back in the outcome
 * and the log, and a refused feed that has no old version is listed as refused by the catalog). Concurrent calls share one run. `paths` may be a function, asked
 * at each reload (so feeds uploaded since start are reread too). A feed whose content hash equals the
 * serving one's is reported unchanged without being parsed again; `options.cacheDir` lets a changed feed
 * start from (and write) the binary timetable cache, as at start.
 */
export function createReloader(
  catalog: FeedCatalog,
  paths: readonly string[] | (() => readonly string[]),
  locator: CountryLocator,
  logger: Logger,
  options: ReloaderOptions = {},
): () => Promise<ReloadOutcome> {
  const { load = loadServedFeed, beforeSwap, ...loadOptions } = options;
  let running: Promise<ReloadOutcome> | undefined;
  const run = async (): Promise<ReloadOutcome> => {
    const outcome: ReloadOutcome = { ok: true, feeds: [] };
    const fresh: LoadedFeed[] = [];
    const refused: RefusedFeed[] = [];
    for (const path of typeof paths === 'function' ? paths() : paths) {
      let version: string;
      try {
        version = feedVersion(path);
      } catch {
        version = ''; // Unreadable: loadServedFeed reports it.
      }
      const current = catalog.get(feedId(path));
      if (current && version !== '' && current.version === version) {
        outcome.feeds.push({ id: current.id, status: 'unchanged' });
        continue;
      }
      const r = await load(path, locator, { ...loadOptions, version: version || undefined });
      if (!r.feed) {
        outcome.ok = false;
        refused.push(refusedFeed(r.id, path, r.report));
        outcome.feeds.push({ id: r.id, status: 'kept', errors: r.report.errors.slice(0, 100) });
        logger.error(
          { feed: r.id, errors: r.report.errors.slice(0, 20) },
          'reload refused: the old feed keeps serving',
        );
      } else {
        fresh.push(r.feed);
        outcome.feeds.push({ id: r.id, status: 'reloaded' });
      }
    }
    if (fresh.length > 0) await beforeSwap?.(fresh);
    catalog.replace(fresh, refused);
    logger.info({ feeds: outcome.feeds.map((f) => `${f.id}:${f.status}`) }, 'reload done');
    return outcome;
  };
  return () => {
    running ??= run().finally(() => {
      running = undefined;
    });
    return running;
  };
}
