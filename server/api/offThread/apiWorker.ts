import { assembleFeed, type FeedParts } from '../../feeds/feedParts.ts';
import type { LoadedFeed } from '../../feeds/LoadedFeed.ts';
import { naturalEarthLocator } from '../../network/naturalEarth.ts';
import { servePool } from '../../workers/servePool.ts';
import { ApiError } from '../ApiError.ts';
import type { ApiTask, FeedRef } from './ApiTask.ts';
import { runTask } from './runTask.ts';

/**
 * A worker thread of the API's pool (see ApiWork.poolWork): holds every served feed, assembled from
 * the parts the main thread posts (typed arrays shared, its own engine Router), the two latest
 * versions of each (a task queued before a reload still finds its version), and runs tasks.
 */
const locator = naturalEarthLocator();
const feeds = new Map<string, LoadedFeed[]>();

const feedOf = (ref: FeedRef): LoadedFeed => {
  const f = feeds.get(ref.id)?.find((x) => x.version === ref.version);
  if (!f) throw new ApiError('unavailable', `Feed ${ref.id} was reloaded meanwhile; try again`);
  return f;
};

servePool({
  state(key, value) {
    if (!key.startsWith('feed:')) return;
    const feed = assembleFeed(value as FeedParts);
    const older = (feeds.get(feed.id) ?? []).filter((f) => f.version !== feed.version);
    feeds.set(feed.id, [feed, ...older].slice(0, 2));
  },
  drop(key) {
    if (key.startsWith('feed:')) feeds.delete(key.slice(5));
  },
  run: (payload) => runTask(payload as ApiTask, feedOf, locator),
  error: (e) =>
    e instanceof ApiError
      ? { code: e.code, message: e.message, param: e.param, details: e.details }
      : { code: 'internal', message: e instanceof Error ? (e.stack ?? e.message) : String(e) },
});
