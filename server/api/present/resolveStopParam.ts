import type { LoadedFeed } from '../../feeds/LoadedFeed.ts';
import { ApiError } from '../ApiError.ts';

/** The index of a stop named by id in a request; 404 `unknown_stop` naming `param` when the feed lacks it. */
export function resolveStopParam(feed: LoadedFeed, id: string, param = 'id'): number {
  const idx = feed.timetable.stopIndex.get(id);
  if (idx === undefined) throw new ApiError('unknown_stop', `Unknown stop in feed ${feed.id}: ${id}`, param);
  return idx;
}
