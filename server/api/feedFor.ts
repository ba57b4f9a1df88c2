import type { FeedCatalog } from '../feeds/FeedCatalog.ts';
import type { LoadedFeed } from '../feeds/LoadedFeed.ts';
import { ApiError } from './ApiError.ts';

/**
 * The feed or network a request names in `param` (or the default): a feed id, a configured
 * network's name, or feed ids joined by commas (their union). 422 `feed_refused` (with the reason and
 * first errors) when it, or a member, is a configured feed the loader refused; 404 `unknown_feed`
 * naming the unknown id otherwise; 503 when nothing is loaded.
 */
export function feedFor(catalog: FeedCatalog, id: string | undefined, param = 'feed'): LoadedFeed {
  const feed = catalog.get(id);
  if (feed) return feed;
  if (id === undefined) throw new ApiError('unavailable', 'No feed is loaded');
  const members = catalog.networkMembers(id) ?? id.split(',');
  const within = members.length > 1 ? ` (in ${id})` : '';
  for (const m of members) {
    const refused = catalog.refusal(m);
    if (refused)
      throw new ApiError(
        'feed_refused',
        `Feed ${m}${within} is not served: it was refused when loaded (${refused.reason}; ${refused.errorCount} validation error(s))`,
        param,
        {
          feed: m,
          reason: refused.reason,
          errorCount: refused.errorCount,
          errors: refused.errors.slice(0, 5),
        },
      );
  }
  const unknown = members.find((m) => !catalog.get(m)) ?? id;
  throw new ApiError('unknown_feed', `Unknown feed: ${unknown}${unknown === id ? '' : within}`, param);
}
