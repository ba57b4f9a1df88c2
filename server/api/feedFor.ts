import type { FeedCatalog } from '../feeds/FeedCatalog.ts';
import type { LoadedFeed } from '../feeds/LoadedFeed.ts';
import { ApiError } from './ApiError.ts';

/**
 * The feed a request names in `param` (or the default): 422 `feed_refused` (with the reason and first
 * errors) for a configured feed the loader refused, 404 `unknown_feed` for any other unknown id, 503
 * when nothing is loaded.
 */
export function feedFor(catalog: FeedCatalog, id: string | undefined, param = 'feed'): LoadedFeed {
  const feed = catalog.get(id);
  if (feed) return feed;
  if (id === undefined) throw new ApiError('unavailable', 'No feed is loaded');
  const refused = catalog.refusal(id);
  if (refused)
    throw new ApiError(
      'feed_refused',
      `Feed ${id} is not served: it was refused when loaded (${refused.reason}; ${refused.errorCount} validation error(s))`,
      param,
      { reason: refused.reason, errorCount: refused.errorCount, errors: refused.errors.slice(0, 5) },
    );
  throw new ApiError('unknown_feed', `Unknown feed: ${id}`, param);
}
