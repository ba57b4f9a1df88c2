import type { FeedCatalog } from '../feeds/FeedCatalog.ts';
import type { LoadedFeed } from '../feeds/LoadedFeed.ts';
import { ApiError } from './ApiError.ts';

/** The feed a request names (or the default): 404 `unknown_feed`, or 503 when nothing is loaded. */
export function feedFor(catalog: FeedCatalog, id: string | undefined): LoadedFeed {
  const feed = catalog.get(id);
  if (feed) return feed;
  if (id === undefined) throw new ApiError('unavailable', 'No feed is loaded');
  throw new ApiError('unknown_feed', `Unknown feed: ${id}`, 'feed');
}
