import type { LoadedFeed } from './LoadedFeed.ts';
import type { RefusedFeed } from './RefusedFeed.ts';

/**
 * The feeds being served, by id. Reloads replace entries by swapping the map reference; a request
 * takes its feed once, at its start, and finishes on it even if a reload lands meanwhile.
 */
export class FeedCatalog {
  private feeds: ReadonlyMap<string, LoadedFeed>;
  private refusedFeeds: ReadonlyMap<string, RefusedFeed>;

  /** `refused`: configured feeds the loader refused (listed, never served). */
  constructor(
    feeds: readonly LoadedFeed[],
    private readonly defaultId?: string,
    refused: readonly RefusedFeed[] = [],
  ) {
    this.feeds = new Map(feeds.map((f) => [f.id, f]));
    this.refusedFeeds = new Map(refused.filter((r) => !this.feeds.has(r.id)).map((r) => [r.id, r]));
  }

  /** Feeds that were refused and are not served (none of their versions loaded), in refusal order. */
  refused(): RefusedFeed[] {
    return [...this.refusedFeeds.values()];
  }

  /** The refusal of feed `id` when it is refused and not served, else undefined. */
  refusal(id: string): RefusedFeed | undefined {
    return this.refusedFeeds.get(id);
  }

  /** All feeds, in load order. */
  list(): LoadedFeed[] {
    return [...this.feeds.values()];
  }

  /** The id used when a request names no feed: the configured default, else the first loaded; undefined when empty. */
  defaultFeedId(): string | undefined {
    if (this.defaultId && this.feeds.has(this.defaultId)) return this.defaultId;
    return this.feeds.keys().next().value;
  }

  /** The feed named `id` (the default when undefined), or undefined. */
  get(id: string | undefined): LoadedFeed | undefined {
    const key = id ?? this.defaultFeedId();
    return key === undefined ? undefined : this.feeds.get(key);
  }

  /**
   * Swaps in new versions of some feeds (others stay as they are). `refused`: feeds refused meanwhile;
   * one still served from an earlier version is not listed as refused (it keeps serving).
   */
  replace(updated: readonly LoadedFeed[], refused: readonly RefusedFeed[] = []): void {
    const next = new Map(this.feeds);
    for (const f of updated) next.set(f.id, f);
    const nextRefused = new Map(this.refusedFeeds);
    for (const f of updated) nextRefused.delete(f.id);
    for (const r of refused) if (!next.has(r.id)) nextRefused.set(r.id, r);
    this.feeds = next;
    this.refusedFeeds = nextRefused;
  }
}
