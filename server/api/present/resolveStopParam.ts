import type { LoadedFeed } from '../../feeds/LoadedFeed.ts';
import type { StopIdx } from '../../timetable/Timetable.ts';
import { ApiError } from '../ApiError.ts';

/**
 * The stops a request names by `id`: the stop with that id; in a network also a bare id several
 * member feeds use for different places (all of them), a station merged into another feed's (that
 * one), or `feed:stop_id` (that member's stop). 404 `unknown_stop` naming `param` otherwise.
 */
export function resolveStops(feed: LoadedFeed, id: string, param = 'id'): StopIdx[] {
  const idx = feed.timetable.stopIndex.get(id);
  if (idx !== undefined) return [idx];
  const net = feed.network;
  if (net) {
    const alias = net.aliases.get(id);
    if (alias?.length) return alias;
    const colon = id.indexOf(':');
    const k = colon > 0 ? net.feeds.indexOf(id.slice(0, colon)) : -1;
    const local = k >= 0 ? net.memberStops[k].get(id.slice(colon + 1)) : undefined;
    if (local !== undefined) return [net.stopMaps[k][local] as StopIdx];
  }
  throw new ApiError('unknown_stop', `Unknown stop in feed ${feed.id}: ${id}`, param);
}

/** The one stop a request names by id (the first when the id stands for several); 404 as `resolveStops`. */
export function resolveStopParam(feed: LoadedFeed, id: string, param = 'id'): number {
  return resolveStops(feed, id, param)[0];
}
