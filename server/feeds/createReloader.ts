import type { Logger } from 'pino';
import type { CountryLocator } from '../network/countryLocator.ts';
import type { FeedCatalog } from './FeedCatalog.ts';
import type { LoadedFeed } from './LoadedFeed.ts';
import { loadServedFeed } from './loadServedFeed.ts';

/** Outcome of a reload: per feed, swapped in, unchanged, or kept (with the errors that kept it). */
export interface ReloadOutcome {
  ok: boolean;
  feeds: { id: string; status: 'reloaded' | 'unchanged' | 'kept'; errors?: unknown[] }[];
}

/**
 * A reload function for `catalog`: rereads every path, builds new feeds beside the old ones and swaps
 * in only those that loaded without errors (a broken feed leaves the old one serving; its errors come
 * back in the outcome and the log). Concurrent calls share one run. `paths` may be a function, asked
 * at each reload (so feeds uploaded since start are reread too).
 */
export function createReloader(
  catalog: FeedCatalog,
  paths: readonly string[] | (() => readonly string[]),
  locator: CountryLocator,
  logger: Logger,
): () => Promise<ReloadOutcome> {
  let running: Promise<ReloadOutcome> | undefined;
  const run = async (): Promise<ReloadOutcome> => {
    const outcome: ReloadOutcome = { ok: true, feeds: [] };
    const fresh: LoadedFeed[] = [];
    for (const path of typeof paths === 'function' ? paths() : paths) {
      const r = await loadServedFeed(path, locator);
      const current = catalog.get(r.id);
      if (!r.feed) {
        outcome.ok = false;
        outcome.feeds.push({ id: r.id, status: 'kept', errors: r.report.errors.slice(0, 100) });
        logger.error(
          { feed: r.id, errors: r.report.errors.slice(0, 20) },
          'reload refused: the old feed keeps serving',
        );
      } else if (current && current.version === r.feed.version) {
        outcome.feeds.push({ id: r.id, status: 'unchanged' });
      } else {
        fresh.push(r.feed);
        outcome.feeds.push({ id: r.id, status: 'reloaded' });
      }
    }
    catalog.replace(fresh);
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
