import type { LoadedFeed } from './LoadedFeed.ts';

/** The id of the feed a trip of `feed` comes from: its member feed in a network, else the feed itself. */
export function tripFeed(feed: LoadedFeed, trip: number): string {
  const net = feed.network;
  if (!net) return feed.id;
  const starts = net.tripStart;
  let lo = 0;
  let hi = net.feeds.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= trip) lo = mid;
    else hi = mid - 1;
  }
  return net.feeds[lo];
}
